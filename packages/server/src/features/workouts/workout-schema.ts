import { z } from "zod";
import { catalogue } from "@leanback/core/training/catalogue";
import { isCustomExerciseId } from "@leanback/core/training/exercise-match";
import { modalitySchema } from "@leanback/core/training/exercise";
import { isoDate } from "../shared/dates.js";
import { clientIdSchema } from "../shared/schemas.js";

const exerciseId = z
  .string()
  .min(1)
  .max(100)
  .refine(
    (id) => catalogue().has(id) || isCustomExerciseId(id),
    "must be an exercise id from the catalogue, or custom:<name> for an exercise it lacks",
  );

/**
 * One performed set in canonical units. loadType says how loadKg reads: external = the load
 * held; bodyweight with loadKg = load added on a belt; assisted = assistanceKg taken off.
 */
export const setInputSchema = z
  .strictObject({
    exerciseId,
    reps: z.int().min(0, "reps must be 0–500").max(500, "reps must be 0–500").nullable().optional(),
    loadKg: z
      .number()
      .min(0, "load must be 0–500 kg")
      .max(500, "load must be 0–500 kg")
      .nullable()
      .optional(),
    loadType: z.enum(["external", "bodyweight", "assisted", "band", "none"]),
    assistanceKg: z.number().min(0).max(200, "assistance must be 0–200 kg").nullable().optional(),
    rpe: z
      .number()
      .min(1, "RPE must be 1–10")
      .max(10, "RPE must be 1–10")
      .multipleOf(0.5)
      .nullable()
      .optional(),
    durationS: z.int().min(1).max(3600, "a timed set lasts 1–3600 s").nullable().optional(),
  })
  .refine((s) => s.loadType !== "external" || (s.loadKg ?? null) !== null, {
    message: "an external load needs loadKg",
    path: ["loadKg"],
  })
  .refine((s) => s.loadType !== "assisted" || (s.assistanceKg ?? null) !== null, {
    message: "an assisted set needs assistanceKg",
    path: ["assistanceKg"],
  })
  .refine((s) => (s.reps ?? null) !== null || (s.durationS ?? null) !== null, {
    message: "a set needs reps or durationS",
    path: ["reps"],
  });

export const cardioInputSchema = z.strictObject({
  modality: modalitySchema,
  durationS: z.int().min(60, "cardio lasts 60 s–24 h").max(86_400, "cardio lasts 60 s–24 h"),
  distanceM: z.number().min(0).max(500_000).nullable().optional(),
  avgHr: z
    .int()
    .min(30, "heart rate must be 30–230")
    .max(230, "heart rate must be 30–230")
    .nullable()
    .optional(),
  /** 2024 Adult Compendium code, five digits (Herrmann 2024 Compendium). */
  metCode: z
    .string()
    .regex(/^\d{5}$/, "metCode is a five-digit Compendium code")
    .nullable()
    .optional(),
});

const epochMs = z
  .int()
  .min(0)
  .max(2 ** 48);

const workoutFields = {
  date: isoDate,
  title: z
    .string()
    .trim()
    .min(1, "title must be 1–120 characters")
    .max(120, "title must be 1–120 characters"),
  /** Id of the planned session this carried out (from the plan's agenda), if any. */
  plannedRef: z.string().max(100).nullable().optional(),
  startedAt: epochMs.nullable().optional(),
  finishedAt: epochMs.nullable().optional(),
  notes: z.string().max(2000, "notes must be at most 2000 characters").nullable().optional(),
  sets: z.array(setInputSchema).max(200).default([]),
  cardio: z.array(cardioInputSchema).max(20).default([]),
};

const checks = <
  T extends { sets: unknown[]; cardio: unknown[]; startedAt?: number | null; finishedAt?: number | null },
>(
  s: z.ZodType<T>,
) =>
  s
    .refine((w) => w.sets.length + w.cardio.length > 0, {
      message: "log at least one set or cardio bout",
      path: ["sets"],
    })
    .refine((w) => w.startedAt == null || w.finishedAt == null || w.finishedAt >= w.startedAt, {
      message: "finishedAt must not be before startedAt",
      path: ["finishedAt"],
    });

export const workoutInputSchema = checks(
  z.strictObject({ ...workoutFields, clientId: clientIdSchema.optional() }),
);
/** PUT body: the whole workout again (sets and cardio are replaced). */
export const workoutReplaceSchema = checks(z.strictObject(workoutFields));
export type WorkoutInputBody = z.output<typeof workoutInputSchema>;
/**
 * PATCH body: any of the fields; those sent replace the stored ones (sets and cardio as whole
 * lists). The merged workout is checked as a PUT body.
 */
export const workoutPatchSchema = z
  .strictObject({
    date: workoutFields.date.optional(),
    title: workoutFields.title.optional(),
    plannedRef: workoutFields.plannedRef,
    startedAt: workoutFields.startedAt,
    finishedAt: workoutFields.finishedAt,
    notes: workoutFields.notes,
    sets: z.array(setInputSchema).max(200).optional(),
    cardio: z.array(cardioInputSchema).max(20).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change", path: [] });

export const workoutSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  title: z.string(),
  plannedRef: z.string().nullable(),
  startedAt: z.number().nullable(),
  finishedAt: z.number().nullable(),
  notes: z.string().nullable(),
  clientId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  sets: z.array(
    z.strictObject({
      exerciseId: z.string(),
      setIndex: z.int(),
      reps: z.number().nullable(),
      loadKg: z.number().nullable(),
      loadType: z.enum(["external", "bodyweight", "assisted", "band", "none"]),
      assistanceKg: z.number().nullable(),
      rpe: z.number().nullable(),
      durationS: z.number().nullable(),
    }),
  ),
  cardio: z.array(
    z.strictObject({
      modality: z.string(),
      durationS: z.number(),
      distanceM: z.number().nullable(),
      avgHr: z.number().nullable(),
      metCode: z.string().nullable(),
    }),
  ),
});
export type WorkoutView = z.output<typeof workoutSchema>;

export const recordSchema = z.strictObject({
  exerciseId: z.string(),
  kind: z.enum(["e1rm", "max-reps", "min-assist"]),
  date: z.string(),
  workoutId: z.string(),
  /** e1rm: estimated one-repetition maximum (Epley 1985) of the effective load. */
  kg: z.number().nullable(),
  reps: z.number().nullable(),
  assistKg: z.number().nullable(),
});
export type RecordView = z.output<typeof recordSchema>;
