import { z } from "zod";
import type { IntervalSpecInput } from "./interval-spec.js";

/**
 * A person's own interval timer: a name, work and rest seconds, rounds, and an optional warm-up
 * and cool-down. It becomes an ordinary interval spec (interval-spec.ts), so the same timeline
 * code (interval-timeline.ts) and the same player run it as the protocol's patterns.
 */

const seconds = (what: string, min: number, max: number) =>
  z
    .int(`${what} is whole seconds`)
    .min(min, `${what} must be ${min}–${max} s`)
    .max(max, `${what} must be ${min}–${max} s`);

export const customIntervalSchema = z.strictObject({
  name: z.string().trim().min(1, "name must be 1–60 characters").max(60, "name must be 1–60 characters"),
  workSeconds: seconds("work", 5, 3600),
  /** 0 for back-to-back work (an EMOM-style block). */
  restSeconds: seconds("rest", 0, 3600),
  rounds: z.int("rounds is a whole number").min(1, "rounds must be 1–100").max(100, "rounds must be 1–100"),
  /** 0 for none. */
  warmupSeconds: seconds("warm-up", 0, 3600).default(0),
  /** 0 for none. */
  cooldownSeconds: seconds("cool-down", 0, 3600).default(0),
});
export type CustomInterval = z.output<typeof customIntervalSchema>;
export type CustomIntervalInput = z.input<typeof customIntervalSchema>;

/**
 * The interval spec of a custom timer: warm-up, `rounds` × (work, rest), cool-down. The last
 * round's rest is dropped (the block ends on work; the cool-down or the end follows), as in the
 * protocol's patterns.
 *
 * @example
 * buildTimeline(customIntervalSpec({ name: "20/10", workSeconds: 20, restSeconds: 10, rounds: 8, warmupSeconds: 0, cooldownSeconds: 0 })).totalSeconds; // → 10 + 8·20 + 7·10 = 240
 */
export function customIntervalSpec(c: CustomInterval): IntervalSpecInput {
  const steps: NonNullable<IntervalSpecInput["blocks"][number]["steps"]> = [
    { kind: "work", seconds: c.workSeconds, label: "Work", intensity: "hard" },
  ];
  if (c.restSeconds > 0)
    steps.push({ kind: "rest", seconds: c.restSeconds, label: "Rest", intensity: "rest" });
  return {
    name: c.name,
    getReadySeconds: 10,
    ...(c.warmupSeconds > 0 ? { warmup: { seconds: c.warmupSeconds, label: "Warm up easy" } } : {}),
    blocks: [{ label: c.name, rounds: c.rounds, steps, dropFinalRest: true }],
    ...(c.cooldownSeconds > 0 ? { cooldown: { seconds: c.cooldownSeconds, label: "Cool down easy" } } : {}),
  };
}

/**
 * "20 s work / 10 s rest × 8, 5 min warm-up": the one-line summary of a custom timer.
 *
 * @example
 * customIntervalSummary({ name: "x", workSeconds: 90, restSeconds: 60, rounds: 5, warmupSeconds: 300, cooldownSeconds: 0 }); // → "1:30 work / 1:00 rest × 5, 5:00 warm-up"
 */
export function customIntervalSummary(c: CustomInterval): string {
  const t = (s: number) => (s < 60 ? `${s} s` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);
  const parts = [
    `${t(c.workSeconds)} work${c.restSeconds > 0 ? ` / ${t(c.restSeconds)} rest` : ""} × ${c.rounds}`,
  ];
  if (c.warmupSeconds > 0) parts.push(`${t(c.warmupSeconds)} warm-up`);
  if (c.cooldownSeconds > 0) parts.push(`${t(c.cooldownSeconds)} cool-down`);
  return parts.join(", ");
}
