import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectedDialects, openTestDatabase } from "../testing/dialects.js";
import type { OpenedDatabase } from "../connection.js";
import { migrations } from "./index.js";
import { isUniqueViolation } from "../db-errors.js";

const NOW = 1_800_000_000_000;

// A database that already holds a doubly-saved planned session (the bug the key fixes), then
// the migration: the oldest keeps the key, the later copy stays (data kept) without one.
for (const dialect of selectedDialects()) {
  describe(`20261202T2004_workout_session_key on existing rows [${dialect}]`, () => {
    let opened: OpenedDatabase | undefined;
    let cleanup: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const r = await openTestDatabase(dialect);
      if (typeof r === "string") return;
      ({ opened, cleanup } = r);
    });
    afterAll(async () => cleanup?.());

    it("backfills keys, keeps duplicates unkeyed, then refuses a new duplicate", async (ctx) => {
      if (!opened) return ctx.skip();
      const db = opened.db;
      await migrations["20261120T2300_core"]?.up(db);
      await migrations["20261120T2330_food"]?.up(db);
      await sql`insert into users (id, email, password_hash, role, created_at, updated_at, password_changed_at)
        values ('u1', 'u1@example.test', 'x', 'user', ${NOW}, ${NOW}, ${NOW})`.execute(db);
      const add = (id: string, date: string, ref: string | null, at: number) =>
        sql`insert into workouts (id, user_id, date, planned_ref, title, created_at, updated_at)
          values (${id}, 'u1', ${date}, ${ref}, 'W', ${at}, ${at})`.execute(db);
      await add("w-first", "2026-11-20", "planA:w3-fri", NOW);
      await add("w-again", "2026-11-20", "planB:w3-fri", NOW + 1000);
      await add("w-next-day", "2026-11-21", "planA:w3-fri", NOW + 2000);
      await add("w-free", "2026-11-20", null, NOW + 3000);
      await add("w-free-2", "2026-11-20", null, NOW + 4000);
      await migrations["20261202T2004_workout_session_key"]?.up(db);
      const { rows } = await sql<{ id: string; session_key: string | null }>`
        select id, session_key from workouts order by id`.execute(db);
      expect(Object.fromEntries(rows.map((r) => [r.id, r.session_key]))).toEqual({
        "w-again": null,
        "w-first": "2026-11-20/w3-fri",
        "w-free": null,
        "w-free-2": null,
        "w-next-day": "2026-11-21/w3-fri",
      });
      let error: unknown;
      try {
        await sql`insert into workouts (id, user_id, date, planned_ref, title, session_key, created_at, updated_at)
          values ('w-third', 'u1', '2026-11-20', 'p:w3-fri', 'W', '2026-11-20/w3-fri', ${NOW}, ${NOW})`.execute(
          db,
        );
      } catch (e) {
        error = e;
      }
      expect(isUniqueViolation(error)).toBe(true);
    });
  });
}
