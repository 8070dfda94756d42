import type { Context } from "hono";
import type { ServerConfig } from "../config.js";

interface NodeEnv {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

/** The comma-separated values of a forwarding header, trimmed, empty ones dropped. */
function hops(header: string | undefined): string[] {
  if (header === undefined) return [];
  const out: string[] = [];
  for (const part of header.split(",")) {
    const v = part.trim();
    if (v !== "") out.push(v);
  }
  return out;
}

/**
 * The value our outermost trusted proxy wrote into a forwarding header that each proxy appends
 * to: with `trusted` proxies in front of us, the `trusted`-th entry from the right. Entries to
 * its left came from the client and may be forged; when there are fewer entries, the leftmost.
 *
 * @example
 * fromTrustedHop("6.6.6.6, 203.0.113.9", 1); // "203.0.113.9": what nginx saw, not the forged hop
 */
export function fromTrustedHop(header: string | undefined, trusted: number): string | undefined {
  const list = hops(header);
  if (list.length === 0 || trusted < 1) return undefined;
  return list[Math.max(0, list.length - trusted)];
}

/**
 * The client's address: with TRUST_PROXY=N (N reverse proxies of ours in front), the address
 * our outermost proxy saw, read from the right of X-Forwarded-For; otherwise the socket peer.
 */
export function clientAddress(c: Context, config: ServerConfig): string {
  const forwarded = fromTrustedHop(c.req.header("x-forwarded-for"), config.trustProxy);
  if (forwarded !== undefined) return forwarded;
  const env = c.env as NodeEnv | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/** True when the browser talks TLS to us (directly, or to our trusted proxy). */
export function isSecure(c: Context, config: ServerConfig): boolean {
  if (config.secureCookies) return true;
  const proto = fromTrustedHop(c.req.header("x-forwarded-proto"), config.trustProxy);
  if (proto !== undefined) return proto === "https";
  const env = c.env as NodeEnv | undefined;
  if (env?.incoming?.socket?.encrypted) return true;
  return new URL(c.req.url).protocol === "https:";
}

/** The origin browsers should send: PUBLIC_ORIGIN, else scheme://Host of this request. */
export function expectedOrigin(c: Context, config: ServerConfig): string {
  if (config.publicOrigin) return config.publicOrigin;
  const url = new URL(c.req.url);
  const host =
    fromTrustedHop(c.req.header("x-forwarded-host"), config.trustProxy) ?? c.req.header("host") ?? url.host;
  return `${isSecure(c, config) ? "https" : "http"}://${host}`;
}
