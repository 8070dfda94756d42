import { z } from "zod";
import { equipmentSchema, levelSchema, modalitySchema } from "@leanback/core/training/exercise";
import { isoDate, isTimeZone } from "../shared/dates.js";

/** Monday-first weekday names, as the program generator spells them. */
export const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const lossRateSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("pctPerWeek"),
    value: z
      .number()
      .min(0.1, "rate must be 0.1–1 % of body weight a week")
      .max(1, "rate must be 0.1–1 % of body weight a week"),
  }),
  z.strictObject({
    kind: z.literal("kgPerWeek"),
    value: z.number().min(0.05, "rate must be 0.05–2 kg a week").max(2, "rate must be 0.05–2 kg a week"),
  }),
]);

/** The person's goal: a weight, and either a date or a weekly rate (or neither: default rate). */
export const goalSchema = z.strictObject({
  weightKg: z.number().min(30, "goal must be 30–300 kg").max(300, "goal must be 30–300 kg"),
  date: isoDate.optional(),
  rate: lossRateSchema.optional(),
});

export const scheduleSchema = z.strictObject({
  days: z
    .array(z.enum(WEEKDAY_NAMES))
    .min(1, "choose at least one day")
    .max(7)
    .refine((d) => new Set(d).size === d.length, "days must not repeat"),
  minutes: z.int().min(30, "sessions must be 30–180 minutes").max(180, "sessions must be 30–180 minutes"),
});

/** Onboarding answers that place the person on the exercise ladders (docs/protocol.md §1). */
export const fitnessSchema = z.strictObject({
  level: levelSchema,
  pullups: z.int().min(0).max(100).optional(),
  canHang: z.boolean().optional(),
  pushups: z.int().min(0).max(200).optional(),
});

/** PUT body: the whole profile in canonical units (mm, kg, kcal). */
export const profileInputSchema = z.strictObject({
  sex: z.enum(["female", "male"], { error: "sex must be female or male" }),
  birthDate: isoDate,
  heightMm: z
    .int("height must be whole millimetres")
    .min(1000, "height must be 1000–2500 mm")
    .max(2500, "height must be 1000–2500 mm"),
  unitSystem: z.enum(["metric", "imperial"]).default("metric"),
  timezone: z
    .string()
    .max(64)
    .refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin")
    .default("UTC"),
  pal: z.number().min(1.4, "PAL must be 1.4–2.4").max(2.4, "PAL must be 1.4–2.4").nullable().default(null),
  floorKcal: z.int().min(1200, "floor must be at least 1200 kcal/d").max(4000).nullable().default(null),
  bodyFatPct: z
    .number()
    .min(3, "body fat must be 3–60 %")
    .max(60, "body fat must be 3–60 %")
    .nullable()
    .default(null),
  goal: goalSchema.nullable().default(null),
  equipment: z.array(equipmentSchema).max(20).default([]),
  schedule: scheduleSchema.nullable().default(null),
  cardioPrefs: z.array(modalitySchema).max(12).default([]),
  exclusions: z.array(z.string().min(1).max(80)).max(100).default([]),
  fitness: fitnessSchema.nullable().default(null),
});
export type ProfileInput = z.output<typeof profileInputSchema>;

/** A stored profile as the API returns it. */
export const profileSchema = profileInputSchema.extend({
  userId: z.string(),
  /** Whole years on today's date in the profile's time zone. */
  ageYears: z.int(),
  updatedAt: z.int(),
});
export type ProfileView = z.output<typeof profileSchema>;
