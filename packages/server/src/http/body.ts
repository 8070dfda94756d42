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

/** Parses JSON text; 400 when malformed. Empty text is `undefined` (the schema decides). */
export function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, "malformed_json", "request body is not valid JSON");
  }
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
