/** How a queued diary entry shows in its meal until the server has it ("pending"). */
export interface OutboxPreview {
  readonly date: string;
  readonly meal: string;
  /** The food's name; null for a quick add. */
  readonly name: string | null;
  /** "150 g", "2 × 1 large (100 g)"; empty for a quick add. */
  readonly amount: string;
  readonly kcal: number | null;
}

/** A queued edit or removal of a diary entry the server has: the meal marks the entry. */
export interface OutboxEntryChange {
  readonly entryId: string;
  readonly kind: "edit" | "remove";
}

/** A write made while offline, kept in IndexedDB until the server has it. */
export interface OutboxItem {
  /**
   * Also the `clientId` inside `body` of a POST or PUT, so a replay after a lost answer stores
   * nothing twice. A PATCH or DELETE has none in its body (replaying the same change is harmless).
   */
  readonly clientId: string;
  readonly method: "POST" | "PUT" | "PATCH" | "DELETE";
  readonly path: string;
  readonly body: Readonly<Record<string, unknown>>;
  /** What the user did, for the pending list ("Weigh-in 80.2 kg on 2026-11-20"). */
  readonly summary: string;
  readonly createdAt: number;
  /** Set for diary entries: shown in the meal as pending. */
  readonly preview?: OutboxPreview;
  /** Set for a diary entry's edit or removal. */
  readonly entryChange?: OutboxEntryChange;
}

const DB_NAME = "leanback";
const STORE = "outbox";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: "clientId" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB unavailable"));
  });
}

async function withStore<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = op(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

const changes = new EventTarget();

/** Calls `fn` whenever the outbox changes; returns the unsubscribe function. */
export function onOutboxChange(fn: () => void): () => void {
  changes.addEventListener("change", fn);
  return () => changes.removeEventListener("change", fn);
}

function changed(): void {
  changes.dispatchEvent(new Event("change"));
}

export async function enqueue(item: OutboxItem): Promise<void> {
  await withStore("readwrite", (s) => s.put(item));
  changed();
}

/** Pending writes, oldest first (replayed in the order they were made). */
export async function pending(): Promise<OutboxItem[]> {
  const all = await withStore<OutboxItem[]>("readonly", (s) => s.getAll() as IDBRequest<OutboxItem[]>);
  return all.sort((a, b) => a.createdAt - b.createdAt);
}

export async function remove(clientId: string): Promise<void> {
  await withStore("readwrite", (s) => s.delete(clientId));
  changed();
}
