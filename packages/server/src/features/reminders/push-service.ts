import webpush from "web-push";
import {
  deleteSubscription,
  ensureVapidKeys,
  listSubscriptions,
  markSent,
  type PushSubscriptionRow,
  type VapidKeys,
} from "@leanback/db/repos/push";
import type { UseCaseDeps } from "../shared/deps.js";

/** What a reminder's notification carries (the service worker shows it; `url` opens on tap). */
export interface PushMessage {
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly tag: string;
}

/** Sends one encrypted message to one subscription; the answer's HTTP status. */
export type PushTransport = (sub: PushSubscriptionRow, message: PushMessage) => Promise<number>;

/** The VAPID subject: the public origin (RFC 8292 asks for a contact URL or mailto:). */
export function vapidSubject(publicOrigin: string | null): string {
  return publicOrigin?.startsWith("https://") ? publicOrigin : "mailto:leanback@localhost";
}

const cache = new WeakMap<object, Promise<VapidKeys>>();

/** The server's VAPID keys (made at first start, kept in the database, shared by every instance). */
export function vapidKeys(deps: Pick<UseCaseDeps, "db" | "now">): Promise<VapidKeys> {
  let p = cache.get(deps.db);
  if (p === undefined) {
    p = ensureVapidKeys(deps.db, () => webpush.generateVAPIDKeys(), deps.now());
    p.catch(() => cache.delete(deps.db));
    cache.set(deps.db, p);
  }
  return p;
}

/**
 * The real transport: the web-push library builds the request (RFC 8291 aes128gcm encryption,
 * RFC 8292 VAPID), fetch sends it; a TTL of a day (a reminder older than that is no use).
 */
export function webPushTransport(keys: VapidKeys, subject: string): PushTransport {
  return async (sub, message) => {
    const req = webpush.generateRequestDetails(
      { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
      JSON.stringify(message),
      {
        vapidDetails: { subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        TTL: 86_400,
        contentEncoding: "aes128gcm",
      },
    );
    const r = await fetch(req.endpoint, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body: req.body === null ? null : new Uint8Array(req.body),
      signal: AbortSignal.timeout(10_000),
    });
    await r.body?.cancel();
    return r.status;
  };
}

/**
 * Sends `message` to every device of `userId`. A subscription the push service answers 404 or 410
 * for is gone (RFC 8030 §7.3) and is removed; other failures are counted and kept for next time.
 */
export async function sendToUser(
  deps: Pick<UseCaseDeps, "db" | "now">,
  transport: PushTransport,
  userId: string,
  message: PushMessage,
): Promise<{ sent: number; removed: number; failed: number }> {
  const out = { sent: 0, removed: 0, failed: 0 };
  for (const sub of await listSubscriptions(deps.db, userId)) {
    let status: number;
    try {
      status = await transport(sub, message);
    } catch {
      out.failed += 1;
      continue;
    }
    if (status >= 200 && status < 300) {
      out.sent += 1;
      await markSent(deps.db, sub.id, deps.now());
    } else if (status === 404 || status === 410) {
      out.removed += 1;
      await deleteSubscription(deps.db, sub.endpoint);
    } else {
      out.failed += 1;
    }
  }
  return out;
}
