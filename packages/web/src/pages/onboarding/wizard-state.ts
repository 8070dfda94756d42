import { bodyFatGoalWeight } from "@leanback/core/energy/body-fat-goal";
import { requireSafeBodyFatGoal } from "@leanback/core/targets/goal-safety";
import { centimetres, navyBodyFatFromCm, type NavyEstimate } from "@leanback/core/body/navy";
import { InvalidInputError } from "@leanback/core/errors";
import { cmToFtIn, ftInToCm, inToCm, kgToLb, lbToKg } from "@leanback/core/units/convert";
import type { Goal, Profile, ProfileInput, UnitSystem, Weekday } from "../../api/types.js";

/** The wizard's answers as typed: strings in the person's units, converted once on submit. */
export interface WizardState {
  unitSystem: UnitSystem;
  sex: "female" | "male" | "";
  birthDate: string;
  heightCm: string;
  heightFt: string;
  heightIn: string;
  weight: string;
  bodyFatMode: "skip" | "known" | "tape";
  bodyFatPct: string;
  waist: string;
  neck: string;
  hip: string;
  pal: string;
  goalKind: "weight" | "bodyFat";
  goalWeight: string;
  goalBodyFatPct: string;
  paceKind: "rate" | "date";
  ratePct: string;
  goalDate: string;
  equipment: string[];
  days: Weekday[];
  minutes: string;
  cardio: string[];
  level: "beginner" | "intermediate" | "advanced";
  pullups: string;
  canHang: "yes" | "no";
}

export const INITIAL_STATE: WizardState = {
  unitSystem: "metric",
  sex: "",
  birthDate: "",
  heightCm: "",
  heightFt: "",
  heightIn: "",
  weight: "",
  bodyFatMode: "skip",
  bodyFatPct: "",
  waist: "",
  neck: "",
  hip: "",
  pal: "1.6",
  goalKind: "weight",
  goalWeight: "",
  goalBodyFatPct: "",
  paceKind: "rate",
  ratePct: "0.5",
  goalDate: "",
  equipment: [],
  days: ["mon", "wed", "fri"],
  minutes: "45",
  cardio: [],
  level: "beginner",
  pullups: "0",
  canHang: "yes",
};

function num(raw: string, field: string, rule: string): number {
  const n = Number(raw.trim().replace(",", "."));
  if (raw.trim() === "" || !Number.isFinite(n)) throw new InvalidInputError(field, rule);
  return n;
}

/** Height in cm from the metric field or the feet + inches pair. */
export function heightCmOf(s: WizardState): number {
  if (s.unitSystem === "metric") return num(s.heightCm, "heightMm", "enter your height in cm");
  const ft = num(s.heightFt, "heightMm", "enter your height in feet and inches");
  const inch = s.heightIn.trim() === "" ? 0 : num(s.heightIn, "heightMm", "inches must be a number");
  return ftInToCm(ft, inch);
}

/** A mass typed in kg or lb, in kg. */
export function massKgOf(s: WizardState, raw: string, field: string): number {
  const n = num(raw, field, `enter a weight in ${s.unitSystem === "metric" ? "kg" : "lb"}`);
  return s.unitSystem === "metric" ? n : lbToKg(n);
}

/** A tape length typed in cm or in, in cm. */
export function lengthCmOf(s: WizardState, raw: string, field: string): number {
  const n = num(raw, field, `enter a length in ${s.unitSystem === "metric" ? "cm" : "in"}`);
  return s.unitSystem === "metric" ? n : inToCm(n);
}

/** The Navy tape estimate (Hodgdon & Beckett 1984) when the tape fields are filled, else null. */
export function navyEstimate(s: WizardState): NavyEstimate | null {
  if (s.bodyFatMode !== "tape" || s.sex === "") return null;
  try {
    return navyBodyFatFromCm({
      sex: s.sex,
      height: centimetres(heightCmOf(s)),
      waist: centimetres(lengthCmOf(s, s.waist, "waistMm")),
      neck: centimetres(lengthCmOf(s, s.neck, "neckMm")),
      ...(s.sex === "female" ? { hip: centimetres(lengthCmOf(s, s.hip, "hipMm")) } : {}),
    });
  } catch {
    return null;
  }
}

