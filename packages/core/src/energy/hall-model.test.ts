import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jacksonBodyFatPct } from "../body/jackson.js";
import { InvalidInputError } from "../errors.js";
import { hallBaseline, simulateHall, type HallDay, type HallPerson } from "./hall-model.js";
import { RHO_F, RHO_G, RHO_L } from "./hall-params.js";

const KCAL_PER_MJ = 1000 / 4.184;
/** Lancet 2011 Fig 3: sedentary man, 23 y, 180 cm, 100 kg. */
const LANCET_MAN: HallPerson = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 };
/** An average overweight adult (BMI 28.7, Jackson %BF ≈ 27). */
const OVERWEIGHT: HallPerson = { sex: "male", ageYears: 40, heightCm: 175, weightKg: 88, pal: 1.6 };

function stepChange(person: HallPerson, deltaKcal: number, days: number): HallDay[] {
  const ei0 = hallBaseline(person).intakeKcal;
  return simulateHall(person, { days, intake: () => ei0 + deltaKcal });
}

function last(traj: readonly HallDay[]): HallDay {
  const d = traj[traj.length - 1];
  if (!d) throw new Error("empty trajectory");
  return d;
}

describe("Hall 2011 Lancet Fig 3 example", () => {
  it("PAL 1.5 (Hall's 'sedentary') reproduces the ≈12.7 MJ/d baseline", () => {
    // Mifflin 2015.84 kcal/d × 1.5 = 3023.76 kcal/d = 12.65 MJ/d; PAL 1.51 would give 12.74.
    expect(hallBaseline(LANCET_MAN).intakeKcal / KCAL_PER_MJ).toBeCloseTo(12.7, 0);
    expect(Math.abs(hallBaseline(LANCET_MAN).intakeKcal / KCAL_PER_MJ - 12.7)).toBeLessThan(0.1);
  });

  it("cutting 5 MJ/d for 6 months loses ≈20 kg", () => {
    const loss = 100 - last(stepChange(LANCET_MAN, -5 * KCAL_PER_MJ, 182)).weightKg;
    expect(loss).toBeGreaterThan(18.5);
    expect(loss).toBeLessThan(21.5);
  });

  it("≈10.9 MJ/d eventually maintains ≈80 kg", () => {
    const traj = simulateHall(LANCET_MAN, { days: 3650 * 2, intake: () => 10.9 * KCAL_PER_MJ });
    expect(last(traj).weightKg).toBeGreaterThan(78.5);
    expect(last(traj).weightKg).toBeLessThan(81.5);
    // …and it has settled: the last year moves less than 0.05 kg.
    expect(Math.abs(last(traj).weightKg - (traj[traj.length - 366]?.weightKg ?? 0))).toBeLessThan(0.05);
  });
});

