import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import { loadSchema, prescriptionSchema, type Load } from "./prescription.js";
import type { LoggedSet, SessionResult } from "./progression.js";

/**
 * The workout log: what was planned and what was actually performed. Loads are stored as
 * entered (assistance stays assistance, added load stays added) and turned into an effective
 * load only for volume and records, so a changed body weight never rewrites history.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");
const id = z.string().min(1).max(100);

export const performedSetSchema = z.object({
  reps: z.number().int().min(0).max(500),
  load: loadSchema,
  /** Rating of perceived exertion, 1–10 in half steps (optional). */
  rpe: z.number().min(1).max(10).multipleOf(0.5).optional(),
  /** For timed sets (planks, swimming holds): seconds held. */
  seconds: z.number().int().min(1).max(3600).optional(),
  side: z.enum(["left", "right", "both"]).optional(),
});
export type PerformedSet = z.infer<typeof performedSetSchema>;

export const strengthEntrySchema = z.object({
  kind: z.literal("strength"),
  exerciseId: id,
  sets: z.array(performedSetSchema).max(30),
});
export type StrengthEntry = z.infer<typeof strengthEntrySchema>;

export const cardioEntrySchema = z
  .object({
    kind: z.literal("cardio"),
    exerciseId: id,
    durationSeconds: z.number().int().min(1).max(86_400),
    distanceM: z.number().min(0).max(500_000).optional(),
    avgHeartRate: z.number().int().min(30).max(230).optional(),
    maxHeartRate: z.number().int().min(30).max(240).optional(),
    /** Compendium code (activity/compendium.ts) for the energy estimate. */
    activityCode: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    /** Interval pattern the timer ran, if any. */
    patternId: z.string().max(60).optional(),
  })
  .refine(
    (e) => e.avgHeartRate === undefined || e.maxHeartRate === undefined || e.maxHeartRate >= e.avgHeartRate,
    {
      message: "maximum heart rate must not be below the average",
      path: ["maxHeartRate"],
    },
  );
export type CardioEntry = z.infer<typeof cardioEntrySchema>;

export const workoutEntrySchema = z.discriminatedUnion("kind", [strengthEntrySchema, cardioEntrySchema]);
export type WorkoutEntry = z.infer<typeof workoutEntrySchema>;

export const plannedCardioSchema = z.object({
  exerciseId: id,
  minutes: z.number().int().min(1).max(600),
  patternId: z.string().max(60).optional(),
  activityCode: z
    .string()
    .regex(/^\d{5}$/)
    .optional(),
});
export type PlannedCardio = z.infer<typeof plannedCardioSchema>;

export const plannedSessionSchema = z.object({
  id,
  date: isoDate,
  title: z.string().max(120).optional(),
  /** Planned in a deload week: logged results never move progression. */
  deload: z.boolean().default(false),
  strength: z.array(prescriptionSchema).max(30),
  cardio: z.array(plannedCardioSchema).max(10),
});
export type PlannedSession = z.infer<typeof plannedSessionSchema>;

export const performedSessionSchema = z.object({
  id,
  /** The plan this carried out; null for an unplanned workout. */
  plannedSessionId: id.nullable(),
  date: isoDate,
  startedAtMs: z.number().int().min(0).optional(),
  /** Body weight on the day, needed for effective loads of body-weight exercises. */
  bodyWeightKg: z.number().min(30).max(300),
  entries: z.array(workoutEntrySchema).max(50),
  notes: z.string().max(2000).optional(),
});
export type PerformedSession = z.infer<typeof performedSessionSchema>;

/**
 * The load that moved: external kg, body weight, body weight − assistance, or body weight +
 * added load. Whole body weight counts for body-weight moves (a simplification that keeps one
 * person's numbers comparable over time; it overstates push-ups).
 *
 * @example
 * effectiveLoadKg({ kind: "assisted", assistKg: 25 }, 80); // → 55
 */
export function effectiveLoadKg(load: Load, bodyWeightKg: number): number {
  if (!Number.isFinite(bodyWeightKg) || bodyWeightKg < 30 || bodyWeightKg > 300) {
    throw new InvalidInputError("bodyWeightKg", "body weight must be 30–300 kg");
  }
  switch (load.kind) {
    case "external":
      return load.kg;
    case "bodyweight":
      return bodyWeightKg;
    case "assisted":
      return Math.max(0, bodyWeightKg - load.assistKg);
    case "added":
      return bodyWeightKg + load.kg;
  }
}