/** Body fat %, from the known value or the tape; null when skipped or incomplete. */
export function bodyFatOf(s: WizardState): number | null {
  if (s.bodyFatMode === "known") return num(s.bodyFatPct, "bodyFatPct", "enter your body fat %");
  if (s.bodyFatMode === "tape") {
    const e = navyEstimate(s);
    if (!e) throw new InvalidInputError("waistMm", "enter waist and neck (and hip) to estimate body fat");
    return Math.round(e.bodyFatPct * 10) / 10;
  }
  return null;
}

/**
 * Goal weight in kg. A body-fat goal becomes the weight at which the Hall model's person reaches
 * it, losing lean mass alongside fat by Forbes' partition (core energy/body-fat-goal): 92 kg at
 * 25 % aiming for 15 % is 71.9 kg, not the 81.2 kg that "every kilo lost is fat" would say.
 */
export function goalWeightKgOf(s: WizardState): number {
  if (s.goalKind === "weight") return massKgOf(s, s.goalWeight, "goal.weightKg");
  const current = bodyFatOf(s);
  if (current === null)
    throw new InvalidInputError("goal.weightKg", "a body-fat goal needs your body fat first");
  const target = num(s.goalBodyFatPct, "goal.weightKg", "enter a body-fat goal in %");
  if (s.sex !== "") requireSafeBodyFatGoal(s.sex, target, "goal.weightKg");
  if (target >= current)
    throw new InvalidInputError("goal.weightKg", "the body-fat goal must be below today's body fat");
  try {
    return bodyFatGoalWeight({
      weightKg: massKgOf(s, s.weight, "weightKg"),
      bodyFatPct: current,
      goalBodyFatPct: target,
    }).weightKg;
  } catch (e) {
    if (e instanceof InvalidInputError) throw new InvalidInputError("goal.weightKg", e.rule);
    throw e;
  }
}

// 0.01 kg keeps a pound value exact to display (150 lb → 68.04 kg → 150.0 lb, not 149.9).
const round2 = (n: number) => Math.round(n * 100) / 100;

/** PUT /profile body (canonical units) plus today's weight for the first weigh-in. */
export function toProfileInput(
  s: WizardState,
  timezone: string,
): { profile: ProfileInput; weightKg: number } {
  if (s.sex === "") throw new InvalidInputError("sex", "choose female or male");
  const heightMm = Math.round(heightCmOf(s) * 10);
  const weightKg = round2(massKgOf(s, s.weight, "weightKg"));
  const goalKg = round2(goalWeightKgOf(s));
  const goal =
    s.paceKind === "date"
      ? { weightKg: goalKg, date: s.goalDate }
      : {
          weightKg: goalKg,
          rate: { kind: "pctPerWeek" as const, value: num(s.ratePct, "goal.rate.value", "choose a rate") },
        };
  const pullups = Math.round(
    num(s.pullups, "fitness.pullups", "enter how many pull-ups you can do (0 is fine)"),
  );
  return {
    weightKg,
    profile: {
      sex: s.sex,
      birthDate: s.birthDate,
      heightMm,
      unitSystem: s.unitSystem,
      timezone,
      pal: num(s.pal, "pal", "choose an activity level"),
      floorKcal: null,
      bodyFatPct: bodyFatOf(s),
      goal,
      equipment: s.equipment,
      schedule: {
        days: s.days,
        minutes: Math.round(num(s.minutes, "schedule.minutes", "enter minutes per session")),
      },
      cardioPrefs: s.cardio,
      exclusions: [],
      fitness: { level: s.level, pullups, canHang: pullups > 0 || s.canHang === "yes" },
    },
  };
}

