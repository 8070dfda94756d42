import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError } from "../errors.js";
import { deloadPrescription, isDeloadWeek } from "./deload.js";
import type { Prescription } from "./prescription.js";
import { KG_PER_LB } from "./progression-steps.js";

const row: Prescription = {
  exerciseId: "row-dumbbell-one-arm",
  dosage: { kind: "reps", sets: 3, reps: { min: 10, max: 12 }, perSide: true },
  load: { kind: "external", kg: 10, equipment: "dumbbell" },
  restSeconds: 90,
};

describe("deload", () => {
  it("every 5th week by default; 4–6 configurable", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((w) => isDeloadWeek(w))).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(isDeloadWeek(4, 4)).toBe(true);
    expect(() => isDeloadWeek(3, 3)).toThrow(InvalidInputError);
    expect(() => isDeloadWeek(0)).toThrow(InvalidInputError);
  });

  it("halves sets and takes 10 % off, rounded down to the dumbbells", () => {
    const d = deloadPrescription(row, "kg");
    expect(d.dosage.sets).toBe(2);
    expect(d.load).toEqual({ kind: "external", kg: 9, equipment: "dumbbell" });
    // 25 lb × 0.9 = 22.5 lb: available exactly.
    const lb = deloadPrescription(
      { ...row, load: { kind: "external", kg: 25 * KG_PER_LB, equipment: "dumbbell" } },
      "lb",
    );
    expect(lb.load.kind === "external" && lb.load.kg / KG_PER_LB).toBeCloseTo(22.5, 9);
  });

  it("leaves assistance and body weight alone", () => {
    const assisted = { ...row, load: { kind: "assisted", assistKg: 30 } as const };
    expect(deloadPrescription(assisted, "kg").load).toEqual(assisted.load);
    expect(deloadPrescription({ ...row, dosage: { ...row.dosage, sets: 1 } }, "kg").dosage.sets).toBe(1);
  });

  it("is never heavier than 90 % nor more sets than planned (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom("kg" as const, "lb" as const),
        fc.constantFrom("dumbbell" as const, "barbell" as const, "machine" as const, "kettlebell" as const),
        (kg, sets, unit, equipment) => {
          const p: Prescription = {
            ...row,
            dosage: { ...row.dosage, sets },
            load: { kind: "external", kg, equipment },
          };
          const d = deloadPrescription(p, unit);
          expect(d.dosage.sets).toBeLessThanOrEqual(sets);
          expect(d.dosage.sets).toBeGreaterThanOrEqual(1);
          expect(d.load.kind === "external" && d.load.kg).toBeLessThanOrEqual(kg * 0.9 + 1e-9);
        },
      ),
    );
  });
});
