const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * An estimate with its 80 % interval as people read it: "2,350 kcal/d (2,230–2,470)", or the
 * estimate alone when there is no interval.
 *
 * @example
 * kcalRange(2350, 2230, 2470); // → "2,350 kcal/d (2,230–2,470)"
 */
export function kcalRange(kcal: number, low: number | undefined, high: number | undefined): string {
  if (low === undefined || high === undefined) return `${fmt(kcal)} kcal/d`;
  return `${fmt(kcal)} kcal/d (${fmt(low)}–${fmt(high)})`;
}
