import { request } from "../api/client.js";
import { ApiError, NetworkError } from "../api/errors.js";
import { newClientId } from "./client-id.js";
import { enqueue, pending, remove, type OutboxItem } from "./outbox.js";

export type SendResult<T> = { readonly queued: false; readonly value: T } | { readonly queued: true };

/**
 * Sends a write now, or keeps it in the outbox when the server is unreachable. The body gets a
 * fresh `clientId`, which the API uses to make the later replay idempotent.
 */
export async function sendOrQueue<T>(
  method: OutboxItem["method"],
  path: string,
  body: Readonly<Record<string, unknown>>,
  summary: string,
): Promise<SendResult<T>> {
  const clientId = newClientId();
  const withId = { ...body, clientId };
  const item: OutboxItem = { clientId, method, path, body: withId, summary, createdAt: Date.now() };
  if (!navigator.onLine) {
    await enqueue(item);
    return { queued: true };
  }
  try {
    return { queued: false, value: await request<T>(method, path, withId) };
  } catch (e) {
    if (!(e instanceof NetworkError)) throw e;
    await enqueue(item);
    return { queued: true };
  }
}

const syncEvents = new EventTarget();

/** Called after each replay round that delivered at least one write. */
export function onSynced(fn: () => void): () => void {
  syncEvents.addEventListener("synced", fn);
  return () => syncEvents.removeEventListener("synced", fn);
}

/** Kept for the user when the server refused a queued write (e.g. invalid after all). */
export const rejected: { summary: string; message: string }[] = [];

let running: Promise<number> | null = null;

/**
 * Replays the outbox in order. Delivered and refused (4xx) writes leave the outbox; a network
 * failure stops the round with the rest kept. Concurrent calls share one round.
 */
export function flushOutbox(): Promise<number> {
  running ??= (async () => {
    let delivered = 0;
    try {
      for (const item of await pending()) {
        try {
          await request(item.method, item.path, item.body);
          delivered += 1;
        } catch (e) {
          if (e instanceof NetworkError) break;
          // Signed out or throttled: keep it for later rather than lose the user's entry.
          if (e instanceof ApiError && (e.status === 401 || e.status === 429 || e.status >= 500)) break;
          rejected.push({ summary: item.summary, message: e instanceof Error ? e.message : String(e) });
        }
        await remove(item.clientId);
      }
    } finally {
      running = null;
    }
    if (delivered > 0) syncEvents.dispatchEvent(new Event("synced"));
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
