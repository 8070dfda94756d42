import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { ImportError } from "../../food/import-report.js";

/** One text file of an upload: a CSV on its own, or one CSV inside a zip. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** Limits on what a zip may unpack to; a zip bomb meets one of them long before memory runs out. */
export interface ZipLimits {
  /** Bytes any one entry may unpack to. */
  readonly maxEntryBytes: number;
  /** Bytes all entries together may unpack to. */
  readonly maxTotalBytes: number;
  /** Unpacked ÷ packed bytes allowed once more than 1 MB is unpacked (CSV packs about 5–15 : 1). */
  readonly maxRatio: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 50,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// 16 KB of deflate input inflates to at most about 16 MB (deflate's ratio is bounded near
// 1032 : 1, RFC 1951), so pushing in slices bounds what one step can allocate.
const SLICE = 16 * 1024;

/** Whether the bytes start like a zip archive (a local file header, "PK\x03\x04"). */
export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * The CSV files of an upload: the file itself when it is text, or every `.csv` entry of a zip
 * (directories, `__MACOSX/` and other files skipped). Refuses with an ImportError (nothing read
 * further): a damaged or truncated zip, an entry or total over the limits, a ratio that only a
 * zip bomb has, text that is not UTF-8.
 */
export function uploadTextFiles(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): TextFile[] {
  if (bytes.length === 0) throw new ImportError(`${fileName} is empty`);
  if (!isZip(bytes)) return [{ name: fileName, text: decodeText(bytes, fileName) }];
  return unzipCsvs(bytes, fileName, limits).map((f) => ({ name: f.name, text: decodeText(f.bytes, f.name) }));
}

function unzipCsvs(
  bytes: Uint8Array,
  zipName: string,
  limits: ZipLimits,
): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const open = new Set<string>();
  let entries = 0;
  let total = 0;
  let failure: string | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    const name = file.name;
    entries++;
    if (entries > limits.maxEntries) {
      failure ??= `${zipName} holds more than ${limits.maxEntries} files`;
      return;
    }
    const base = printable(name.split("/").pop() ?? "");
    if (name.endsWith("/") || name.startsWith("__MACOSX/") || !/\.csv$/i.test(base)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    open.add(name);
    file.ondata = (err, data, final) => {
      if (failure !== null) return;
      if (err) {
        failure = `${zipName}: ${base} is damaged (${err.message})`;
        return;
      }
      size += data.length;
      total += data.length;
      if (size > limits.maxEntryBytes) {
        failure = `${zipName}: ${base} unpacks to more than ${limits.maxEntryBytes / 1024 / 1024} MB`;
      } else if (total > limits.maxTotalBytes) {
        failure = `${zipName} unpacks to more than ${limits.maxTotalBytes / 1024 / 1024} MB`;
      } else if (total > 1024 * 1024 && total / bytes.length > limits.maxRatio) {
        failure = `${zipName} unpacks to over ${limits.maxRatio} times its size: refused as a possible zip bomb`;
      }
      if (failure !== null) {
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) {
        open.delete(name);
        out.push({ name: base, bytes: concat(chunks, size) });
      }
    };
    if (file.compression !== 0 && file.compression !== 8) {
      failure = `${zipName}: ${base} uses a compression method other than deflate`;
      return;
    }
    file.start();
  };
  try {
    for (let i = 0; i < bytes.length && failure === null; i += SLICE) {
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + SLICE)), i + SLICE >= bytes.length);
    }
  } catch (e) {
    failure ??= `${zipName} is not a readable zip (${e instanceof Error ? e.message : String(e)})`;
  }
  if (failure !== null) throw new ImportError(failure);
  if (open.size > 0)
    throw new ImportError(`${zipName} is truncated or damaged: ${[...open].join(", ")} is incomplete`);
  if (out.length === 0) throw new ImportError(`${zipName} holds no CSV file`);
  return out;
}

/** A name with control characters (terminal escapes) replaced by "?", at most 200 characters. */
function printable(name: string): string {
  return [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? "?" : c))
    .join("")
    .slice(0, 200);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** UTF-8 text without its BOM; anything else is refused naming the file. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(`${name} is not UTF-8 text (export it again, or re-save it as UTF-8 CSV)`);
  }
  if (text.includes("\u0000")) throw new ImportError(`${name} is not a text file`);
  return text;
}
