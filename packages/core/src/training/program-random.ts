/**
 * A small seeded PRNG so the same input and seed always give the same plan (core takes no
 * Math.random). mulberry32 (T. Ettinger, 2017, public domain) over an FNV-1a hash of the seed.
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
 * A deterministic random source in [0, 1) from a text seed.
 *
 * @example
 * const r = seededRandom("abc"); r() === seededRandom("abc")(); // → true
 */
export function seededRandom(seed: string): Random {
  let a = fnv1a(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
