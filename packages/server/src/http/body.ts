import { IncomingMessage } from "node:http";
import { HttpError } from "./errors.js";

/** Reads the request body as text, refusing more than `limit` bytes with 413 (even if chunked). */
export async function readBodyLimited(request: Request, limit: number): Promise<string> {
  const b = await readBytesLimited(request, limit);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("utf8");
}

/** The Node request @hono/node-server hands over as `c.env.incoming`, when there is one. */
export function nodeIncoming(env: unknown): IncomingMessage | undefined {
  const incoming = (env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage ? incoming : undefined;
}

/**
 * Like readBodyLimited, reading Node's request stream directly: building the Fetch Request and
 * its web stream first costs more than a small JSON write itself (bench/http.ts).
 */
export async function readIncomingLimited(incoming: IncomingMessage, limit: number): Promise<string> {
  const declared = incoming.headers["content-length"];
  if (typeof declared === "string" && Number(declared) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  // destroyOnReturn false: leaving early (413) hands the rest of the stream back to
  // @hono/node-server, which drains it once the answer is out.
  for await (const chunk of incoming.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buf.byteLength;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buf);
  }
  return chunks.length === 1
    ? (chunks[0] as Buffer).toString("utf8")
    : Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, "payload_too_large", `request body exceeds ${limit} bytes`);
}

/** How deeply a JSON body may nest (objects and arrays); our deepest schema needs about 5. */
export const MAX_JSON_DEPTH = 32;
/** The longest string (or key) a JSON body may hold, unless a route allows a larger body. */
export const MAX_JSON_STRING_CHARS = 10_000;

export interface JsonLimits {
  readonly maxDepth: number;
  readonly maxStringChars: number;
}

const DEFAULT_LIMITS: JsonLimits = { maxDepth: MAX_JSON_DEPTH, maxStringChars: MAX_JSON_STRING_CHARS };

/**
 * True when `text` nests objects/arrays deeper than `maxDepth`: one pass over the text that skips
 * strings, stopping at the first level too deep, so a hostile body costs no more than its length
 * and never reaches a recursive walk (validation, zod) that would overflow the stack.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}

/**
 * The path of the first string or object key longer than `maxChars` in a parsed JSON value
 * (walked with a stack, not recursion), or undefined.
 */
export function firstLongString(value: unknown, maxChars: number, root: string): string | undefined {
  const stack: Array<[unknown, string]> = [[value, root]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, path] = top;
    if (typeof v === "string") {
      if (v.length > maxChars) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}.${i}`]);
    } else if (typeof v === "object" && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i] as [string, unknown];
        if (k.length > maxChars) return `${path}.${k.slice(0, 40)}…`;
        stack.push([x, `${path}.${k}`]);
      }
    }
  }
  return undefined;
}

/**
 * Parses a JSON body; 400 when malformed, nested deeper than `limits.maxDepth` or holding a
 * string longer than `limits.maxStringChars` (the message names the field and the rule). Empty
 * text is `undefined` (the schema decides).
 */
export function parseJson(text: string, limits: JsonLimits = DEFAULT_LIMITS): unknown {
  if (text.trim() === "") return undefined;
  if (nestsDeeperThan(text, limits.maxDepth))
    throw new HttpError(400, "json_too_deep", `body: JSON may nest at most ${limits.maxDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "malformed_json", "request body is not valid JSON");
  }
  const long = firstLongString(value, limits.maxStringChars, "body");
  if (long !== undefined)
    throw new HttpError(
      400,
      "string_too_long",
      `${long}: a string may hold at most ${limits.maxStringChars} characters`,
    );
  return value;
}

/** Reads the request body as bytes (uploads), refusing more than `limit` with 413 (even if chunked). */
export async function readBytesLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