/**
 * Volume load of a session, Σ reps × effective load (kg), over strength sets.
 *
 * @example
 * sessionVolumeKg(session); // 3 × 10 at 20 kg → 600
 */
export function sessionVolumeKg(session: PerformedSession): number {
  let total = 0;
  for (const e of session.entries) {
    if (e.kind !== "strength") continue;
    for (const s of e.sets) total += s.reps * effectiveLoadKg(s.load, session.bodyWeightKg);
  }
  return total;
}

export type AdherenceStatus = "done" | "partial" | "skipped";

export interface EntryAdherence {
  readonly exerciseId: string;
  readonly planned: number;
  readonly performed: number;
  /** Sets for strength, minutes for cardio. */
  readonly unit: "sets" | "minutes";
  readonly status: AdherenceStatus;
}

function statusOf(planned: number, performed: number): AdherenceStatus {
  if (performed <= 0) return "skipped";
  return performed >= planned ? "done" : "partial";
}

/**
 * Planned versus performed, entry by entry; a null performance means the session was skipped.
 *
 * @example
 * planAdherence(plan, null).every((e) => e.status === "skipped"); // → true
 */
export function planAdherence(plan: PlannedSession, performed: PerformedSession | null): EntryAdherence[] {
  const entries = performed?.entries ?? [];
  const strength = plan.strength.map((p): EntryAdherence => {
    const done = entries
      .filter((e): e is StrengthEntry => e.kind === "strength" && e.exerciseId === p.exerciseId)
      .reduce((n, e) => n + e.sets.filter((s) => s.reps > 0 || (s.seconds ?? 0) > 0).length, 0);
    return {
      exerciseId: p.exerciseId,
      planned: p.dosage.sets,
      performed: done,
      unit: "sets",
      status: statusOf(p.dosage.sets, done),
    };
  });
  const cardio = plan.cardio.map((c): EntryAdherence => {
    const minutes =
      entries
        .filter((e): e is CardioEntry => e.kind === "cardio" && e.exerciseId === c.exerciseId)
        .reduce((n, e) => n + e.durationSeconds, 0) / 60;
    return {
      exerciseId: c.exerciseId,
      planned: c.minutes,
      performed: minutes,
      unit: "minutes",
      status: statusOf(c.minutes, minutes),
    };
  });
  return [...strength, ...cardio];
}

/**
 * What progression.ts needs for one exercise of one planned session: missed when nothing was
 * logged for it, deload when the plan was a deload session, else the logged sets.
 *
 * @example
 * sessionResultFor("pullup", plan, null); // → { kind: "missed" }
 */
export function sessionResultFor(
  exerciseId: string,
  plan: PlannedSession,
  performed: PerformedSession | null,
): SessionResult {
  const sets: LoggedSet[] = (performed?.entries ?? [])
    .filter((e): e is StrengthEntry => e.kind === "strength" && e.exerciseId === exerciseId)
    .flatMap((e) => e.sets.map((s) => ({ reps: s.reps, load: s.load })));
  if (sets.length === 0) return { kind: "missed" };
  return plan.deload ? { kind: "deload", sets } : { kind: "performed", sets };
}

/**
 * Parses a performed session at a boundary, turning the first zod issue into InvalidInputError.
 *
 * @example
 * parsePerformedSession(JSON.parse(body)).entries.length;
 */
export function parsePerformedSession(data: unknown): PerformedSession {
  const r = performedSessionSchema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new InvalidInputError(
    issue?.path.map(String).join(".") || "session",
    issue?.message ?? "invalid session",
  );
}

/**
 * The key that makes a planned session loggable once a day: "<date>/<session>", where the
 * session is the plannedRef after its last ":" (the player's refs are "<planId>:w<week>-<day>";
 * the plan id is left out so a regenerated or device-computed plan names the same session).
 * Null for an unplanned workout (no plannedRef): those may be logged any number of times.
 *
 * @example
 * workoutSessionKey("2026-11-20", "plan-1:w3-fri"); // → "2026-11-20/w3-fri"
 */
export function workoutSessionKey(date: string, plannedRef: string | null | undefined): string | null {
  if (plannedRef === null || plannedRef === undefined || plannedRef === "") return null;
  const session = plannedRef.slice(plannedRef.lastIndexOf(":") + 1);
  return session === "" ? null : `${date}/${session}`;
}
