/** Where the day's calories stand against the target. */
export interface CalorieStatus {
  readonly kind: "left" | "on" | "over";
  /** Whole kcal left (kind "left") or over (kind "over"); 0 when on target. */
  readonly kcal: number;
  /** What the diary says: "320 kcal left", "On target", "Over by 150 kcal". */
  readonly text: string;
}

/**
 * The calorie state of a day: over the target, exactly on it (to the whole kcal), or some left.
 * Said in words, so it is never carried by colour alone.
 *
 * @example
 * calorieStatus(2250, 2100); // → { kind: "over", kcal: 150, text: "Over by 150 kcal" }
 */
export function calorieStatus(eatenKcal: number, targetKcal: number): CalorieStatus {
  const diff = Math.round(eatenKcal) - Math.round(targetKcal);
  if (diff > 0) return { kind: "over", kcal: diff, text: `Over by ${diff.toLocaleString("en")} kcal` };
  if (diff === 0) return { kind: "on", kcal: 0, text: "On target" };
  return { kind: "left", kcal: -diff, text: `${(-diff).toLocaleString("en")} kcal left` };
}
