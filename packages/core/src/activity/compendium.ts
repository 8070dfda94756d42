import { InvalidInputError } from "../errors.js";

// MET values from the 2024 Adult Compendium of Physical Activities (Herrmann SD et al., J Sport
// Health Sci 2024;13:6–12, PMC10818145), the subset leanback's protocol uses.

/** How the protocol uses an activity: steady cardio, intervals, strength or mobility work. */
export type ActivityKind = "cardio" | "interval" | "strength" | "mobility";

export interface CompendiumActivity {
  /** Five-digit Compendium code, kept as text ("01200" has a leading zero). */
  readonly code: string;
  readonly name: string;
  readonly met: number;
  readonly kind: ActivityKind;
}

/** The activities leanback offers, keyed by Compendium code (Herrmann 2024). */
export const COMPENDIUM: Readonly<Record<string, CompendiumActivity>> = Object.fromEntries(
  (
    [
      ["02071", "Rowing machine, moderate effort", 5.0, "cardio"],
      ["02070", "Rowing machine, vigorous effort", 7.3, "cardio"],
      ["15110", "Boxing, punching bag", 5.8, "cardio"],
      ["15120", "Boxing, sparring", 7.8, "cardio"],
      ["18310", "Swimming, leisurely", 6.0, "cardio"],
      ["18240", "Swimming laps, freestyle, slow", 5.8, "cardio"],
      ["18230", "Swimming laps, freestyle, fast", 9.8, "cardio"],
      ["12030", "Running, 5 mph (12 min/mile)", 8.5, "cardio"],
      ["12050", "Running, 6 mph (10 min/mile)", 9.3, "cardio"],
      ["12020", "Jogging, general", 7.5, "cardio"],
      ["01200", "Stationary cycling, general", 6.8, "cardio"],
      ["01236", "Stationary cycling, vigorous", 10.8, "cardio"],
      ["01030", "Cycling outdoors, 12–13.9 mph", 8.0, "cardio"],
      ["17131", "Stair climbing, general", 6.8, "cardio"],
      ["02065", "Stair treadmill", 9.3, "cardio"],
      ["02020", "Battle ropes (calisthenics, vigorous)", 7.5, "interval"],
      ["02068", "Jump rope, general", 11.0, "cardio"],
      ["02035", "Circuit training, moderate", 5.0, "strength"],
      ["02040", "Circuit training, vigorous", 7.5, "strength"],
      ["02054", "Resistance training, 8–15 reps", 3.5, "strength"],
      ["02050", "Resistance training, vigorous", 6.0, "strength"],
      ["02105", "Pilates, general", 2.8, "mobility"],
      ["02175", "Yoga, general", 2.3, "mobility"],
      ["17200", "Walking, 3.5–3.9 mph", 4.8, "cardio"],
      ["02210", "High-intensity interval training, moderate", 7.0, "interval"],
      ["02214", "High-intensity interval training, vigorous", 11.0, "interval"],
      ["02048", "Elliptical trainer, moderate", 5.0, "cardio"],
      ["02049", "Elliptical trainer, vigorous", 9.0, "cardio"],
    ] as const
  ).map(([code, name, met, kind]) => [code, { code, name, met, kind }]),
);

/**
 * Looks up a Compendium activity by code; throws for a code leanback does not carry.
 *
 * @example
 * activityByCode("02071").met; // → 5
 */
export function activityByCode(code: string): CompendiumActivity {
  const a = Object.hasOwn(COMPENDIUM, code) ? COMPENDIUM[code] : undefined;
  if (!a)
    throw new InvalidInputError(
      "activityCode",
      `activity code must be one of ${Object.keys(COMPENDIUM).join(", ")}`,
    );
  return a;
}