describe("model properties (Hall 2011 appendix)", () => {
  it("no intake change keeps weight at baseline to 1e-6 kg over 10 years", () => {
    for (const person of [
      LANCET_MAN,
      OVERWEIGHT,
      { ...OVERWEIGHT, sex: "female" as const, bodyFatPct: 40 },
    ]) {
      const traj = stepChange(person, 0, 3650);
      for (const d of traj) expect(Math.abs(d.weightKg - person.weightKg)).toBeLessThan(1e-6);
    }
  });

  it("each 100 kJ/d lasting change moves eventual weight by ≈1 kg (overweight adult)", () => {
    const down = last(stepChange(OVERWEIGHT, -100 / 4.184, 365 * 20)).weightKg - 88;
    const up = last(stepChange(OVERWEIGHT, 100 / 4.184, 365 * 20)).weightKg - 88;
    expect(down).toBeLessThan(-0.8);
    expect(down).toBeGreaterThan(-1.25);
    expect(up).toBeGreaterThan(0.8);
    expect(up).toBeLessThan(1.25);
  });

  it("half the eventual change comes in about a year, ~95 % within ~3 years", () => {
    const traj = stepChange(OVERWEIGHT, -500, 365 * 20);
    const eventual = last(traj).weightKg - 88;
    const frac = (d: HallDay) => (d.weightKg - 88) / eventual;
    const half = traj.findIndex((d) => frac(d) >= 0.5);
    const most = traj.findIndex((d) => frac(d) >= 0.95);
    expect(half).toBeGreaterThan(180);
    expect(half).toBeLessThan(450);
    expect(most).toBeGreaterThan(730);
    expect(most).toBeLessThan(1460);
  });

  it("fatter people (same weight) lose more, and more slowly", () => {
    const results = [15, 25, 35].map((bodyFatPct) => {
      const traj = stepChange({ ...OVERWEIGHT, bodyFatPct }, -500, 365 * 15);
      const eventual = last(traj).weightKg - 88;
      return { eventual, half: traj.findIndex((d) => (d.weightKg - 88) / eventual >= 0.5) };
    });
    for (let i = 1; i < results.length; i++) {
      expect(results[i]!.eventual).toBeLessThan(results[i - 1]!.eventual);
      expect(results[i]!.half).toBeGreaterThan(results[i - 1]!.half);
    }
  });

  it("more deficit means less weight on every day", () => {
    const a = stepChange(OVERWEIGHT, -300, 730);
    const b = stepChange(OVERWEIGHT, -600, 730);
    for (let d = 1; d <= 730; d++) expect(b[d]!.weightKg).toBeLessThan(a[d]!.weightKg);
  });

  it("conserves energy: Σ(intake − expenditure) = ρF·ΔF + ρL·ΔL + ρG·ΔG", () => {
    const traj = stepChange(OVERWEIGHT, -700, 400);
    const first = traj[0]!;
    const end = last(traj);
    const balance = traj.slice(1).reduce((s, d) => s + d.intakeKcal - d.expenditureKcal, 0);
    const stored =
      RHO_F * (end.fatKg - first.fatKg) +
      RHO_L * (end.leanKg - first.leanKg) +
      RHO_G * (end.glycogenKg - first.glycogenKg);
    expect(Math.abs(balance - stored)).toBeLessThan(1e-3);
  });

  it("sodium falling with calories adds ≈0.2–0.3 kg of water loss in week 1 at −500 kcal/d", () => {
    const ei0 = hallBaseline(OVERWEIGHT).intakeKcal;
    const constant = simulateHall(OVERWEIGHT, { days: 7, intake: () => ei0 - 500 });
    const proportional = simulateHall(OVERWEIGHT, {
      days: 7,
      intake: () => ei0 - 500,
      sodium: "proportional",
    });
    const extra = last(constant).weightKg - last(proportional).weightKg;
    expect(extra).toBeGreaterThan(0.18);
    expect(extra).toBeLessThan(0.32);
  });

  it("more activity (δ +20 %) at unchanged intake loses weight; less gains", () => {
    const ei0 = hallBaseline(OVERWEIGHT).intakeKcal;
    const more = simulateHall(OVERWEIGHT, { days: 365, intake: () => ei0, activityChangePct: 20 });
    const less = simulateHall(OVERWEIGHT, { days: 365, intake: () => ei0, activityChangePct: -20 });
    expect(last(more).weightKg).toBeLessThan(87);
    expect(last(less).weightKg).toBeGreaterThan(89);
  });

  it("an intake array gives the same trajectory as the equivalent function", () => {
    const plan = Array.from({ length: 60 }, (_, k) => (k < 30 ? 2000 : 2600));
    const fromArray = simulateHall(OVERWEIGHT, { days: 60, intake: plan });
    const fromFn = simulateHall(OVERWEIGHT, { days: 60, intake: (k) => plan[k] ?? Number.NaN });
    expect(fromArray).toEqual(fromFn);
    expect(fromArray[30]!.intakeKcal).toBe(2000);
    expect(fromArray[31]!.intakeKcal).toBe(2600);
  });

  it("uses a measured body fat % instead of Jackson when given", () => {
    expect(hallBaseline({ ...OVERWEIGHT, bodyFatPct: 20 }).fatKg).toBeCloseTo(17.6, 9);
    expect(hallBaseline(OVERWEIGHT).bodyFatPct).toBeGreaterThan(25);
  });
});

