import { z } from "zod";

/**
 * What a plan asks for one exercise in one session: sets, a rep range or a duration, a load,
 * rest and tempo. Plans are templates in canonical units (kg, seconds); the user's unit and
 * the equipment's plate/dumbbell step are applied only when rendering (see load-steps.ts).
 */

/** Equipment that decides how a load can be changed (its step). */
export const loadEquipmentSchema = z.enum([
  "dumbbell",
  "barbell",
  "kettlebell",
  "machine",
  "cable",
  "assisted-machine",
  "weight-belt",
]);
export type LoadEquipment = z.infer<typeof loadEquipmentSchema>;

/**
 * How the resistance is expressed.
 * - bodyweight: no load number (push-up, chin-up, band-assisted pull-up).
 * - external: a held or machine load in kg.
 * - assisted: assistance in kg that is subtracted from body weight (assisted pull-up machine);
 *   LESS assistance is progress.
 * - added: load added to body weight in kg (weighted pull-up on a belt).
 */
export const loadSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("bodyweight") }),
  z.object({
    kind: z.literal("external"),
    kg: z.number().min(0).max(500),
    equipment: loadEquipmentSchema,
  }),
  z.object({ kind: z.literal("assisted"), assistKg: z.number().min(0).max(200) }),
  z.object({ kind: z.literal("added"), kg: z.number().min(0).max(200) }),
]);
export type Load = z.infer<typeof loadSchema>;
export type LoadKind = Load["kind"];

/** Seconds for each phase of one repetition: lowering, pause at the bottom, lifting, pause at the top. */
export const tempoSchema = z.object({
  eccentric: z.number().int().min(0).max(10),
  pauseBottom: z.number().int().min(0).max(10),
  concentric: z.number().int().min(0).max(10),
  pauseTop: z.number().int().min(0).max(10),
});
export type Tempo = z.infer<typeof tempoSchema>;

export const repRangeSchema = z
  .object({ min: z.number().int().min(1).max(50), max: z.number().int().min(1).max(50) })
  .refine((r) => r.min <= r.max, { message: "rep range min must not exceed max" });
export type RepRange = z.infer<typeof repRangeSchema>;

/** Either a rep range per set or a hold/work duration per set. */
export const dosageSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("reps"),
    sets: z.number().int().min(1).max(10),
    reps: repRangeSchema,
    /** Reps are counted per side (one-arm row, donkey kick). */
    perSide: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal("duration"),
    sets: z.number().int().min(1).max(10),
    seconds: z.number().int().min(5).max(3600),
    perSide: z.boolean().default(false),
  }),
]);
export type Dosage = z.infer<typeof dosageSchema>;

export const prescriptionSchema = z.object({
  exerciseId: z.string().min(1),
  dosage: dosageSchema,
  load: loadSchema,
  /** Rest between sets, seconds. */
  restSeconds: z.number().int().min(0).max(600),
  tempo: tempoSchema.optional(),
  note: z.string().max(500).optional(),
});
export type Prescription = z.infer<typeof prescriptionSchema>;

/**
 * Formats a tempo the usual way, lowering-pause-lifting-pause.
 *
 * @example
 * formatTempo({ eccentric: 3, pauseBottom: 0, concentric: 1, pauseTop: 1 }); // → "3-0-1-1"
 */
export function formatTempo(t: Tempo): string {
  return `${t.eccentric}-${t.pauseBottom}-${t.concentric}-${t.pauseTop}`;
}

/**
 * Seconds one set takes to perform, for timers: duration sets take their duration; rep sets
 * take reps × tempo (default 3 s a rep when no tempo is given, a plain controlled pace).
 *
 * @example
 * setSeconds({ kind: "reps", sets: 3, reps: { min: 10, max: 12 }, perSide: false }); // → 36
 */
export function setSeconds(dosage: Dosage, tempo?: Tempo): number {
  const sides = dosage.perSide ? 2 : 1;
  if (dosage.kind === "duration") return dosage.seconds * sides;
  const perRep = tempo ? tempo.eccentric + tempo.pauseBottom + tempo.concentric + tempo.pauseTop : 3;
  return Math.max(1, perRep) * dosage.reps.max * sides;
}
