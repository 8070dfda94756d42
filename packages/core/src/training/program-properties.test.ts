import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EQUIPMENT, MODALITIES, LEVELS } from "./exercise.js";
import { auditPlan, daysAllowCardioMinimum } from "./program-audit.js";
import { generateProgram } from "./program-generator.js";
import { WEEKDAYS } from "./program-input.js";

// Random profiles over the whole input space the CLI accepts; every generated plan must pass
// the protocol audit (program-audit.ts) and a few direct checks that do not trust the audit.
const profile = fc.record({
  level: fc.constantFrom(...LEVELS),
  equipment: fc.subarray(EQUIPMENT.filter((e) => e !== "none")),
  days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  minutes: fc.integer({ min: 30, max: 120 }),
  cardio: fc.subarray([...MODALITIES], { maxLength: 3 }),
  exclude: fc.subarray(["no-jumping", "no-running", "pullup", "jogging", "plank", "goblet-squat"]),
  weeks: fc.integer({ min: 1, max: 6 }),
  pullups: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  seed: fc.string({ minLength: 1, maxLength: 8 }),
});

const viable = (p: { cardio: readonly string[]; exclude: readonly string[] }) =>
  // Walking is the fallback cardio; a profile could only lose every modality by excluding it.
  !p.exclude.includes("brisk-walk") || p.cardio.length > 0;

describe("generateProgram over random profiles", () => {
  it("meets the protocol every week (audit is empty)", () => {
    fc.assert(
      fc.property(profile, (p) => {
        fc.pre(viable(p));
        expect(auditPlan(generateProgram(p))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps strength at 2–3 and cardio ≥ 30 min, 3–5 a week when days allow", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const plan = generateProgram(p);
        for (const week of plan.weeks) {
          const strength = week.sessions.filter((s) => s.kind === "strength").length;
          if (p.days.length >= 2) expect(strength).toBeGreaterThanOrEqual(2);
          expect(strength).toBeLessThanOrEqual(3);
          const cardio = week.sessions.filter((s) => s.countsAsCardio);
          for (const s of cardio) expect(s.cardioMinutes).toBeGreaterThanOrEqual(30);
          if (daysAllowCardioMinimum(p.days.length, p.minutes))
            expect(cardio.length).toBeGreaterThanOrEqual(3);
          expect(cardio.length).toBeLessThanOrEqual(5);
          for (const s of week.sessions) expect(s.minutes).toBeLessThanOrEqual(p.minutes);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("never uses a jumping exercise with no-jumping, nor running with no-running", () => {
    fc.assert(
      fc.property(profile, (p) => {
        const plan = generateProgram({ ...p, exclude: ["no-jumping", "no-running"] });
        const text = JSON.stringify(plan.weeks);
        for (const id of [
          "jump-rope",
          "squat-jump",
          "hiit-jumping",
          "intervals-jump-rope",
          "jogging",
          "treadmill-run",
          "intervals-running",
        ])
          expect(text).not.toContain(`"${id}"`);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic for the same input and seed", () => {
    fc.assert(
      fc.property(profile, (p) => {
        expect(generateProgram(p)).toEqual(generateProgram(structuredClone(p)));
      }),
      { numRuns: 40 },
    );
  });
});
