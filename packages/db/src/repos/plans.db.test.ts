import { expect, it } from "vitest";
import { NotFoundError } from "../db-errors.js";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { getCurrentPlan, getPlan, listPlans, savePlan, setCurrentPlan, updatePlanParams } from "./plans.js";

const T0 = 1_800_000_000_000;

describeEachDialect("plans", (getDb) => {
  it("saves plans with JSON and keeps exactly one current", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const a = await savePlan(db, { userId: u.id, params: { v: 1 }, plan: { weeks: [1, 2] } }, T0);
    const b = await savePlan(db, { userId: u.id, params: { v: 2 }, plan: { weeks: [3] } }, T0 + 1);
    expect((await getCurrentPlan(db, u.id))?.id).toBe(b.id);
    expect((await getPlan(db, u.id, a.id))?.isCurrent).toBe(false);
    await setCurrentPlan(db, u.id, a.id);
    expect(await getCurrentPlan(db, u.id)).toEqual({ ...a, isCurrent: true });
    const all = await listPlans(db, u.id);
    expect(all.map((p) => p.id)).toEqual([b.id, a.id]);
    expect(all.filter((p) => p.isCurrent)).toHaveLength(1);
  });

  it("leaves the current plan untouched when set-current names an unknown or foreign plan", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const other = await freshUser(db);
    const mine = await savePlan(db, { userId: u.id, params: {}, plan: {} }, T0);
    const theirs = await savePlan(db, { userId: other.id, params: {}, plan: {} }, T0);
    await expect(setCurrentPlan(db, u.id, theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCurrentPlan(db, u.id, "nope")).rejects.toBeInstanceOf(NotFoundError);
    // The clearing UPDATE ran before the failure inside the transaction: it must be rolled back.
    expect((await getCurrentPlan(db, u.id))?.id).toBe(mine.id);
    expect((await getCurrentPlan(db, other.id))?.id).toBe(theirs.id);
  });

  it("updates the params of the user's own plan only, leaving the generated plan as it was", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const other = await freshUser(db);
    const mine = await savePlan(db, { userId: u.id, params: { v: 1 }, plan: { weeks: [1] } }, T0);
    await updatePlanParams(db, u.id, mine.id, { v: 1, swaps: { a: "b" } });
    expect(await getPlan(db, u.id, mine.id)).toEqual({ ...mine, params: { v: 1, swaps: { a: "b" } } });
    await expect(updatePlanParams(db, other.id, mine.id, {})).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPlan(db, u.id, mine.id))?.params).toEqual({ v: 1, swaps: { a: "b" } });
  });

  it("the database refuses two current plans for one user", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await savePlan(db, { userId: u.id, params: {}, plan: {} }, T0);
    await expect(
      db
        .insertInto("plans")
        .values({ id: `x-${u.id}`, user_id: u.id, params: "{}", plan: "{}", created_at: T0, is_current: 1 })
        .execute(),
    ).rejects.toThrow();
  });

  it("can save without making current", async () => {
    const db = getDb();
    const u = await freshUser(db);
    const a = await savePlan(db, { userId: u.id, params: {}, plan: {} }, T0);
    const draft = await savePlan(
      db,
      { userId: u.id, params: {}, plan: { draft: true }, makeCurrent: false },
      T0 + 1,
    );
    expect(draft.isCurrent).toBe(false);
    expect((await getCurrentPlan(db, u.id))?.id).toBe(a.id);
  });
});
