// What the comparison shows beside two photos: the trend weight and the waist on each photo's day.
import type { Photo, Pose, TrendPoint } from "./photos-api.js";

/** A waist tape reading: its day and millimetres. */
export interface WaistReading {
  readonly date: string;
  readonly waistMm: number;
}

/** Within this many days a tape reading counts as "the waist on the photo's day". */
export const WAIST_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** The trend weight on `date`: that day's point, else the last one before it; null before any. */
export function trendOn(points: readonly TrendPoint[], date: string): number | null {
  let found: number | null = null;
  for (const p of points) {
    if (p.date > date) break;
    found = p.trendKg;
  }
  return found;
}

/** The tape reading nearest `date` within WAIST_WINDOW_DAYS (the earlier one on a tie), or null. */
export function waistNear(readings: readonly WaistReading[], date: string): WaistReading | null {
  let best: WaistReading | null = null;
  let bestGap = Infinity;
  for (const r of readings) {
    const gap = Math.abs(dayNumber(r.date) - dayNumber(date));
    if (gap <= WAIST_WINDOW_DAYS && gap < bestGap) {
      best = r;
      bestGap = gap;
    }
  }
  return best;
}

/** A pose's photos, oldest first. */
export function photosOfPose(photos: readonly Photo[], pose: Pose): Photo[] {
  return photos
    .filter((p) => p.pose === pose)
    .sort((a, b) => (a.date === b.date ? a.createdAt - b.createdAt : a.date < b.date ? -1 : 1));
}

/** The pair compared first: the pose's oldest and newest photo (null with fewer than two). */
export function defaultPair(photos: readonly Photo[], pose: Pose): { before: Photo; after: Photo } | null {
  const of = photosOfPose(photos, pose);
  const before = of[0];
  const after = of.at(-1);
  return before && after && before.id !== after.id ? { before, after } : null;
}

/** The change from `before` to `after`, or null when either is unknown. */
export function change(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}
