import type { Context } from "hono";
import type { ServerConfig } from "../config.js";

interface NodeEnv {
  incoming?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

/** The client's address: the socket peer, or the first X-Forwarded-For hop with TRUST_PROXY. */
export function clientAddress(c: Context, config: ServerConfig): string {
  if (config.trustProxy) {
    const xff = c.req.header("x-forwarded-for");
    const first = xff?.split(",")[0]?.trim();
    if (first) return first;
  }
  const env = c.env as NodeEnv | undefined;
  return env?.incoming?.socket?.remoteAddress ?? "unknown";
}

/** True when the browser talks TLS to us (directly, or to our trusted proxy). */
export function isSecure(c: Context, config: ServerConfig): boolean {
  if (config.secureCookies) return true;
  if (config.trustProxy) {
    const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
    if (proto) return proto === "https";
  }
  const env = c.env as NodeEnv | undefined;
  if (env?.incoming?.socket?.encrypted) return true;
  return new URL(c.req.url).protocol === "https:";
}

/** The origin browsers should send: PUBLIC_ORIGIN, else scheme://Host of this request. */
export function expectedOrigin(c: Context, config: ServerConfig): string {
  if (config.publicOrigin) return config.publicOrigin;
  const url = new URL(c.req.url);
  const host =
    (config.trustProxy ? c.req.header("x-forwarded-host") : undefined) ?? c.req.header("host") ?? url.host;
  return `${isSecure(c, config) ? "https" : "http"}://${host}`;
}
