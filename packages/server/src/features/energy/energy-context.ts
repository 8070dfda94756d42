import type { HallPerson } from "@leanback/core/energy/hall-model";
import { maintenanceKcal } from "@leanback/core/energy/pal";
import { mifflinStJeor } from "@leanback/core/energy/rmr";
import type { DailyLog } from "@leanback/core/expenditure/daily-log";
import { calorieFloor } from "@leanback/core/targets/floor";
import { trendWeights } from "@leanback/core/trend/trend-weight";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { listMeasurements } from "../measurements/measurements.js";
import { requireProfile } from "../profile/profile.js";
import type { ProfileView } from "../profile/profile-schema.js";
import { addDays, localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError } from "../shared/errors.js";
import { intakeDays, type IntakeDay } from "./intake-log.js";

/** NIH Body Weight Planner's default PAL (Hall 2011), used when the profile has none. */
export const DEFAULT_PAL = 1.6;
/** Intake days read before the estimation window (core checks a recent intake change there). */
const LOOKBACK_DAYS = 14;
export const WINDOW_DAYS = 28;

/** Everything the energy use cases compute from, loaded once. */
export interface EnergyContext {
  readonly today: string;
  readonly profile: ProfileView;
  /** Latest trend weight (Hacker's Diet smoothing over the whole history). */
  readonly weightKg: number;
  readonly weightDate: string;
  readonly pal: number;
  readonly palSource: "profile" | "default";
  readonly bodyFatPct: number | undefined;
  readonly bodyFatSource: "profile" | "navy" | "none";
  readonly person: HallPerson;
  readonly rmrKcal: number;
  /** Formula prior: PAL × Mifflin–St Jeor RMR (FAO/WHO/UNU 2004 factorial method). */
  readonly formulaKcal: number;
  readonly floorKcal: number;
  /** Weigh-ins of the whole history and diary days of the window (+14 days before it). */
  readonly log: readonly DailyLog[];
  readonly intake: readonly IntakeDay[];
  readonly windowFrom: string;
  readonly windowTo: string;
}

/**
 * Loads profile, weigh-ins, tape estimates and diary totals. Without a profile: 404; without a
 * weigh-in: 409 (nothing to compute from — never a made-up weight).
 */
export async function loadEnergyContext(deps: UseCaseDeps, userId: string): Promise<EnergyContext> {
  const profile = await requireProfile(deps, userId);
  const today = localDate(deps.now(), profile.timezone);
  const weighIns = await listWeighIns(deps.db, userId, { to: today });
  if (weighIns.length === 0) throw new ConflictError("log a weigh-in first: targets start from your weight");
  const trend = trendWeights(weighIns);
  const latest = trend[trend.length - 1];
  if (latest === undefined) throw new ConflictError("log a weigh-in first: targets start from your weight");

  let bodyFatPct: number | undefined = profile.bodyFatPct ?? undefined;
  let bodyFatSource: EnergyContext["bodyFatSource"] = bodyFatPct === undefined ? "none" : "profile";
  if (bodyFatPct === undefined) {
    const navy = (await listMeasurements(deps, userId, { to: today })).filter((m) => m.navy !== null).at(-1);
    if (navy?.navy) {
      bodyFatPct = navy.navy.bodyFatPct;
      bodyFatSource = "navy";
    }
  }
  const pal = profile.pal ?? DEFAULT_PAL;
  const person: HallPerson = {
    sex: profile.sex,
    ageYears: profile.ageYears,
    heightCm: profile.heightMm / 10,
    weightKg: latest.trendKg,
    pal,
    ...(bodyFatPct !== undefined ? { bodyFatPct } : {}),
  };
  const rmrKcal = mifflinStJeor(person);
  // The window ends yesterday: today's diary is still being filled in.
  const windowTo = addDays(today, -1);
  const windowFrom = addDays(windowTo, -(WINDOW_DAYS - 1));
  const intake = await intakeDays(deps, userId, addDays(windowFrom, -LOOKBACK_DAYS), windowTo);
  const byDate = new Map<string, DailyLog>();
  for (const w of weighIns) byDate.set(w.date, { date: w.date, weightKg: w.weightKg });
  for (const d of intake) {
    byDate.set(d.date, {
      ...byDate.get(d.date),
      date: d.date,
      intakeKcal: d.intakeKcal,
      complete: d.complete,
    });
  }
  return {
    today,
    profile,
    weightKg: latest.trendKg,
    weightDate: latest.date,
    pal,
    palSource: profile.pal === null ? "default" : "profile",
    bodyFatPct,
    bodyFatSource,
    person,
    rmrKcal,
    formulaKcal: maintenanceKcal(pal, rmrKcal),
    floorKcal: calorieFloor(profile.sex, profile.floorKcal ?? undefined),
    log: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    intake,
    windowFrom,
    windowTo,
  };
}
