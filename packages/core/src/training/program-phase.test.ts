import { describe, expect, it } from "vitest";
import { progressDose, weekPhase } from "./program-phase.js";
import type { Dosage, Load } from "./prescription.js";

const row: Dosage = { kind: "reps", sets: 3, reps: { min: 10, max: 12 }, perSide: true };
const db: Load = { kind: "external", kg: 10, equipment: "dumbbell" };

describe("weekPhase", () => {
  it("runs 5-week blocks with the 5th lighter, repeating", () => {
    expect([1, 2, 3, 4, 5, 6, 10, 11].map((w) => weekPhase(w))).toEqual([
      { cycle: 0, step: 1, lighter: false },
      { cycle: 0, step: 2, lighter: false },
      { cycle: 0, step: 3, lighter: false },
      { cycle: 0, step: 4, lighter: false },
      { cycle: 0, step: 5, lighter: true },
      { cycle: 1, step: 1, lighter: false },
      { cycle: 1, step: 5, lighter: true },
      { cycle: 2, step: 1, lighter: false },
    ]);
  });
});

describe("progressDose", () => {
  it("goes reps → sets → load through a block, then lighter, then one step up", () => {
    const at = (w: number) => progressDose(row, db, weekPhase(w));
    expect(at(1)).toEqual({ dosage: row, load: db });
    expect(at(2).dosage).toMatchObject({ sets: 3, reps: { min: 12, max: 12 } });
    expect(at(3).dosage).toMatchObject({ sets: 4, reps: { min: 12, max: 12 } });
    expect(at(4)).toMatchObject({ dosage: { sets: 4, reps: { min: 10, max: 12 } }, load: { kg: 12.5 } });
    // lighter: half the sets, 90 % of the block's load rounded to the dumbbells
    expect(at(5)).toMatchObject({ dosage: { sets: 1 }, load: { kg: 9 } });
    // the next block starts one step above the last
    expect(at(6)).toMatchObject({ dosage: { sets: 3, reps: { min: 10, max: 12 } }, load: { kg: 12.5 } });
  });

  it("progresses body-weight moves by reps and holds by seconds", () => {
    const hold: Dosage = { kind: "duration", sets: 3, seconds: 30, perSide: false };
    expect(progressDose(hold, undefined, weekPhase(4)).dosage).toMatchObject({ sets: 4, seconds: 50 });
    const bw = progressDose(row, { kind: "bodyweight" }, weekPhase(4)).dosage;
    expect(bw).toMatchObject({ reps: { min: 14, max: 14 } });
  });

  it("keeps step 3 at the base sets when the extra set does not fit", () => {
    expect(progressDose(row, db, { ...weekPhase(3), extraSet: false }).dosage.sets).toBe(3);
  });
});
