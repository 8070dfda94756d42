import { request } from "../api/client.js";
import { ApiError, errorMessage, NetworkError } from "../api/errors.js";
import { newClientId } from "./client-id.js";
import {
  enqueue,
  pending,
  remove,
  type OutboxEntryChange,
  type OutboxItem,
  type OutboxPreview,
} from "./outbox.js";

export type SendResult<T> = { readonly queued: false; readonly value: T } | { readonly queued: true };

/**
 * Sends a write now, or keeps it in the outbox when the server is unreachable. The body gets a
 * `clientId` (fresh, or the caller's own so that a retried click replays the first write), which
 * the API uses to make the later replay idempotent. `preview` is how a queued diary entry shows
 * in its meal meanwhile.
 */
export async function sendOrQueue<T>(
  method: OutboxItem["method"],
  path: string,
  body: Readonly<Record<string, unknown>>,
  summary: string,
  clientId: string = newClientId(),
  preview?: OutboxPreview,
): Promise<SendResult<T>> {
  const withId = { ...body, clientId };
  const item: OutboxItem = {
    clientId,
    method,
    path,
    body: withId,
    summary,
    createdAt: Date.now(),
    ...(preview ? { preview } : {}),
  };
  return sendNowOrKeep<T>(item);
}

/**
 * Sends an edit (PATCH) or removal (DELETE) of a diary entry now, or keeps it in the outbox. The
 * body goes as given (no clientId: the same change twice leaves the same entry); the outbox keys
 * it by a fresh id, which Undo uses to take a queued removal back.
 */
export async function sendOrQueueChange<T>(
  method: "PATCH" | "DELETE",
  path: string,
  body: Readonly<Record<string, unknown>>,
  summary: string,
  entryChange: OutboxEntryChange,
): Promise<SendResult<T> & { readonly clientId: string }> {
  const clientId = newClientId();
  const item: OutboxItem = { clientId, method, path, body, summary, createdAt: Date.now(), entryChange };
  return { ...(await sendNowOrKeep<T>(item)), clientId };
}

async function sendNowOrKeep<T>(item: OutboxItem): Promise<SendResult<T>> {
  if (!navigator.onLine) {
    await enqueue(item);
    return { queued: true };
  }
  try {
    return { queued: false, value: await request<T>(item.method, item.path, bodyOf(item)) };
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
    await enqueue(item);
    return { queued: true };
  }
}

const bodyOf = (item: OutboxItem) => (item.method === "DELETE" ? undefined : item.body);

const syncEvents = new EventTarget();

/** Called after each replay round that delivered at least one write. */
export function onSynced(fn: () => void): () => void {
  syncEvents.addEventListener("synced", fn);
  return () => syncEvents.removeEventListener("synced", fn);
}

/** A queued write the server refused (e.g. no longer valid): the user must hear about it. */
export interface RejectedWrite {
  readonly summary: string;
  readonly message: string;
}

const rejectedWrites: RejectedWrite[] = [];

/** Writes refused since start-up, oldest first. */
export function rejected(): readonly RejectedWrite[] {
  return rejectedWrites;
}

/** Forget the refused writes (the user has read the notice). */
export function clearRejected(): void {
  rejectedWrites.length = 0;
  syncEvents.dispatchEvent(new Event("rejected"));
}

export function onRejected(fn: () => void): () => void {
  syncEvents.addEventListener("rejected", fn);
  return () => syncEvents.removeEventListener("rejected", fn);
}

/**
 * What a replay's result means for the queued write: delivered (success), retry later (no
 * network, signed out, throttled, server trouble) or drop (the server refused the write itself,
 * 4xx: replaying it would fail the same way). A removal answered 404 is delivered: the entry is
 * gone (an earlier replay whose answer was lost, or another device).
 *
 * @example replayOutcome(new NetworkError()) // "retry"
 */
export function replayOutcome(error: unknown, method?: OutboxItem["method"]): "delivered" | "retry" | "drop" {
  if (error === null) return "delivered";
  if (method === "DELETE" && error instanceof ApiError && error.status === 404) return "delivered";
  if (error instanceof NetworkError) return "retry";
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500)
      return "retry";
    return "drop";
  }
  return "retry";
}

let running: Promise<number> | null = null;
/** A call came while a round ran (the connection came back mid-round): one more round follows. */
let again = false;

/**
 * Replays the outbox in order. Delivered and refused (4xx) writes leave the outbox; anything to
 * retry stops the round with the rest kept, so order is preserved. Concurrent calls share one
 * round, and one more round runs after it (the call may have come from a new connection).
 */
export function flushOutbox(): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let delivered = 0;
    let refused = 0;
    try {
      for (const item of await pending()) {
        let error: unknown = null;
        try {
          await request(item.method, item.path, bodyOf(item));
        } catch (e) {
          error = e;
        }
        const outcome = replayOutcome(error, item.method);
        if (outcome === "retry") break;
        if (outcome === "delivered") delivered += 1;
        else {
          refused += 1;
          const message =
            error instanceof ApiError && error.issues[0] ? error.issues[0].message : errorMessage(error);
          rejectedWrites.push({ summary: item.summary, message });
        }
        await remove(item.clientId);
      }
    } finally {
      running = null;
    }
    if (delivered > 0) syncEvents.dispatchEvent(new Event("synced"));
    if (refused > 0) syncEvents.dispatchEvent(new Event("rejected"));
    if (again) {
      again = false;
      if (navigator.onLine) void flushOutbox().catch(() => undefined);
    }
    return delivered;
  })();
  return running;
}

/** Replays on start-up, when the browser comes back online, and every 30 s while items wait. */
export function startOutboxSync(): void {
  const tryFlush = () => void flushOutbox().catch(() => undefined);
  window.addEventListener("online", tryFlush);
  tryFlush();
  setInterval(() => {
    if (navigator.onLine) tryFlush();
  }, 30_000);
}
