import { sql } from "kysely";
import { expect, it } from "vitest";
import { describeEachDialect } from "./dialects.js";
import { appliedMigrations } from "../migrate.js";
import { migrations } from "../migrations/index.js";

describeEachDialect("test harness", (getDb, { dialect, getOpened }) => {
  it("opens the requested dialect, migrated to the latest migration", async () => {
    expect(getOpened().dialect).toBe(dialect);
    expect(await appliedMigrations(getDb())).toEqual(Object.keys(migrations).sort());
  });

  it("returns epoch-ms bigints as JavaScript numbers", async () => {
    const big = 1_790_000_000_123;
    const r = await sql<{ v: number }>`select cast(${big} as bigint) as v`.execute(getDb());
    expect(r.rows[0]?.v).toBe(big);
  });

  it("enforces foreign keys", async () => {
    await expect(
      getDb()
        .insertInto("auth_sessions")
        .values({
          id: "s1",
          user_id: "no-such-user",
          token_hash: "h",
          created_at: 1,
          expires_at: 2,
          last_seen_at: 1,
          user_agent: null,
          ip: null,
          revoked_at: null,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
