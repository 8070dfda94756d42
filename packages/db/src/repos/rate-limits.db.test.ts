import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import { openDatabase } from "../connection.js";
import { describeEachDialect } from "../testing/dialects.js";
import { hitRateLimit, peekRateLimit, pruneRateLimits, resetRateLimit } from "./rate-limits.js";

const T0 = 1_800_000_000_000; // a multiple of 60 000
const MIN = 60_000;
const key = () => `login:${randomBytes(4).toString("hex")}`;

describeEachDialect("rate limits", (getDb, { dialect, getOpened }) => {
  it("counts hits per fixed window and starts over in the next window", async () => {
    const db = getDb();
    const k = key();
    expect(await hitRateLimit(db, k, MIN, T0 + 5)).toEqual({ count: 1, windowStart: T0, resetAt: T0 + MIN });
    expect((await hitRateLimit(db, k, MIN, T0 + MIN - 1)).count).toBe(2);
    expect(await peekRateLimit(db, k, MIN, T0)).toBe(2);
    expect(await hitRateLimit(db, k, MIN, T0 + MIN)).toEqual({
      count: 1,
      windowStart: T0 + MIN,
      resetAt: T0 + 2 * MIN,
    });
    await resetRateLimit(db, k);
    expect(await peekRateLimit(db, k, MIN, T0 + MIN)).toBe(0);
  });

  it("never loses an increment under concurrent hits", async () => {
    const db = getDb();
    const k = key();
    const n = 60;
    const counts = await Promise.all(Array.from({ length: n }, () => hitRateLimit(db, k, MIN, T0)));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
  });

  it("stays atomic across two connections (two app instances)", async () => {
    const k = key();
    const opened = getOpened();
    // A second, independent connection to the same database, as a second app instance would open.
    const second = dialect === "sqlite" ? openDatabase({ sqlitePath: opened.sqliteFile ?? "" }) : undefined;
    const otherDb = second?.db ?? getDb(); // postgres: the pool already spreads hits over connections
    try {
      const hits = await Promise.all(
        Array.from({ length: 40 }, (_, i) => hitRateLimit(i % 2 === 0 ? getDb() : otherDb, k, MIN, T0)),
      );
      expect(new Set(hits.map((h) => h.count)).size).toBe(40);
      expect(await peekRateLimit(getDb(), k, MIN, T0)).toBe(40);
    } finally {
      await second?.close();
    }
  });

  it("prunes windows that started before the cut-off", async () => {
    const db = getDb();
    const k = key();
    await hitRateLimit(db, k, MIN, T0);
    await hitRateLimit(db, k, MIN, T0 + 3 * MIN);
    await pruneRateLimits(db, T0 + MIN);
    expect(await peekRateLimit(db, k, MIN, T0)).toBe(0);
    expect(await peekRateLimit(db, k, MIN, T0 + 3 * MIN)).toBe(1);
  });

  it("rejects a non-positive window", async () => {
    await expect(hitRateLimit(getDb(), key(), 0, T0)).rejects.toBeInstanceOf(InvalidInputError);
  });
});
