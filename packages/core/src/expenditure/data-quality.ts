// How much an adaptive estimate can be trusted, by stated rules (leanback's own; the thresholds
// follow SCIENCE.md §3: a 3–4 week window, a formula prior until ≥ 14 days of data).

export type Confidence = "low" | "medium" | "high";

export interface DataQuality {
  /** Calendar days in the window. */
  readonly windowDays: number;
  /** Days in the window with at least one weigh-in. */
  readonly weighInDays: number;
  /** Days marked complete that carry an intake: the days the intake mean rests on. */
  readonly completeDays: number;
  /** Days with intake logged but not marked complete: ignored for intake. */
  readonly incompleteDays: number;
  /** Days with no intake logged at all. */
  readonly missingIntakeDays: number;
  /** Days in the window without a weigh-in (their weight is interpolated). */
  readonly weightGapDays: number;
  /** Longest run of consecutive days without a weigh-in inside the window. */
  readonly longestWeightGapDays: number;
  /** Mean complete-day intake in the 14 days before the window differs by ≥ 300 kcal/d. */
  readonly recentIntakeChange: boolean;
  /** Share (0–1) of the estimate taken from the formula prior. */
  readonly priorWeight: number;
}

/** The rules, in words, as shown to people and in the README. */
export const CONFIDENCE_RULES =
  "high: ≥ 21 complete days, weigh-ins on at least half the days, no weigh-in gap over 4 days, no " +
  "formula blending; medium: ≥ 14 complete days, ≥ 8 weigh-in days, no gap over 7 days; otherwise " +
  "low. A change of ≥ 300 kcal/d in intake just before the window (water and glycogen shift) " +
  "lowers the level by one.";

/**
 * Grades a window by CONFIDENCE_RULES.
 *
 * @example
 * confidenceOf({ windowDays: 28, weighInDays: 26, completeDays: 25, incompleteDays: 3,
 *   missingIntakeDays: 0, weightGapDays: 2, longestWeightGapDays: 1, recentIntakeChange: false,
 *   priorWeight: 0 }); // → "high"
 */
export function confidenceOf(q: DataQuality): Confidence {
  let level: Confidence = "low";
  if (
    q.completeDays >= 21 &&
    q.weighInDays * 2 >= q.windowDays &&
    q.longestWeightGapDays <= 4 &&
    q.priorWeight === 0
  )
    level = "high";
  else if (q.completeDays >= 14 && q.weighInDays >= 8 && q.longestWeightGapDays <= 7) level = "medium";
  if (q.recentIntakeChange) level = level === "high" ? "medium" : "low";
  return level;
}
