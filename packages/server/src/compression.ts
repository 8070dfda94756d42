import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";

export type Encoding = "br" | "gzip";

/** Bodies smaller than this go out as they are: gzip's ~20-byte framing would eat the gain. */
export const MIN_COMPRESS_BYTES = 1024;

/**
 * The encoding to use for an Accept-Encoding header (RFC 9110 §12.5.3): the highest q among br
 * and gzip, br on a tie (smaller output); `*` covers both; q=0 refuses; null = send identity.
 */
export function pickEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (name === "") continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const star = q.get("*") ?? 0;
  const br = q.get("br") ?? star;
  const gzip = q.get("gzip") ?? star;
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? "br" : "gzip";
}

/** Types worth compressing: text, JS, JSON, SVG, XML, manifests, calendars, CSV. */
export function isCompressible(contentType: string | null): boolean {
  if (!contentType) return false;
  const t = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    t.startsWith("text/") ||
    t === "application/json" ||
    t === "application/javascript" ||
    t === "application/xml" ||
    t === "image/svg+xml" ||
    t.endsWith("+json") ||
    t.endsWith("+xml")
  );
}

/** Compresses `body`; `level` "static" spends more CPU once (cached files), "dynamic" per request. */
export function encodeBody(body: Uint8Array, encoding: Encoding, level: "static" | "dynamic"): Buffer {
  if (encoding === "br")
    return brotliCompressSync(body, {
      params: {
        // Quality 11 is the densest (done once per static file); 5 keeps per-request CPU low.
        [constants.BROTLI_PARAM_QUALITY]: level === "static" ? 11 : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  return gzipSync(body, { level: level === "static" ? 9 : 6 });
}

/** Adds Accept-Encoding to Vary so caches keep the encodings apart. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get("vary");
  if (vary === "*" || (vary && /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))) return;
  headers.set("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

export interface CompressOptions {
  /** The request method: HEAD answers carry no body to compress. */
  readonly method: string;
  /** The request's Accept-Encoding; read only when a body is worth compressing. */
  readonly acceptEncoding: () => string | undefined;
  /**
   * The body length when the producer knows it without the response being read: a known-small
   * body passes by untouched, which keeps @hono/node-server on its fast path (reading headers
   * or body of its lightweight Response costs ~150 µs a request; bench/http.ts).
   */
  readonly knownLength?: (res: Response) => number | undefined;
}

/**
 * `res` compressed (br or gzip, as the client accepts) when it is JSON or other text of at least
 * MIN_COMPRESS_BYTES, else `res` itself. Responses that already carry Content-Encoding (the
 * precompressed static files) pass through. Every body here is a buffered string, so reading it
 * whole is fine.
 *
 * @example
 * const sent = await compressResponse(res, { method: "GET", acceptEncoding: () => "gzip" });
 */
export async function compressResponse(res: Response, options: CompressOptions): Promise<Response> {
  const known = options.knownLength?.(res);
  if (known !== undefined && known < MIN_COMPRESS_BYTES) return res;
  if (
    options.method === "HEAD" ||
    res.body === null ||
    res.status === 204 ||
    res.status === 206 ||
    res.headers.has("content-encoding") ||
    !isCompressible(res.headers.get("content-type")) ||
    /(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get("cache-control") ?? "")
  )
    return res;
  const length = Number(res.headers.get("content-length") ?? NaN);
  if (length < MIN_COMPRESS_BYTES) return res;
  varyOnEncoding(res.headers);
  const encoding = pickEncoding(options.acceptEncoding());
  if (encoding === null) return res;
  const body = new Uint8Array(await res.arrayBuffer());
  if (body.byteLength < MIN_COMPRESS_BYTES) return new Response(body, res);
  const out = new Response(encodeBody(body, encoding, "dynamic"), res);
  out.headers.set("content-encoding", encoding);
  out.headers.delete("content-length");
  const etag = out.headers.get("etag");
  if (etag && !etag.startsWith("W/")) out.headers.set("etag", `W/${etag}`);
  return out;
}

/** compressResponse as Hono middleware, for apps that compose middleware. */
export function compression(options: Pick<CompressOptions, "knownLength"> = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const sent = await compressResponse(c.res, {
      method: c.req.method,
      acceptEncoding: () => c.req.header("accept-encoding"),
      ...options,
    });
    // Hono copies the old response's headers onto a response assigned to c.res; ours already
    // carries them, so replace it only when it changed (assigning also resets encoding headers).
    if (sent !== c.res) {
      c.res = undefined;
      c.res = sent;
    }
  };
}
