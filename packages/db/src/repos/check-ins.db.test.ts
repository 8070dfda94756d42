import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { decideCheckIn, getCheckIn, listCheckIns, saveCheckIn } from "./check-ins.js";

const T0 = 1_800_000_000_000;

describeEachDialect("check-ins", (getDb) => {
  it("saves one check-in per week, replaces on re-run, and records the decision", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const a = await saveCheckIn(
      db,
      {
        userId: u.id,
        weekStart: "2026-11-09",
        expenditureKcal: 2450.5,
        targetKcal: 1950,
        proposedKcal: 1900,
        details: { trend: -0.4 },
      },
      T0,
    );
    expect(a).toMatchObject({ accepted: null, details: { trend: -0.4 }, expenditureKcal: 2450.5 });
    const b = await saveCheckIn(
      db,
      { userId: u.id, weekStart: "2026-11-09", expenditureKcal: null, targetKcal: 1950, proposedKcal: 1850 },
      T0 + 1,
    );
    expect(b).toMatchObject({
      id: a.id,
      proposedKcal: 1850,
      expenditureKcal: null,
      details: null,
      createdAt: T0,
    });
    expect(await decideCheckIn(db, u.id, "2026-11-09", true, T0 + 2)).toMatchObject({
      accepted: true,
      updatedAt: T0 + 2,
    });
    expect(await decideCheckIn(db, u.id, "2026-11-02", false, T0)).toBeUndefined();
    await saveCheckIn(
      db,
      {
        userId: u.id,
        weekStart: "2026-11-16",
        expenditureKcal: 2400,
        targetKcal: 1850,
        proposedKcal: 1850,
        accepted: false,
      },
      T0,
    );
    expect((await listCheckIns(db, u.id)).map((c) => [c.weekStart, c.accepted])).toEqual([
      ["2026-11-16", false],
      ["2026-11-09", true],
    ]);
    expect((await listCheckIns(db, u.id, 1)).map((c) => c.weekStart)).toEqual(["2026-11-16"]);
    expect((await getCheckIn(db, u.id, "2026-11-09"))?.accepted).toBe(true);
  });
});
