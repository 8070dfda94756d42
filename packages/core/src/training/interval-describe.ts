import type { IntervalSpecInput } from "./interval-spec.js";
import { buildTimeline } from "./interval-timeline.js";

/**
 * Words for an interval spec, generated from the spec itself so a description can never
 * disagree with the timer that runs it.
 */

/**
 * A short duration as people write it: 30 → "30 s", 120 → "2 min", 90 → "1 min 30 s".
 *
 * @example
 * shortDuration(90); // → "1 min 30 s"
 */
export function shortDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** Whole minutes a timeline takes, rounded up (what a plan states). */
export function specMinutes(spec: IntervalSpecInput): number {
  return Math.ceil(buildTimeline(spec).totalSeconds / 60);
}

/**
 * Describes a spec: its blocks ("30 s all out / 90 s low and easy × 6"), the warm-up and
 * cool-down, and the minutes in all (get-ready countdown included).
 *
 * @example
 * describeSpec(intervalPattern("tabata").spec);
 * // → "20 s all out / 10 s rest × 8; 5 min easy pace before, 5 min easy pace, then stretch after; 14 min in all"
 */
export function describeSpec(spec: IntervalSpecInput): string {
  const blocks = spec.blocks.map((b) => {
    const steps = b.steps.map((s) => `${shortDuration(s.seconds)} ${s.label.toLowerCase()}`).join(" / ");
    const rounds = b.rounds > 1 ? ` × ${b.rounds}` : "";
    const rest =
      (b.restBetweenRoundsSeconds ?? 0) > 0 && b.rounds > 1
        ? `, ${shortDuration(b.restBetweenRoundsSeconds ?? 0)} rest between rounds`
        : "";
    return `${steps}${rounds}${rest}`;
  });
  const parts = [blocks.join("; then ")];
  const around = [
    spec.warmup ? `${shortDuration(spec.warmup.seconds)} ${spec.warmup.label.toLowerCase()} before` : "",
    spec.cooldown ? `${shortDuration(spec.cooldown.seconds)} ${spec.cooldown.label.toLowerCase()} after` : "",
  ].filter((x) => x !== "");
  if (around.length > 0) parts.push(around.join(", "));
  parts.push(`${specMinutes(spec)} min in all`);
  return parts.join("; ");
}
