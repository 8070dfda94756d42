import { z } from "zod";

/**
 * The input of an interval timeline (interval-timeline.ts): a warm-up, blocks of repeated
 * rounds, and a cool-down. A round is a list of steps (work, rest, or a strength set); a block
 * repeats its round `rounds` times with an optional rest between rounds. Everything is seconds.
 */

/** How hard a step is meant to be; drives the voice and colour, never the timing. */
export const intensitySchema = z.enum(["max", "hard", "medium", "easy", "rest"]);
export type Intensity = z.infer<typeof intensitySchema>;

export const intervalStepSchema = z.object({
  /** work: effort for a fixed time; rest: recovery; set: one strength set (its estimated time). */
  kind: z.enum(["work", "rest", "set"]),
  seconds: z.number().int().min(1).max(3600),
  label: z.string().min(1).max(80),
  intensity: intensitySchema.optional(),
  /** What the voice says when the step starts; a default is derived from the label otherwise. */
  voice: z.string().max(200).optional(),
});
export type IntervalStep = z.infer<typeof intervalStepSchema>;

export const intervalBlockSchema = z.object({
  label: z.string().min(1).max(80),
  /** How a repetition of the round is called: "round" for intervals, "set" for strength. */
  unit: z.enum(["round", "set"]).default("round"),
  rounds: z.number().int().min(1).max(3600),
  steps: z.array(intervalStepSchema).min(1).max(50),
  /** Rest inserted between rounds (not after the last one); 0 for none. */
  restBetweenRoundsSeconds: z.number().int().min(0).max(1800).default(0),
  /**
   * Drop a trailing rest step in the last round (Tabata ends on the last 20 s of work, not on
   * a rest). Defaults to true.
   */
  dropFinalRest: z.boolean().default(true),
  /** Rest after this block before the next one; 0 for none. */
  restAfterSeconds: z.number().int().min(0).max(1800).default(0),
});
export type IntervalBlock = z.infer<typeof intervalBlockSchema>;
export type IntervalBlockInput = z.input<typeof intervalBlockSchema>;

export const intervalSpecSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id must be kebab-case")
    .optional(),
  name: z.string().min(1).max(120),
  /** Countdown before anything starts, so the phone can be put down. */
  getReadySeconds: z.number().int().min(0).max(120).default(10),
  warmup: z
    .object({ seconds: z.number().int().min(1).max(3600), label: z.string().min(1).max(80) })
    .optional(),
  blocks: z.array(intervalBlockSchema).min(1).max(50),
  cooldown: z
    .object({ seconds: z.number().int().min(1).max(3600), label: z.string().min(1).max(80) })
    .optional(),
});
/** A validated spec (defaults filled in). */
export type IntervalSpec = z.infer<typeof intervalSpecSchema>;
/** What callers may write (defaults optional). */
export type IntervalSpecInput = z.input<typeof intervalSpecSchema>;
