import { Readable } from "node:stream";
import { TextDecoder } from "node:util";
import { createGunzip } from "node:zlib";
import { ImportError } from "./import-report.js";

/** Limits of a streamed import: the longest line, and the gzip-bomb guard. */
export interface LineLimits {
  /** Bytes; a longer line is skipped (reported), not read into memory. Default 1 MiB. */
  readonly maxLineBytes?: number;
  /** Decompressed bytes per compressed byte beyond which a .gz is refused. Default 100. */
  readonly maxGzipRatio?: number;
  /** The ratio is only judged past this many decompressed bytes. Default 64 MiB. */
  readonly gzipRatioFloor?: number;
  /** Decompressed bytes beyond which a .gz is refused whatever its ratio. Default 256 GiB. */
  readonly maxDecompressedBytes?: number;
}

/** One line of the input (1-based), decoded, or the reason it could not be. */
export type Line =
  { readonly line: number; readonly text: string } | { readonly line: number; readonly error: string };

/** Bytes read so far from the (possibly compressed) input; for a progress bar. */
export interface ReadCounter {
  compressed: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const MiB = 1024 * 1024;

function size(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${Math.round(bytes / (1024 * MiB))} GiB`;
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function* counted(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
  counter: ReadCounter,
): AsyncGenerator<Uint8Array> {
  counter.compressed += first.length;
  yield first;
  for (;;) {
    const r = await rest.next();
    if (r.done === true) return;
    counter.compressed += r.value.length;
    yield r.value;
  }
}

/**
 * The input's bytes, gunzipped when it starts with the gzip magic bytes (whatever its name),
 * with the gzip-bomb guard: a stream that inflates past `maxGzipRatio` (once past the floor)
 * or past `maxDecompressedBytes` stops with an ImportError.
 */
async function* plainBytes(
  input: AsyncIterable<Uint8Array>,
  counter: ReadCounter,
  limits: LineLimits,
): AsyncGenerator<Uint8Array> {
  const it = input[Symbol.asyncIterator]();
  let first = await it.next();
  while (first.done !== true && first.value.length === 0) first = await it.next();
  if (first.done === true) return;
  const head = first.value;
  const source = counted(head, it, counter);
  if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    yield* source;
    return;
  }
  const maxRatio = limits.maxGzipRatio ?? 100;
  const floor = limits.gzipRatioFloor ?? 64 * MiB;
  const maxTotal = limits.maxDecompressedBytes ?? 256 * 1024 * MiB;
  // 1 MiB output chunks: a few hundred thread-pool round trips per GB rather than 65,000.
  const gunzip = Readable.from(source).pipe(createGunzip({ chunkSize: MiB }));
  let inflated = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > maxTotal || (inflated > floor && inflated > maxRatio * counter.compressed))
        throw new ImportError(
          `the .gz file inflates to more than ${inflated > maxTotal ? size(maxTotal) : `${maxRatio} times its size`}, which no food export does (a gzip bomb?); stopped`,
        );
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const code = (e as { code?: unknown }).code;
    const why =
      code === "Z_BUF_ERROR" || /unexpected end/i.test(String(e))
        ? "it ends early (truncated download?)"
        : `it is damaged (${e instanceof Error ? e.message : String(e)})`;
    throw new ImportError(`the .gz file cannot be read to the end: ${why}`);
  } finally {
    gunzip.destroy();
  }
}

function decodeLine(decoder: TextDecoder, bytes: Uint8Array, line: number): Line {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  let start = 0;
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  try {
    return { line, text: decoder.decode(bytes.subarray(start, end)) };
  } catch {
    return { line, error: "not valid UTF-8 text" };
  }
}

/**
 * Splits a byte stream (plain or gzip) into UTF-8 lines with constant memory: a line longer than
 * `maxLineBytes` and a line that is not valid UTF-8 are yielded as errors (the caller skips the
 * row), never held whole and never fatal. Blank lines are left out.
 *
 * @example
 * for await (const l of readLines(createReadStream(path), counter)) if ("text" in l) use(l.text);
 */
export async function* readLines(
  input: AsyncIterable<Uint8Array>,
  counter: ReadCounter = { compressed: 0 },
  limits: LineLimits = {},
): AsyncGenerator<Line> {
  const maxLine = limits.maxLineBytes ?? MiB;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let line = 1;
  const finish = (): Line | null => {
    const bytes = concat(parts, length);
    const result: Line | null = tooLong
      ? { line, error: `line is longer than ${size(maxLine)}` }
      : length === 0 || (length === 1 && bytes[0] === 0x0d)
        ? null
        : decodeLine(decoder, bytes, line);
    parts = [];
    length = 0;
    tooLong = false;
    line++;
    return result;
  };
  for await (const chunk of plainBytes(input, counter, limits)) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      if (!tooLong) {
        if (length + piece.length > maxLine) {
          tooLong = true;
          parts = [];
          length = 0;
        } else if (piece.length > 0) {
          // A copy: the stream may reuse its buffer once we move on.
          parts.push(nl === -1 ? piece.slice() : piece);
          length += piece.length;
        }
      }
      if (nl === -1) break;
      const l = finish();
      if (l !== null) yield l;
      from = nl + 1;
    }
  }
  if (length > 0 || tooLong) {
    const l = finish();
    if (l !== null) yield l;
  }
}
