import type { DailyLog } from "./daily-log.js";
import type { Confidence, DataQuality } from "./data-quality.js";

// Data quality of a window and confidence by the width of the 80 % interval (docs/adr/0012;
// the thresholds are leanback's: ±200 kcal/d is under 0.2 kg of fat a week either way).

/** Half-widths of the 80 % interval, kcal/d, at or under which confidence is high / medium. */
export const CONFIDENCE_HALF_WIDTH = { high: 200, medium: 350 } as const;

/** The rule, in words, as shown to people. */
export const INTERVAL_CONFIDENCE_RULES =
  `high: the 80 % interval is within ±${CONFIDENCE_HALF_WIDTH.high} kcal/d; medium: within ` +
  `±${CONFIDENCE_HALF_WIDTH.medium} kcal/d; otherwise low. More weigh-ins and complete diary days narrow it.`;

/**
 * Confidence from the half-width of an 80 % interval.
 *
 * @example
 * confidenceOfHalfWidth(120); // → "high"
 */
export function confidenceOfHalfWidth(halfWidthKcal: number): Confidence {
  if (halfWidthKcal <= CONFIDENCE_HALF_WIDTH.high) return "high";
  if (halfWidthKcal <= CONFIDENCE_HALF_WIDTH.medium) return "medium";
  return "low";
}

const INTAKE_CHANGE_KCAL = 300;

/**
 * Counts of a window's data (see DataQuality).
 *
 * @example
 * describeQuality([{ date: "2025-01-01", day: 20089, weightKg: 80 }], 20089, 20089, undefined, 1)
 *   .weighInDays; // → 1
 */
export function describeQuality(
  rows: readonly (DailyLog & { day: number })[],
  fromDay: number,
  toDay: number,
  meanIntake: number | undefined,
  priorWeight: number,
): DataQuality {
  const inWindow = rows.filter((r) => r.day >= fromDay && r.day <= toDay);
  const weighed = new Set(inWindow.filter((r) => r.weightKg !== undefined).map((r) => r.day));
  const intake = new Map<number, boolean>();
  for (const r of inWindow)
    if (r.intakeKcal !== undefined) intake.set(r.day, (intake.get(r.day) ?? true) && r.complete === true);
  const windowDays = toDay - fromDay + 1;
  let longest = 0;
  let run = 0;
  for (let d = fromDay; d <= toDay; d++) {
    run = weighed.has(d) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  const before = rows.filter(
    (r) => r.day >= fromDay - 14 && r.day < fromDay && r.complete === true && r.intakeKcal !== undefined,
  );
  const beforeMean =
    before.length >= 5 ? before.reduce((s, r) => s + (r.intakeKcal ?? 0), 0) / before.length : undefined;
  return {
    windowDays,
    weighInDays: weighed.size,
    completeDays: [...intake.values()].filter((c) => c).length,
    incompleteDays: [...intake.values()].filter((c) => !c).length,
    missingIntakeDays: windowDays - intake.size,
    weightGapDays: windowDays - weighed.size,
    longestWeightGapDays: longest,
    recentIntakeChange:
      meanIntake !== undefined &&
      beforeMean !== undefined &&
      Math.abs(beforeMean - meanIntake) >= INTAKE_CHANGE_KCAL,
    priorWeight,
  };
}
