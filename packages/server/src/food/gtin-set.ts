/**
 * The set of barcodes an import has seen, at 16 bytes a code (an open-addressing table of
 * doubles) rather than a JavaScript Set of strings: 4 million Open Food Facts products take about
 * 64 MB. A code is 8–14 digits; it is stored as value × 16 + length, so "0123…" and "123…" differ
 * and every key stays below 2^53.
 *
 * @example
 * const seen = new GtinSet();
 * seen.add("4006381333931"); // → true (new)
 * seen.add("4006381333931"); // → false (seen before)
 */
export class GtinSet {
  private table = new Float64Array(1 << 16);
  private used = 0;

  /** Adds `code` (digits only, ≤ 14 of them); false when it was already there. */
  add(code: string): boolean {
    if (!/^\d{1,14}$/.test(code)) throw new RangeError(`not a barcode: ${code}`);
    const key = Number(code) * 16 + code.length + 1; // + 1: zero marks an empty slot
    if ((this.used + 1) * 2 > this.table.length) this.grow();
    return this.insert(this.table, key);
  }

  get size(): number {
    return this.used;
  }

  private insert(table: Float64Array, key: number): boolean {
    const mask = table.length - 1;
    let i = this.slot(key) & mask;
    for (;;) {
      const v = table[i];
      if (v === 0) {
        table[i] = key;
        if (table === this.table) this.used++;
        return true;
      }
      if (v === key) return false;
      i = (i + 1) & mask;
    }
  }

  private slot(key: number): number {
    const lo = (key % 4294967296) | 0;
    const hi = Math.floor(key / 4294967296) | 0;
    // MurmurHash3's 32-bit finaliser over both halves: every input bit reaches the low bits.
    let h = lo ^ Math.imul(hi, 0x9e3779b1);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private grow(): void {
    const old = this.table;
    const next = new Float64Array(old.length * 2);
    for (const v of old) if (v !== 0) this.insert(next, v);
    this.table = next;
  }
}
