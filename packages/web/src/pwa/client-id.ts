/**
 * A random idempotency key for offline replay (the API accepts `clientId`: the same key twice
 * stores one row). getRandomValues works on plain-HTTP self-hosts too, where randomUUID does not.
 */
export function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
