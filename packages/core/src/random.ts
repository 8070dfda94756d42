/**
 * Seeded randomness, so the same input and seed always give the same result (core takes no
 * Math.random). mulberry32 (T. Ettinger, 2017, public domain); text seeds through FNV-1a
 * (Fowler, Noll & Vo, 1991, 32-bit offset basis and prime).
 */
export type Random = () => number;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * mulberry32: a deterministic random source in [0, 1) from a 32-bit integer seed.
 *
 * @example
 * const r = mulberry32(42); r() === mulberry32(42)(); // → true
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A deterministic random source in [0, 1) from a text seed (mulberry32 over its FNV-1a hash).
 *
 * @example
 * const r = seededRandom("abc"); r() === seededRandom("abc")(); // → true
 */
export function seededRandom(seed: string): Random {
  return mulberry32(fnv1a(seed));
}

/**
 * A standard normal draw from two uniform draws (Box & Muller, 1958).
 *
 * @example
 * Number.isFinite(gaussian(mulberry32(1))); // → true
 */
export function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/**
 * One element of a non-empty list, chosen by `random`.
 *
 * @example
 * pick(seededRandom("x"), ["a"]); // → "a"
 */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError("pick from an empty list");
  return item;
}

/**
 * A short stable hex digest of a text (FNV-1a, 32 bit), for plan ids.
 *
 * @example
 * hashText("a") === hashText("a"); // → true
 */
export function hashText(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}
