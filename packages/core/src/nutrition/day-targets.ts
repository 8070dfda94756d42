/** One day's change made by a treat: + on the treat day, − on the days that make room for it. */
export interface TreatAdjustment {
  readonly date: string;
  readonly changeKcal: number;
}

/** A stored treat, with the day-by-day changes it made when it was planned. */
export interface StoredTreat {
  readonly date: string;
  readonly kcal: number;
  readonly adjustments: readonly TreatAdjustment[];
}

export interface AcceptedDayTargets {
  readonly targetKcal: number;
  readonly floorKcal: number;
}

/**
 * A day's targets: the accepted targets with the changes of the week's treats applied. The
 * changes were fixed when each treat was planned (so past and completed days never move); a
 * lowered day never goes below the floor, even if the accepted target has since come down.
 *
 * @example
 * targetsForDay({ targetKcal: 1800, floorKcal: 1300 },
 *   [{ date: "2026-11-21", kcal: 600, adjustments: [{ date: "2026-11-21", changeKcal: 600 },
 *     { date: "2026-11-20", changeKcal: -300 }, { date: "2026-11-22", changeKcal: -300 }] }],
 *   "2026-11-20").targetKcal; // → 1500
 */
export function targetsForDay<T extends AcceptedDayTargets>(
  accepted: T,
  treats: readonly StoredTreat[],
  date: string,
): T & { readonly baseTargetKcal: number; readonly treatChangeKcal: number } {
  const change = treats
    .flatMap((t) => t.adjustments)
    .filter((a) => a.date === date)
    .reduce((s, a) => s + a.changeKcal, 0);
  const raw = accepted.targetKcal + change;
  const targetKcal = change < 0 ? Math.max(accepted.floorKcal, raw) : raw;
  return {
    ...accepted,
    baseTargetKcal: accepted.targetKcal,
    targetKcal,
    treatChangeKcal: targetKcal - accepted.targetKcal,
  };
}