describe("numerical stability", () => {
  it("a large carbohydrate intake fills glycogen smoothly instead of oscillating (stiff step split)", () => {
    // Large person, high PAL: baseline ≈ 4970 kcal/d; eating 2.2× that makes the glycogen
    // equation's |λ| ≈ 3.5/d, beyond RK4's limit at dt = 1 d.
    const big: HallPerson = { sex: "female", ageYears: 18, heightCm: 154.5, weightKg: 160, pal: 2.147 };
    const ei0 = hallBaseline(big).intakeKcal;
    const traj = simulateHall(big, { days: 60, intake: () => 2.2 * ei0 });
    const gs = 0.5 * Math.sqrt(2.2);
    for (let d = 1; d <= 60; d++) {
      expect(traj[d]!.glycogenKg).toBeGreaterThanOrEqual(traj[d - 1]!.glycogenKg - 1e-12);
      expect(traj[d]!.glycogenKg).toBeLessThanOrEqual(gs + 1e-9);
    }
    expect(last(traj).glycogenKg).toBeCloseTo(gs, 6);
  });
});

describe("input validation", () => {
  it.each([
    [{ ...OVERWEIGHT, pal: 1.2 }, "pal"],
    [{ ...OVERWEIGHT, heightCm: 20 }, "heightCm"],
    [{ ...OVERWEIGHT, bodyFatPct: 75 }, "bodyFat"],
  ])("rejects %o", (person, field) => {
    expect(() => simulateHall(person, { days: 10, intake: () => 2000 })).toThrow(InvalidInputError);
    expect(() => hallBaseline(person)).toThrow(expect.objectContaining({ field }));
  });

  it("rejects a schedule shorter than the horizon and negative intake", () => {
    expect(() => simulateHall(OVERWEIGHT, { days: 10, intake: [2000, 2000] })).toThrow(
      expect.objectContaining({ field: "intake" }),
    );
    expect(() => simulateHall(OVERWEIGHT, { days: 10, intake: () => -1 })).toThrow(
      expect.objectContaining({ field: "intake" }),
    );
  });
});

describe("property: valid inputs never give NaN or negative mass", () => {
  it("holds for one year across the valid domain", () => {
    let simulated = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.record({
          sex: fc.constantFrom("female" as const, "male" as const),
          ageYears: fc.integer({ min: 18, max: 80 }),
          heightCm: fc.double({ min: 140, max: 210, noNaN: true }),
          weightKg: fc.double({ min: 45, max: 250, noNaN: true }),
          pal: fc.double({ min: 1.4, max: 2.4, noNaN: true }),
        }),
        // A measured %BF lies near what age and BMI imply: Jackson 2002 ± 10 points (SEE ≈ 4–5).
        fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: undefined }),
        fc.double({ min: -1500, max: 1000, noNaN: true }),
        fc.constantFrom("constant" as const, "proportional" as const),
        (raw, bodyFatOffset, change, sodium) => {
          const person: HallPerson =
            bodyFatOffset === undefined
              ? raw
              : { ...raw, bodyFatPct: Math.min(55, Math.max(5, jacksonBodyFatPct(raw) + bodyFatOffset)) };
          const b = hallBaseline(person);
          // Valid plans keep intake at or above 800 kcal/d (NHLBI: lower only under supervision).
          const intake = Math.max(800, b.intakeKcal + change);
          let traj: HallDay[];
          try {
            traj = simulateHall(person, { days: 365, intake: () => intake, sodium });
          } catch (e) {
            // A very lean person on 800 kcal/d starves within the year: the model refuses loudly
            // (InvalidInputError on the intake) instead of returning negative mass.
            expect(e).toBeInstanceOf(InvalidInputError);
            expect(e).toMatchObject({ field: "intake" });
            refused++;
            return;
          }
          simulated++;
          // Constant intake: glycogen moves monotonically from G0 toward G0·√(CI/CIb), never past it.
          const gs = 0.5 * Math.sqrt(intake / b.intakeKcal);
          const bad = traj.filter(
            (d) =>
              ![d.weightKg, d.fatKg, d.leanKg, d.glycogenKg, d.ecfKg, d.atKcal, d.expenditureKcal].every(
                Number.isFinite,
              ) ||
              d.fatKg < 0 ||
              d.leanKg <= 0 ||
              d.ecfKg <= 0 ||
              d.glycogenKg < Math.min(0.5, gs) - 1e-9 ||
              d.glycogenKg > Math.max(0.5, gs) + 1e-9,
          );
          expect(bad).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
    // Refusals are the rare starvation corner (BMI < 16 at 800 kcal/d), never the rule.
    expect(refused).toBeLessThan(20);
    expect(simulated + refused).toBe(200);
  });
});
