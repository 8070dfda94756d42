/**
 * What an uploaded file really is, read from its bytes: never from its name or Content-Type.
 * Only JPEG, PNG and WebP are photos here; SVG (a script-capable document), GIF, HEIC and
 * everything else are refused. `end` is where the image's own structure ends, so a file that
 * carries something after it (a ZIP, HTML or script appended to a valid image: a polyglot) can
 * be refused. Structures: JPEG markers (ITU-T T.81, Annex B), PNG chunks (W3C PNG, 5.3),
 * WebP's RIFF container (RFC 9649, 2.5).
 */
export type ImageKind = "jpeg" | "png" | "webp";

export interface Sniffed {
  readonly kind: ImageKind;
  /** Offset just past the image's last byte; null when the structure is broken or cut short. */
  readonly end: number | null;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((v, i) => b[at + i] === v);
}

function ascii(b: Uint8Array, at: number, text: string): boolean {
  return startsWith(
    b,
    [...text].map((c) => c.charCodeAt(0)),
    at,
  );
}

function u16be(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

function u32be(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) * 2 ** 24 + (b[at + 1] ?? 0) * 2 ** 16 + (b[at + 2] ?? 0) * 2 ** 8 + (b[at + 3] ?? 0);
}

function u32le(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) + (b[at + 1] ?? 0) * 2 ** 8 + (b[at + 2] ?? 0) * 2 ** 16 + (b[at + 3] ?? 0) * 2 ** 24;
}

/** Offset past the JPEG's EOI marker, walking segments and the entropy-coded data after SOS. */
function jpegEnd(b: Uint8Array): number | null {
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return null;
    while (b[i] === 0xff) i++; // fill bytes before a marker
    const marker = b[i];
    i++;
    if (marker === undefined) return null;
    if (marker === 0xd9) return i; // EOI
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (i + 2 > b.length) return null;
    const length = u16be(b, i);
    if (length < 2) return null;
    i += length;
    if (marker !== 0xda) continue;
    // Start of scan: entropy-coded bytes until a marker that is neither stuffing (FF 00) nor RSTn.
    while (i < b.length) {
      if (b[i] !== 0xff) {
        i++;
        continue;
      }
      const next = b[i + 1];
      if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) i += 2;
      else break;
    }
  }
  return null;
}

/** Offset past the PNG's IEND chunk. */
function pngEnd(b: Uint8Array): number | null {
  let i = PNG_SIGNATURE.length;
  while (i + 12 <= b.length) {
    const length = u32be(b, i);
    const end = i + 12 + length;
    if (end > b.length) return null;
    if (ascii(b, i + 4, "IEND")) return end;
    i = end;
  }
  return null;
}

/** Offset past the WebP's RIFF chunk (its size field, padded to even). */
function webpEnd(b: Uint8Array): number | null {
  const size = u32le(b, 4);
  const end = 8 + size + (size % 2);
  return end <= b.length ? end : null;
}

/** The file's image kind and where the image ends, or null when it is none of ours. */
export function sniffImage(b: Uint8Array): Sniffed | null {
  if (b.length >= 3 && startsWith(b, [0xff, 0xd8, 0xff])) return { kind: "jpeg", end: jpegEnd(b) };
  if (startsWith(b, PNG_SIGNATURE)) return { kind: "png", end: pngEnd(b) };
  if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) return { kind: "webp", end: webpEnd(b) };
  return null;
}

// What makes a file a polyglot when it follows an image: a document a browser would render, an
// archive an unpacker would open, or a program. Searched anywhere in what follows the image.
const MARKUP = ["<html", "<script", "<svg", "<?xml", "<?php", "<!doctype", "<body", "<iframe", "<object"];
const BINARY: ReadonlyArray<readonly [string, string]> = [
  ["PK\x03\x04", "a ZIP archive"],
  ["PK\x05\x06", "a ZIP archive"],
  ["%PDF-", "a PDF document"],
  ["Rar!\x1a\x07", "a RAR archive"],
  ["7z\xbc\xaf\x27\x1c", "a 7z archive"],
  ["\x7fELF", "a program"],
];

/**
 * What kind of second file hides in the bytes after an image, or null when they hold none:
 * padding, or a camera's own trailer (a motion photo's video, a maker's metadata), which
 * re-encoding drops anyway.
 */
export function appendedFile(trailer: Uint8Array): string | null {
  const text = Buffer.from(trailer.buffer, trailer.byteOffset, trailer.byteLength).toString("latin1");
  const lower = text.toLowerCase();
  if (MARKUP.some((m) => lower.includes(m))) return "an HTML, SVG, XML or script document";
  for (const [signature, what] of BINARY) if (text.includes(signature)) return what;
  if (text.startsWith("MZ")) return "a program";
  return null;
}
