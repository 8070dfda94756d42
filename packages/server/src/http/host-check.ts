import type { Context } from "hono";
import type { ServerConfig } from "../config.js";
import { fromTrustedHop } from "./request-meta.js";

/** Reads one request header (the edge's reader: Node's parsed headers when there are some). */
export type HeaderReader = (name: string) => string | undefined;

/** Probes and scrapers address the instance by IP or internal name: no Host rule for them. */
const ANY_HOST_PATHS = new Set(["/healthz", "/readyz", "/metrics"]);

/** HSTS for a year (RFC 6797); without includeSubDomains, so other hosts of the domain are unaffected. */
export const HSTS = "max-age=31536000";

/** "Host:443" → "host" for https (":80" for http): the form URL.host gives PUBLIC_ORIGIN. */
function normalizeHost(host: string, https: boolean): string {
  const h = host.trim().toLowerCase();
  const defaultPort = https ? ":443" : ":80";
  return h.endsWith(defaultPort) ? h.slice(0, -defaultPort.length) : h;
}

/**
 * The Host allow-list: with PUBLIC_ORIGIN set, a request must name its host (Host, or the
 * trusted proxy's X-Forwarded-Host), so a rebound DNS name or a poisoned Host header reaches
 * nothing; /healthz, /readyz and /metrics answer any host. Without PUBLIC_ORIGIN every host
 * passes. Returns the check for one app.
 *
 * @example
 * const allowed = hostCheck(config); // PUBLIC_ORIGIN=https://coach.example.org
 * allowed(c); // false for Host: evil.example
 */
export function hostCheck(config: ServerConfig): (c: Context, header: HeaderReader) => boolean {
  if (config.publicOrigin === null) return () => true;
  const origin = new URL(config.publicOrigin);
  const https = origin.protocol === "https:";
  const expected = origin.host.toLowerCase();
  return (c, header) => {
    if (ANY_HOST_PATHS.has(c.req.path)) return true;
    const forwarded =
      config.trustProxy > 0 ? fromTrustedHop(header("x-forwarded-host"), config.trustProxy) : undefined;
    const host = forwarded ?? header("host");
    return host !== undefined && normalizeHost(host, https) === expected;
  };
}

/**
 * True when the browser reached us over TLS, judged without parsing the URL (this runs on every
 * request): Secure cookies forced or implied by an https PUBLIC_ORIGIN, the trusted proxy's
 * X-Forwarded-Proto, or a TLS socket.
 */
export function reachedOverTls(c: Context, config: ServerConfig, header: HeaderReader): boolean {
  if (config.secureCookies) return true;
  if (config.trustProxy > 0) {
    const proto = fromTrustedHop(header("x-forwarded-proto"), config.trustProxy);
    if (proto !== undefined) return proto === "https";
  }
  const socket = (c.env as { incoming?: { socket?: { encrypted?: boolean } } } | undefined)?.incoming?.socket;
  return socket?.encrypted === true;
}