/**
 * The answers a stored profile gives, in the person's units, so Settings can edit them with the
 * wizard's own fields (a weight goal; today's weight is not part of the profile).
 */
export function wizardStateOf(p: Profile): WizardState {
  const cm = p.heightMm / 10;
  const ftIn = cmToFtIn(cm);
  const goal = p.goal;
  const mass = (kg: number) => String(round2(p.unitSystem === "metric" ? kg : kgToLb(kg)));
  return {
    ...INITIAL_STATE,
    unitSystem: p.unitSystem,
    sex: p.sex,
    birthDate: p.birthDate,
    heightCm: String(round2(cm)),
    heightFt: String(ftIn.feet),
    heightIn: String(Math.round(ftIn.inches * 10) / 10),
    pal: p.pal === null ? INITIAL_STATE.pal : String(p.pal),
    goalWeight: goal ? mass(goal.weightKg) : "",
    paceKind: goal?.date ? "date" : "rate",
    ratePct: goal?.rate?.kind === "pctPerWeek" ? String(goal.rate.value) : INITIAL_STATE.ratePct,
    goalDate: goal?.date ?? "",
  };
}

/** The profile with the body and goal answers of `s` (everything else as stored). */
export function withBodyAndGoal(p: ProfileInput, s: WizardState): ProfileInput {
  if (s.sex === "") throw new InvalidInputError("sex", "choose female or male");
  const weightKg = round2(massKgOf(s, s.goalWeight, "goal.weightKg"));
  const goal: Goal =
    s.paceKind === "date"
      ? { weightKg, date: s.goalDate }
      : { weightKg, rate: { kind: "pctPerWeek", value: num(s.ratePct, "goal.rate.value", "choose a rate") } };
  return {
    ...p,
    sex: s.sex,
    birthDate: s.birthDate,
    heightMm: Math.round(heightCmOf(s) * 10),
    pal: num(s.pal, "pal", "choose an activity level"),
    goal,
  };
}

const LEVELS = ["beginner", "intermediate", "advanced"] as const;

/**
 * Every answer a stored profile gives, for reopening the wizard: the body and goal fields, body
 * fat, the training answers, and the latest weight (`weightKg`, null when none is logged).
 */
export function reopenedStateOf(p: Profile, weightKg: number | null): WizardState {
  const mass = (kg: number) => String(round2(p.unitSystem === "metric" ? kg : kgToLb(kg)));
  return {
    ...wizardStateOf(p),
    weight: weightKg === null ? "" : mass(weightKg),
    bodyFatMode: p.bodyFatPct === null ? "skip" : "known",
    bodyFatPct: p.bodyFatPct === null ? "" : String(p.bodyFatPct),
    equipment: [...p.equipment],
    days: p.schedule ? [...p.schedule.days] : INITIAL_STATE.days,
    minutes: p.schedule ? String(p.schedule.minutes) : INITIAL_STATE.minutes,
    cardio: [...p.cardioPrefs],
    level: LEVELS.find((l) => l === p.fitness?.level) ?? INITIAL_STATE.level,
    pullups: String(p.fitness?.pullups ?? 0),
    canHang: p.fitness?.canHang === false ? "no" : "yes",
  };
}

/** What the wizard does not ask (the floor, exercise exclusions) is kept from the stored profile. */
export function keepUnasked(next: ProfileInput, stored: Profile | null): ProfileInput {
  return stored === null ? next : { ...next, floorKcal: stored.floorKcal, exclusions: stored.exclusions };
}

/** Which wizard step shows a field, so a server message opens the step where it can be fixed. */
export function stepOfField(field: string): number {
  if (/^(sex|birthDate|unitSystem|timezone)/.test(field)) return 0;
  if (/^(heightMm|weightKg|bodyFatPct|waistMm|neckMm|hipMm)/.test(field)) return 1;
  if (/^pal/.test(field)) return 2;
  if (/^(goal|floorKcal)/.test(field)) return 3;
  return 4;
}
