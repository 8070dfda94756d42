import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import { catalogue } from "./catalogue.js";
import { equipmentSchema, levelSchema, modalitySchema } from "./exercise.js";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

/** Exclusions that are not exercise ids. */
export const EXCLUSION_TAGS = ["no-jumping", "no-running"] as const;

/**
 * What the generator needs to know about a person. Plans are templates: no dates, no units;
 * the start date and the person's units are applied when rendering or exporting.
 */
export const programInputSchema = z.object({
  level: levelSchema,
  /** Owned equipment; "none" is implied. */
  equipment: z.array(equipmentSchema).max(20).default([]),
  days: z
    .array(weekdaySchema)
    .min(1, "choose at least one day")
    .max(7)
    .refine((d) => new Set(d).size === d.length, "days must not repeat"),
  /** The longest a session may take; the protocol's cardio needs 30 min. */
  minutes: z.int().min(30, "sessions must be 30–180 minutes").max(180, "sessions must be 30–180 minutes"),
  /** Preferred cardio modalities; empty means "any I can do". */
  cardio: z.array(modalitySchema).max(12).default([]),
  /** "no-jumping", "no-running" or catalogue exercise ids. */
  exclude: z.array(z.string().min(1)).max(100).default([]),
  weeks: z.int().min(1, "weeks must be 1–52").max(52, "weeks must be 1–52"),
  /** How many strict pull-ups the person can do now (the ladder's onboarding question). */
  pullups: z.int().min(0).max(100).optional(),
  /** Can the person hang from a bar for 20 s? Defaults to yes when they can do a pull-up. */
  canHang: z.boolean().optional(),
  /** How many full push-ups the person can do now. */
  pushups: z.int().min(0).max(200).optional(),
  /** Body weight (kg) and sex calibrate starting loads (starting-load.ts); absent: the protocol's own. */
  bodyWeightKg: z.number().min(30).max(300).optional(),
  sex: z.enum(["female", "male"]).optional(),
  seed: z.string().min(1).max(100).default("leanback"),
});
export type ProgramInput = z.output<typeof programInputSchema>;
export type ProgramInputRaw = z.input<typeof programInputSchema>;

/**
 * Validates generator input; throws InvalidInputError naming the field (camelCase) and the rule.
 *
 * @example
 * parseProgramInput({ level: "beginner", days: ["mon", "thu"], minutes: 45, weeks: 4 }).seed; // → "leanback"
 */
export function parseProgramInput(raw: unknown): ProgramInput {
  const r = programInputSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = String(issue?.path[0] ?? "program");
    throw new InvalidInputError(field, issue?.message ?? "invalid program input");
  }
  const cat = catalogue();
  for (const x of r.data.exclude) {
    if (!(EXCLUSION_TAGS as readonly string[]).includes(x) && !cat.has(x)) {
      throw new InvalidInputError(
        "exclude",
        `"${x}" is neither ${EXCLUSION_TAGS.join(", ")} nor an exercise id`,
      );
    }
  }
  return r.data;
}
