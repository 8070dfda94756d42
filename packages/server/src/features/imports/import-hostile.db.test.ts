import { listDiaryEntries } from "@leanback/db/food/diary-repo";
import { writeImportRows } from "@leanback/db/repos/import-writes";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { listWorkouts } from "@leanback/db/repos/workouts";
import { uuidv7 } from "@leanback/db/ids";
import { strToU8, zipSync } from "fflate";
import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import {
  HEVY_KG,
  MFP_MEASUREMENT_BARE,
  MFP_NUTRITION_PER_FOOD,
  mfpZip,
} from "../../testing/import-fixtures.js";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const body = (bytes: Uint8Array, extra: Record<string, unknown> = {}) => ({
  fileName: "export.zip",
  dataBase64: b64(bytes),
  ...extra,
});

describeEachDialectApp("import route and hostile files", (getT) => {
  it("owner imports, the report comes back; another user and anonymous get nothing and change nothing", async () => {
    const t = getT();
    const a = await t.signUp();
    const b = await t.signUp();
    const zip = mfpZip({ nutrition: MFP_NUTRITION_PER_FOOD, measurement: MFP_MEASUREMENT_BARE });
    const other = await t.json(b, "POST", `/api/users/${a.userId}/imports`, body(zip, { weightUnit: "lb" }));
    expect(other.status).toBe(404);
    expect((await t.json(null, "POST", `/api/users/${a.userId}/imports`, body(zip))).status).toBe(401);
    expect(await listDiaryEntries(t.deps.db, a.userId, "2026-10-01")).toEqual([]);

    const r = await t.json(a, "POST", "/api/users/me/imports", body(zip, { weightUnit: "lb" }));
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      format: "mfp",
      written: true,
      imported: { diaryEntries: 4, weighIns: 2 },
    });
    const day = await t.json(a, "GET", "/api/users/me/diary/2026-10-01");
    expect(day.json).toMatchObject({ totals: { kcal: 1750, proteinG: 149.5 } });
    // Copying the day keeps the imported meals' macros.
    await t.json(a, "POST", "/api/users/me/diary/copy", { fromDate: "2026-10-01", toDate: "2026-10-03" });
    const copy = await t.json(a, "GET", "/api/users/me/diary/2026-10-03");
    expect(copy.json).toMatchObject({ totals: { kcal: 1750, proteinG: 149.5 } });
    expect(await listDiaryEntries(t.deps.db, b.userId, "2026-10-01")).toEqual([]);
    expect(await listWeighIns(t.deps.db, b.userId)).toEqual([]);
  });

  it("hostile files: clear 422s naming the problem, nothing written", async () => {
    const t = getT();
    const u = await t.signUp();
    const post = (bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
      t.json(u, "POST", "/api/users/me/imports", body(bytes, extra));
    const good = mfpZip({ nutrition: MFP_NUTRITION_PER_FOOD });
    const cases: [string, Uint8Array, RegExp][] = [
      [
        "truncated zip",
        good.subarray(0, Math.floor(good.length / 2)),
        /truncated or damaged|not a readable zip/,
      ],
      [
        "zip bomb",
        zipSync({ "Nutrition-Summary.csv": new Uint8Array(8 * 1024 * 1024) }, { level: 9 }),
        /zip bomb/,
      ],
      ["zip without CSV", zipSync({ "readme.txt": strToU8("hello") }), /holds no CSV file/],
      [
        "zip of unknown CSVs",
        zipSync({ "a.csv": strToU8("foo,bar\n1,2\n"), "b.csv": strToU8("x;y\n1;2\n") }),
        /holds no MyFitnessPal, Strong or Hevy CSV/,
      ],
      [
        "wrong columns",
        strToU8("foo,bar\n1,2\n"),
        /not a MyFitnessPal, Strong or Hevy export \(its columns: foo, bar\)/,
      ],
      ["not UTF-8", new Uint8Array([0x44, 0x61, 0x74, 0x65, 0x2c, 0xff, 0xfe, 0x0a]), /is not UTF-8 text/],
      ["binary", new Uint8Array([0x44, 0x00, 0x01, 0x02]), /is not a text file/],
      [
        "unclosed quote",
        strToU8('Date,Meal,Calories\n2026-10-01,"Lunch,500\n'),
        /line 2: a quoted field is not closed/,
      ],
      ["header only", strToU8("Date,Meal,Calories\n"), /./],
    ];
    for (const [what, bytes, message] of cases) {
      const r = await post(bytes);
      if (what === "header only") {
        // A file with no rows is not an error: nothing to import.
        expect(r.status, what).toBe(200);
        expect(r.json, what).toMatchObject({ imported: { diaryEntries: 0 } });
        continue;
      }
      expect(r.status, what).toBe(422);
      expect(r.json, what).toMatchObject({ error: "import_failed" });
      expect((r.json as { message: string }).message, what).toMatch(message);
    }
    // A refused import answers with its report.
    const bad = strToU8("Date,Meal,Calories\n2026-10-01,Lunch,500\n2026-10-01,Lunch,x\n");
    const refused = await post(bad);
    expect(refused.status).toBe(422);
    expect(refused.json).toMatchObject({
      error: "import_refused",
      report: { written: false, problems: [{ line: 3 }] },
    });
    // Body validation names the field.
    const v = await t.json(u, "POST", "/api/users/me/imports", { fileName: "x.csv", dataBase64: "%%%" });
    expect(v.status).toBe(422);
    expect(JSON.stringify(v.json)).toContain("body.dataBase64");
    const badMap = await t.json(u, "POST", "/api/users/me/imports", {
      ...body(strToU8(HEVY_KG), { fileName: "w.csv" }),
      exerciseMap: { "Pull Up": "not-an-exercise" },
    });
    expect(badMap.status).toBe(422);
    expect(JSON.stringify(badMap.json)).toContain("body.exerciseMap");
    // A check (dryRun) answers 200 with the problems and writes nothing.
    const checked = await post(bad, { dryRun: true });
    expect(checked.status).toBe(200);
    expect(checked.json).toMatchObject({ written: false, problems: [{ line: 3 }] });
    expect(await listDiaryEntries(t.deps.db, u.userId, "2026-10-01")).toEqual([]);
  });

  it("a row the database refuses rolls back every row written before it", async () => {
    const t = getT();
    const u = await t.signUp();
    const write = writeImportRows(
      t.deps.db,
      u.userId,
      {
        diary: [
          {
            id: uuidv7(),
            userId: u.userId,
            date: "2026-10-01",
            meal: "lunch",
            foodId: null,
            mg: null,
            quickMilliKcal: 500_000,
            clientId: "mfp:2026-10-01:lunch",
          },
        ],
        weighIns: [{ date: "2026-10-01", weightKg: 80, clientId: "mfp-weight:2026-10-01" }],
        workouts: [
          {
            clientId: "hevy:x",
            date: "2026-10-01",
            title: "A",
            sets: [{ exerciseId: "pullup", reps: 5, loadType: "bodyweight" }],
            cardio: [],
          },
          {
            clientId: "hevy:y",
            date: "2026-10-02",
            title: "B",
            sets: [],
            // A negative duration: the database's check refuses it, after everything above.
            cardio: [{ modality: "running", durationS: -1 }],
          },
        ],
      },
      t.deps.now(),
      () => uuidv7(),
    );
    await expect(write).rejects.toThrow();
    expect(await listDiaryEntries(t.deps.db, u.userId, "2026-10-01")).toEqual([]);
    expect(await listWeighIns(t.deps.db, u.userId)).toEqual([]);
    expect(await listWorkouts(t.deps.db, u.userId)).toEqual([]);
  });

  it("the same file twice (duplicate rows) adds nothing the second time", async () => {
    const t = getT();
    const u = await t.signUp();
    const first = await t.json(
      u,
      "POST",
      "/api/users/me/imports",
      body(strToU8(HEVY_KG), { fileName: "w.csv" }),
    );
    const second = await t.json(
      u,
      "POST",
      "/api/users/me/imports",
      body(strToU8(HEVY_KG), { fileName: "w.csv" }),
    );
    expect(first.json).toMatchObject({ imported: { workouts: 2 } });
    expect(second.json).toMatchObject({ imported: { workouts: 0 }, alreadyImported: 2 });
    expect(await listWorkouts(t.deps.db, u.userId)).toHaveLength(2);
  });

  it("imported macros travel in a leanback export; a forged quick-add macro is refused naming the column", async () => {
    const t = getT();
    const a = await t.signUp();
    const b = await t.signUp();
    await t.json(a, "POST", "/api/users/me/imports", body(mfpZip({ nutrition: MFP_NUTRITION_PER_FOOD })));
    const dump = (await t.json(a, "GET", "/api/users/me/export")).json as {
      tables: Record<string, Record<string, string | number | null>[]>;
    };
    // Replacing one's data with its own export keeps the macros (the columns travel).
    const imported = await t.json(a, "POST", "/api/users/me/import?replace=true", dump);
    expect(imported.status).toBe(200);
    const day = await t.json(a, "GET", "/api/users/me/diary/2026-10-01");
    expect(day.json).toMatchObject({ totals: { kcal: 1750, proteinG: 149.5 } });

    const forged = structuredClone(dump);
    const row = forged.tables.diary_entries?.[0];
    if (row === undefined) throw new Error("no diary row exported");
    row.quick_protein_mg = -5;
    const refused = await t.json(b, "POST", "/api/users/me/import?replace=true", forged);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toContain("quick_protein_mg");
    expect((await t.json(b, "GET", "/api/users/me/diary/2026-10-01")).json).toMatchObject({
      totals: { kcal: 0 },
    });
  });
});
