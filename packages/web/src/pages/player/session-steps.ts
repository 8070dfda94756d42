import { catalogue } from "@leanback/core/training/catalogue";
import type { LoadType, Modality } from "@leanback/core/training/exercise";
import type { IntervalSpecInput } from "@leanback/core/training/interval-spec";
import { intervalPattern } from "@leanback/core/training/interval-templates";
import type { Dosage, Load } from "@leanback/core/training/prescription";
import type { PlanItem, Session } from "@leanback/core/training/program-types";

/**
 * A plan session turned into the player's steps: strength exercises with sets to log, timed
 * work (steady cardio, intervals) with a timer, and mobility drills to tick off. Cues come
 * from the exercise catalogue (data/exercises.json).
 */

interface StepBase {
  readonly exerciseId: string;
  readonly name: string;
  readonly cues: readonly string[];
}

export interface StrengthStep extends StepBase {
  readonly kind: "strength";
  readonly sets: number;
  /** "10–15 reps", "30 s each side". */
  readonly target: string;
  /** What the set form starts with: the top of the rep range, or the hold in seconds. */
  readonly defaultReps: number | null;
  readonly defaultSeconds: number | null;
  /** How the load reads (catalogue): external kg, added kg on a body-weight move, assistance kg. */
  readonly loadType: LoadType;
  readonly load: Load | null;
  readonly restSeconds: number;
  readonly note: string | null;
}

export interface TimedStep extends StepBase {
  readonly kind: "timed";
  /** Steady cardio is logged as one bout; intervals as one set per work round. */
  readonly logAs: "cardio" | "rounds";
  readonly modality: Modality | null;
  readonly minutes: number;
  readonly spec: IntervalSpecInput;
  /** Stable identity of the timeline, for the stored timer run. */
  readonly timelineKey: string;
  readonly description: string;
}

export interface MobilityStep extends StepBase {
  readonly kind: "mobility";
  readonly target: string;
}

export type PlayerStep = StrengthStep | TimedStep | MobilityStep;

/** "10–15 reps", "12 reps", "30 s", with "each side" where the dose is per side. */
export function dosageText(d: Dosage): string {
  const side = d.perSide ? " each side" : "";
  if (d.kind === "duration") return `${d.seconds} s${side}`;
  const reps = d.reps.min === d.reps.max ? `${d.reps.min}` : `${d.reps.min}–${d.reps.max}`;
  return `${reps} reps${side}`;
}

/** A steady bout as a one-segment timeline (steps longer than an hour split into equal parts). */
export function steadySpec(name: string, minutes: number, pace: "easy" | "steady"): IntervalSpecInput {
  const total = Math.max(1, Math.round(minutes)) * 60;
  const parts = Math.ceil(total / 3600);
  return {
    name,
    getReadySeconds: 5,
    blocks: [
      {
        label: name,
        rounds: parts,
        steps: [
          {
            kind: "work",
            seconds: Math.round(total / parts),
            label: `${name}, ${pace} pace`,
            intensity: pace === "easy" ? "easy" : "medium",
          },
        ],
      },
    ],
  };
}

function cuesOf(exerciseId: string): readonly string[] {
  const cat = catalogue();
  return cat.has(exerciseId) ? cat.byId(exerciseId).cues : [];
}

/** The player step for one plan item. */
export function stepOf(item: PlanItem): PlayerStep {
  const cat = catalogue();
  const exercise = cat.has(item.exerciseId) ? cat.byId(item.exerciseId) : null;
  const base = { exerciseId: item.exerciseId, name: item.name, cues: cuesOf(item.exerciseId) };
  switch (item.type) {
    case "strength":
      return {
        ...base,
        kind: "strength",
        sets: item.dosage.sets,
        target: dosageText(item.dosage),
        defaultReps: item.dosage.kind === "reps" ? item.dosage.reps.max : null,
        defaultSeconds: item.dosage.kind === "duration" ? item.dosage.seconds : null,
        loadType: exercise?.loadType ?? "none",
        load: item.load ?? null,
        restSeconds: item.restSeconds,
        note: item.note ?? null,
      };
    case "cardio":
      return {
        ...base,
        kind: "timed",
        logAs: "cardio",
        modality: exercise?.modality ?? null,
        minutes: item.minutes,
        spec: steadySpec(item.name, item.minutes, item.pace),
        timelineKey: `steady:${item.exerciseId}:${item.minutes}:${item.pace}`,
        description: `${item.minutes} min at an ${item.pace === "easy" ? "easy" : "steady"} pace`,
      };
    case "intervals":
      return {
        ...base,
        kind: "timed",
        logAs: "rounds",
        modality: exercise?.modality ?? null,
        minutes: item.minutes,
        spec: intervalPattern(item.timerPattern).spec,
        timelineKey: `pattern:${item.timerPattern}`,
        description: item.description,
      };
    case "mobility":
      return { ...base, kind: "mobility", target: `${item.dosage.sets} × ${dosageText(item.dosage)}` };
  }
}

/** Every step of a session, in order. */
export function sessionSteps(session: Pick<Session, "items">): PlayerStep[] {
  return session.items.map(stepOf);
}

/**
 * A one-exercise session straight from the catalogue (its default dosage, 90 s rest), for
 * /player/exercise/<id>: log a lift that is not on today's plan.
 *
 * @example
 * exerciseSteps("pullup-assisted-machine")[0]?.kind; // → "strength"
 */
export function exerciseSteps(exerciseId: string): PlayerStep[] {
  const e = catalogue().byId(exerciseId);
  const d = e.dosage;
  const dosage: Dosage =
    d.type === "reps"
      ? { kind: "reps", sets: d.sets, reps: { min: d.repsMin, max: d.repsMax }, perSide: d.perSide }
      : { kind: "duration", sets: d.sets, seconds: d.seconds, perSide: d.perSide };
  if (e.kind === "cardio" || e.kind === "interval") {
    const minutes = d.type === "time" ? Math.max(1, Math.round((d.seconds * d.sets) / 60)) : 20;
    return [
      stepOf({ type: "cardio", exerciseId: e.id, name: e.name, role: "main", minutes, pace: "steady" }),
    ];
  }
  if (e.kind === "mobility" || e.kind === "posture") {
    return [stepOf({ type: "mobility", exerciseId: e.id, name: e.name, dosage })];
  }
  return [
    stepOf({
      type: "strength",
      exerciseId: e.id,
      name: e.name,
      slot: "extra",
      dosage,
      restSeconds: 90,
    }),
  ];
}
