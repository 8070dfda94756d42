import { describe, expect, it } from "vitest";
import { navyBodyFatFromCm, centimetres } from "@leanback/core/body/navy";
import { InvalidInputError } from "@leanback/core/errors";
import {
  INITIAL_STATE,
  goalWeightKgOf,
  keepUnasked,
  reopenedStateOf,
  navyEstimate,
  stepOfField,
  toProfileInput,
  wizardStateOf,
  withBodyAndGoal,
  type WizardState,
} from "./wizard-state.js";
import type { Profile, ProfileInput } from "../../api/types.js";

const base: WizardState = {
  ...INITIAL_STATE,
  sex: "male",
  birthDate: "1990-06-15",
  heightCm: "180",
  weight: "92",
  goalWeight: "82",
};

describe("toProfileInput", () => {
  it("converts metric answers to canonical units (mm, kg)", () => {
    const { profile, weightKg } = toProfileInput(base, "Europe/Berlin");
    expect(profile.heightMm).toBe(1800);
    expect(weightKg).toBe(92);
    expect(profile.goal).toEqual({ weightKg: 82, rate: { kind: "pctPerWeek", value: 0.5 } });
    expect(profile.timezone).toBe("Europe/Berlin");
    expect(profile.fitness).toEqual({ level: "beginner", pullups: 0, canHang: true });
  });

  it("converts imperial answers: 5 ft 11 in = 180.34 cm, 200 lb = 90.72 kg (NIST: 1 lb = 0.45359237 kg)", () => {
    const s: WizardState = {
      ...base,
      unitSystem: "imperial",
      heightFt: "5",
      heightIn: "11",
      weight: "200",
      goalWeight: "180",
    };
    const { profile, weightKg } = toProfileInput(s, "UTC");
    expect(profile.heightMm).toBe(1803);
    expect(weightKg).toBe(90.72);
    expect(profile.goal?.weightKg).toBe(81.65);
  });

  it("a goal date replaces the rate", () => {
    const { profile } = toProfileInput({ ...base, paceKind: "date", goalDate: "2027-06-01" }, "UTC");
    expect(profile.goal).toEqual({ weightKg: 82, date: "2027-06-01" });
  });

  it("names the field of a missing answer", () => {
    expect(() => toProfileInput({ ...base, weight: "" }, "UTC")).toThrowError(InvalidInputError);
    try {
      toProfileInput({ ...base, heightCm: "abc" }, "UTC");
    } catch (e) {
      expect((e as InvalidInputError).field).toBe("heightMm");
    }
  });
});

