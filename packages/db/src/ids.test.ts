import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUuidv7, uuidv7, uuidv7Time } from "./ids.js";

describe("uuidv7", () => {
  it("matches the RFC 9562 Appendix A.6 example vector", () => {
    // RFC 9562 A.6: ms 0x017F22E279B0 (Tue Feb 22 2022 19:22:22 UTC-5), rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F.
    const bytes = Uint8Array.from([0x0c, 0xc3, 0x98, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
    expect(
      uuidv7(
        () => 0x017f22e279b0,
        () => bytes,
      ),
    ).toBe("017f22e2-79b0-7cc3-98c4-dc0c0c07398f");
  });

  it("sets version 7 and variant 10, and encodes the clock", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ minLength: 10, maxLength: 10 }),
        (ms, r) => {
          const id = uuidv7(
            () => ms,
            () => r,
          );
          expect(isUuidv7(id)).toBe(true);
          expect(uuidv7Time(id)).toBe(ms);
        },
      ),
    );
  });

  it("sorts as text by creation time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), fc.integer({ min: 1, max: 10 ** 9 }), (a, d) => {
        const b = Math.min(a + d, 2 ** 48 - 1);
        const x = uuidv7(() => a);
        const y = uuidv7(() => b);
        expect(x < y).toBe(true);
      }),
    );
  });

  it("uses fresh randomness for each id", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(() => 1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });

  it("rejects a clock outside 48 bits", () => {
    expect(() => uuidv7(() => -1)).toThrow(RangeError);
    expect(() => uuidv7(() => 2 ** 48)).toThrow(RangeError);
    expect(() => uuidv7(() => 1.5)).toThrow(RangeError);
  });
});
