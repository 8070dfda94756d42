import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import {
  addBodyMeasurement,
  deleteBodyMeasurement,
  listBodyMeasurements,
  updateBodyMeasurement,
} from "./body-measurements.js";

const T0 = 1_800_000_000_000;

describeEachDialect("body measurements", (getDb) => {
  it("adds, lists by range, updates and deletes", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const a = await addBodyMeasurement(
      db,
      { userId: u.id, date: "2026-11-01", waistMm: 912.5, neckMm: 381 },
      T0,
    );
    expect(a).toMatchObject({ waistMm: 912.5, neckMm: 381, hipMm: null, bodyFatPct: null, clientId: null });
    const b = await addBodyMeasurement(
      db,
      { userId: u.id, date: "2026-11-08", waistMm: 905, bodyFatPct: 24.1 },
      T0 + 1,
    );
    expect((await listBodyMeasurements(db, u.id, { from: "2026-11-02" })).map((m) => m.id)).toEqual([b.id]);
    const c = await updateBodyMeasurement(db, u.id, a.id, { hipMm: 1001, note: "tape" }, T0 + 2);
    expect(c).toMatchObject({ waistMm: 912.5, hipMm: 1001, note: "tape", updatedAt: T0 + 2, createdAt: T0 });
    expect(await updateBodyMeasurement(db, "someone-else", a.id, { hipMm: 1 }, T0)).toBeUndefined();
    expect(await deleteBodyMeasurement(db, u.id, a.id)).toBe(true);
    expect((await listBodyMeasurements(db, u.id)).map((m) => m.id)).toEqual([b.id]);
  });

  it("allows several measurements a day without clientId, but one per clientId", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await addBodyMeasurement(db, { userId: u.id, date: "2026-11-01", waistMm: 900 }, T0);
    await addBodyMeasurement(db, { userId: u.id, date: "2026-11-01", waistMm: 901 }, T0);
    const x = await addBodyMeasurement(
      db,
      { userId: u.id, date: "2026-11-02", waistMm: 899, clientId: "c1" },
      T0,
    );
    const y = await addBodyMeasurement(
      db,
      { userId: u.id, date: "2026-11-02", waistMm: 1, clientId: "c1" },
      T0 + 5,
    );
    expect(y).toEqual(x);
    expect(await listBodyMeasurements(db, u.id)).toHaveLength(3);
  });
});