describe("body fat", () => {
  it("the tape estimate is core's Navy equation on the same centimetres", () => {
    const s: WizardState = { ...base, bodyFatMode: "tape", waist: "95", neck: "40" };
    const want = navyBodyFatFromCm({
      sex: "male",
      height: centimetres(180),
      waist: centimetres(95),
      neck: centimetres(40),
    });
    expect(navyEstimate(s)?.bodyFatPct).toBeCloseTo(want.bodyFatPct, 10);
    expect(toProfileInput(s, "UTC").profile.bodyFatPct).toBeCloseTo(want.bodyFatPct, 1);
  });

  it("a body-fat goal loses lean alongside fat (Forbes, as in Hall's model): 92 kg at 25 % → 15 % is 71.9 kg, not 69 / 0.85 = 81.2", () => {
    const s: WizardState = {
      ...base,
      bodyFatMode: "known",
      bodyFatPct: "25",
      goalKind: "bodyFat",
      goalBodyFatPct: "15",
    };
    const w = goalWeightKgOf(s);
    // By hand: fat F = 0.15·W and W = 92 − (23 − F) − 10.4·ln(23/F) → F ≈ 10.79, W ≈ 71.91.
    const f = 0.15 * w;
    expect(w).toBeCloseTo(92 - (23 - f) - 10.4 * Math.log(23 / f), 6);
    expect(w).toBeCloseTo(71.9, 1);
    expect(69 / 0.85 - w).toBeGreaterThan(9);
    expect(toProfileInput(s, "UTC").profile.goal?.weightKg).toBe(71.91);
  });

  it("refuses a body-fat goal at or above today's, or below the floor for the sex", () => {
    const s: WizardState = { ...base, bodyFatMode: "known", bodyFatPct: "25", goalKind: "bodyFat" };
    expect(() => goalWeightKgOf({ ...s, goalBodyFatPct: "25" })).toThrowError(/below today's body fat/);
    expect(() => goalWeightKgOf({ ...s, goalBodyFatPct: "6" })).toThrowError(/8 % for men/);
    expect(() => goalWeightKgOf({ ...s, sex: "female", goalBodyFatPct: "12" })).toThrowError(
      InvalidInputError,
    );
  });

  it("refuses a body-fat goal without today's body fat", () => {
    expect(() => goalWeightKgOf({ ...base, goalKind: "bodyFat", goalBodyFatPct: "15" })).toThrowError(
      /body fat first/,
    );
  });
});

describe("stepOfField", () => {
  it("sends each server field to the step that shows it", () => {
    expect(stepOfField("birthDate")).toBe(0);
    expect(stepOfField("heightMm")).toBe(1);
    expect(stepOfField("pal")).toBe(2);
    expect(stepOfField("goal.rate.value")).toBe(3);
    expect(stepOfField("schedule.days")).toBe(4);
  });
});

describe("editing a stored profile in Settings", () => {
  const stored: Profile = {
    userId: "u1",
    ageYears: 36,
    updatedAt: 0,
    sex: "female",
    birthDate: "1990-03-02",
    heightMm: 1651,
    unitSystem: "imperial",
    timezone: "Europe/Berlin",
    pal: 1.8,
    floorKcal: 1400,
    bodyFatPct: 31,
    goal: { weightKg: 63.5, rate: { kind: "pctPerWeek", value: 0.75 } },
    equipment: ["dumbbells"],
    schedule: { days: ["mon", "thu"], minutes: 40 },
    cardioPrefs: ["walking"],
    exclusions: ["no-jumping"],
    fitness: { level: "beginner", pullups: 0, canHang: true },
  };
  const input: ProfileInput = (({ userId: _u, ageYears: _a, updatedAt: _t, ...rest }) => rest)(stored);

  it("shows the stored answers in the person's units (65 in = 5 ft 5 in; 63.5 kg = 139.99 lb)", () => {
    const s = wizardStateOf(stored);
    expect(s).toMatchObject({ sex: "female", heightFt: "5", heightIn: "5", pal: "1.8", ratePct: "0.75" });
    expect(s.goalWeight).toBe("139.99");
    expect(s.paceKind).toBe("rate");
  });

  it("saving unchanged answers gives back the stored profile, to the millimetre and 0.01 kg", () => {
    const again = withBodyAndGoal(input, wizardStateOf(stored));
    expect(again).toEqual(input);
  });

  it("changes only body and goal: a new height and a goal date keep floor, plan and exclusions", () => {
    const s = {
      ...wizardStateOf(stored),
      heightFt: "5",
      heightIn: "7",
      paceKind: "date" as const,
      goalDate: "2027-06-01",
    };
    const next = withBodyAndGoal(input, s);
    expect(next.heightMm).toBe(1702); // 67 in × 25.4 = 1701.8 mm
    expect(next.goal).toEqual({ weightKg: 63.5, date: "2027-06-01" });
    expect(next).toMatchObject({
      floorKcal: 1400,
      equipment: ["dumbbells"],
      exclusions: ["no-jumping"],
      timezone: "Europe/Berlin",
    });
  });

  it("names the field a bad answer belongs to", () => {
    expect(() => withBodyAndGoal(input, { ...wizardStateOf(stored), goalWeight: "abc" })).toThrow(
      InvalidInputError,
    );
    const thrown = (() => {
      try {
        withBodyAndGoal(input, { ...wizardStateOf(stored), goalWeight: "" });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).field).toBe("goal.weightKg");
  });

  it("reopening the wizard shows every stored answer; finishing unchanged saves the same profile", () => {
    const s = reopenedStateOf(stored, 70.3);
    expect(s).toMatchObject({
      weight: "154.98", // 70.3 kg in lb
      bodyFatMode: "known",
      bodyFatPct: "31",
      equipment: ["dumbbells"],
      days: ["mon", "thu"],
      minutes: "40",
      cardio: ["walking"],
      level: "beginner",
    });
    const { profile, weightKg } = toProfileInput(s, "Europe/Berlin");
    expect(weightKg).toBeCloseTo(70.3, 2);
    // The wizard asks no floor and no exclusions: those stay as stored.
    expect(keepUnasked(profile, stored)).toEqual(input);
    expect(keepUnasked(profile, null).exclusions).toEqual([]);
  });
});
