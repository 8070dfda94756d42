import { randomBytes } from "node:crypto";

/** A clock returning epoch milliseconds; injectable so tests can pin time. */
export type Clock = () => number;

/** Random bytes source; injectable so tests can pin randomness. */
export type RandomBytes = (size: number) => Uint8Array;

const MAX_UNIX_MS = 2 ** 48 - 1;

/**
 * A UUID version 7 (RFC 9562 §5.7): 48-bit big-endian Unix ms timestamp, version nibble 7,
 * 12 random bits, variant 0b10, 62 random bits. Ids sort by creation time as text, which keeps
 * B-tree inserts at the right-hand edge (cheap) and lets "newest first" use the primary key.
 *
 * @example
 * uuidv7(() => 0x017f22e279b0, () => new Uint8Array(10)); // "017f22e2-79b0-7000-8000-000000000000"
 */
export function uuidv7(clock: Clock = Date.now, random: RandomBytes = randomBytes): string {
  const ms = clock();
  if (!Number.isInteger(ms) || ms < 0 || ms > MAX_UNIX_MS) {
    throw new RangeError(`uuidv7: clock must return an integer 0…2^48-1 ms, got ${ms}`);
  }
  const rand = random(10);
  if (rand.length < 10) throw new RangeError("uuidv7: random source returned fewer than 10 bytes");
  const b = new Uint8Array(16);
  // 48-bit timestamp, big-endian; split because bitwise ops are 32-bit in JS.
  const high = Math.floor(ms / 2 ** 32);
  const low = ms % 2 ** 32;
  b[0] = (high >>> 8) & 0xff;
  b[1] = high & 0xff;
  b[2] = (low >>> 24) & 0xff;
  b[3] = (low >>> 16) & 0xff;
  b[4] = (low >>> 8) & 0xff;
  b[5] = low & 0xff;
  b.set(rand, 6);
  b[6] = 0x70 | ((b[6] ?? 0) & 0x0f); // version 7
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f); // variant 0b10
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUIDV7_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True when `s` is a lower-case canonical UUIDv7 string. */
export function isUuidv7(s: string): boolean {
  return UUIDV7_RE.test(s);
}

/** The creation time (epoch ms) encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  if (!isUuidv7(id)) throw new RangeError(`not a UUIDv7: ${id}`);
  const hex = id.replace(/-/g, "").slice(0, 12);
  return Number.parseInt(hex, 16);
}
