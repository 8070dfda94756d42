import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@leanback/db/connection";
import { countFoods, findFoodBySource, getPortions } from "@leanback/db/food/food-repo";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { testConfig } from "./config.js";
import { readSr28Rows } from "./food/sr28-seed.js";
import { memoryLogger } from "./http/log.js";
import { startServer } from "./runtime.js";
import { seedFoodsOnStart } from "./seed-on-start.js";

describeEachDialect("seedFoodsOnStart", (getDb) => {
  it("disabled: leaves an empty foods table empty and says why", async () => {
    const log = memoryLogger();
    expect(await seedFoodsOnStart(getDb(), false, log)).toBe("disabled");
    expect(await countFoods(getDb(), "usda-sr28")).toBe(0);
    expect(log.lines[0]?.msg).toContain("LEANBACK_SEED_FOODS=0");
  });

  it("seeds an empty database once, then is a no-op", { timeout: 120_000 }, async () => {
    const log = memoryLogger();
    const first = await seedFoodsOnStart(getDb(), true, log);
    const rows = (await readSr28Rows()).length;
    if (typeof first !== "object") throw new Error(`expected a seed, got ${first}`);
    expect(first.seeded).toBe(rows);
    expect(await countFoods(getDb(), "usda-sr28")).toBe(rows);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatchObject({ level: "info", foods: rows });

    expect(await seedFoodsOnStart(getDb(), true, log)).toBe("present");
    expect(await countFoods(getDb(), "usda-sr28")).toBe(rows);
    expect(log.lines).toHaveLength(1); // the second start logs nothing
  });

  it("brings curated foods seeded before the layer (old names, old portions) up to date", async () => {
    const db = getDb();
    const banana = await findFoodBySource(db, "usda-sr28", "09040");
    if (banana === undefined) throw new Error("banana not seeded");
    // What a database seeded before data/food-aliases.json and data/portions.json holds.
    await db.updateTable("foods").set({ display_name: "Bananas, raw" }).where("id", "=", banana.id).execute();
    await db.deleteFrom("food_portions").where("food_id", "=", banana.id).execute();
    await db
      .insertInto("food_portions")
      .values([{ food_id: banana.id, label: "1 cup, mashed", grams: 225, position: 0 }])
      .execute();
    const log = memoryLogger();
    expect(await seedFoodsOnStart(db, true, log)).toBe("present");
    expect(log.lines).toEqual([expect.objectContaining({ msg: "updated curated foods", foods: 1 })]);
    expect((await findFoodBySource(db, "usda-sr28", "09040"))?.displayName).toBe("Banana");
    expect((await getPortions(db, banana.id))[0]).toEqual({ label: "1 medium banana", grams: 118 });
    // Up to date now: the next start rewrites nothing.
    const again = memoryLogger();
    expect(await seedFoodsOnStart(db, true, again)).toBe("present");
    expect(again.lines).toEqual([]);
  });
});

describe("startServer seeds foods on a fresh SQLite data dir", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "leanback-seed-start-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = testConfig({
    port: 0,
    dataDir: dir,
    sqlitePath: path.join(dir, "leanback.db"),
    databaseUrl: null,
    webDistDir: path.join(dir, "no-web"),
  });

  it(
    "first start seeds, a restart keeps the same rows, LEANBACK_SEED_FOODS=0 seeds nothing",
    { timeout: 120_000 },
    async () => {
      const count = async () => {
        const o = openDatabase({ sqlitePath: config.sqlitePath });
        try {
          return await countFoods(o.db, "usda-sr28");
        } finally {
          await o.close();
        }
      };
      const rows = (await readSr28Rows()).length;
      for (let i = 0; i < 2; i++) {
        const log = memoryLogger();
        const server = await startServer({ ...config, seedFoods: true }, log);
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        await server.close();
        expect(await count()).toBe(rows);
        expect(log.lines.filter((l) => l.msg === "seeded USDA SR28 foods (first start)")).toHaveLength(
          i === 0 ? 1 : 0,
        );
      }

      const other = mkdtempSync(path.join(tmpdir(), "leanback-seed-off-"));
      try {
        const off = {
          ...config,
          dataDir: other,
          sqlitePath: path.join(other, "leanback.db"),
          seedFoods: false,
        };
        const server = await startServer(off, memoryLogger());
        await server.close();
        const o = openDatabase({ sqlitePath: off.sqlitePath });
        try {
          expect(await countFoods(o.db, "usda-sr28")).toBe(0);
        } finally {
          await o.close();
        }
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    },
  );
});
