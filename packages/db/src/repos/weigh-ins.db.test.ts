import { expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { deleteUser } from "./users.js";
import { isUniqueViolation } from "../db-errors.js";
import { deleteWeighIn, getWeighIn, listWeighIns, updateWeighIn, upsertWeighIn } from "./weigh-ins.js";

const T0 = 1_800_000_000_000;

describeEachDialect("weigh-ins", (getDb) => {
  it("keeps one weigh-in per day: a second write that day replaces weight and note", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const first = await upsertWeighIn(
      db,
      { userId: u.id, date: "2026-11-02", weightKg: 80.4, note: "am" },
      T0,
    );
    const second = await upsertWeighIn(db, { userId: u.id, date: "2026-11-02", weightKg: 80.1 }, T0 + 9);
    expect(second).toMatchObject({
      id: first.id,
      weightKg: 80.1,
      note: null,
      createdAt: T0,
      updatedAt: T0 + 9,
    });
    expect(await listWeighIns(db, u.id)).toEqual([second]);
  });

  it("lists by inclusive date range, oldest first, only the user's own", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const other = await freshUser(db);
    for (const [d, w] of [
      ["2026-11-05", 79.9],
      ["2026-11-01", 80.5],
      ["2026-11-03", 80.2],
      ["2026-11-09", 79.5],
    ] as const) {
      await upsertWeighIn(db, { userId: u.id, date: d, weightKg: w }, T0);
    }
    await upsertWeighIn(db, { userId: other.id, date: "2026-11-03", weightKg: 60 }, T0);
    const r = await listWeighIns(db, u.id, { from: "2026-11-03", to: "2026-11-05" });
    expect(r.map((w) => [w.date, w.weightKg])).toEqual([
      ["2026-11-03", 80.2],
      ["2026-11-05", 79.9],
    ]);
    expect((await listWeighIns(db, u.id, { from: "2026-11-04" })).map((w) => w.date)).toEqual([
      "2026-11-05",
      "2026-11-09",
    ]);
    expect(await getWeighIn(db, u.id, "2026-11-01")).toMatchObject({ weightKg: 80.5 });
  });

  it("inserts once when an offline queue replays the same clientId", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const w = { userId: u.id, date: "2026-11-10", weightKg: 78.25, clientId: "q-1" };
    const a = await upsertWeighIn(db, w, T0);
    const b = await upsertWeighIn(db, { ...w, weightKg: 99 }, T0 + 1); // replay must not overwrite
    const c = await Promise.all([upsertWeighIn(db, w, T0 + 2), upsertWeighIn(db, w, T0 + 3)]);
    expect(b).toEqual(a);
    expect(c).toEqual([a, a]);
    expect(await listWeighIns(db, u.id)).toEqual([a]);
  });

  it("answers a racing replay of one clientId on another date with the stored row", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const base = { userId: u.id, weightKg: 77, clientId: "race-1" };
    // Eight replays at once, each claiming another day: only one row may exist afterwards.
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, k) => upsertWeighIn(db, { ...base, date: `2026-11-${10 + k}` }, T0)),
    );
    const a = all[0];
    expect(new Set(all.map((w) => w.id)).size).toBe(1);
    expect(await listWeighIns(db, u.id)).toEqual([a]);
  });

  it("lets two users use the same clientId and day", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const v = await freshUser(db);
    await upsertWeighIn(db, { userId: u.id, date: "2026-11-10", weightKg: 70, clientId: "same" }, T0);
    await upsertWeighIn(db, { userId: v.id, date: "2026-11-10", weightKg: 90, clientId: "same" }, T0);
    expect((await listWeighIns(db, v.id))[0]?.weightKg).toBe(90);
  });

  it("updates only the given fields of the owner's row; a taken day is a unique violation", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const a = await upsertWeighIn(db, { userId: u.id, date: "2026-11-02", weightKg: 80.4, note: "am" }, T0);
    const b = await upsertWeighIn(db, { userId: u.id, date: "2026-11-03", weightKg: 80.2 }, T0);
    const other = await freshUser(db);
    expect(await updateWeighIn(db, other.id, a.id, { weightKg: 70 }, T0 + 1)).toBeUndefined();
    const moved = await updateWeighIn(db, u.id, a.id, { date: "2026-11-01", weightKg: 80.6 }, T0 + 2);
    expect(moved).toEqual({ ...a, date: "2026-11-01", weightKg: 80.6, updatedAt: T0 + 2 });
    const cleared = await updateWeighIn(db, u.id, a.id, { note: null }, T0 + 3);
    expect(cleared).toEqual({ ...a, date: "2026-11-01", weightKg: 80.6, note: null, updatedAt: T0 + 3 });
    const clash = await updateWeighIn(db, u.id, a.id, { date: b.date }, T0 + 4).then(
      () => "stored",
      (e: unknown) => (isUniqueViolation(e) ? "unique violation" : String(e)),
    );
    expect(clash).toBe("unique violation");
    expect(await listWeighIns(db, u.id)).toEqual([cleared, b]);
  });

  it("deletes only the owner's row, and cascades with the user", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const other = await freshUser(db);
    const w = await upsertWeighIn(db, { userId: u.id, date: "2026-11-11", weightKg: 70 }, T0);
    expect(await deleteWeighIn(db, other.id, w.id)).toBe(false);
    expect(await deleteWeighIn(db, u.id, w.id)).toBe(true);
    await upsertWeighIn(db, { userId: u.id, date: "2026-11-12", weightKg: 70 }, T0);
    await deleteUser(db, u.id);
    expect(await listWeighIns(db, u.id)).toEqual([]);
  });

  it("rejects a bad date and a non-positive weight", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await expect(
      upsertWeighIn(db, { userId: u.id, date: "2026-13-01", weightKg: 70 }, T0),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(upsertWeighIn(db, { userId: u.id, date: "2026-11-01", weightKg: 0 }, T0)).rejects.toThrow();
  });
});
