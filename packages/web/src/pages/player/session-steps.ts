import { catalogue } from "@leanback/core/training/catalogue";
import type { LoadType, Modality } from "@leanback/core/training/exercise";
import type { IntervalSpecInput } from "@leanback/core/training/interval-spec";
import type { Dosage, Load } from "@leanback/core/training/prescription";
import type { PlanItem, Session } from "@leanback/core/training/program-types";
import {
  CIRCUIT_ROUND_REST_SECONDS,
  intervalItemSpec,
  sessionParts,
  steadySpec,
} from "@leanback/core/training/session-timeline";

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
  /** What the rest timer says: "Rest", or the active-rest burst ("Active rest: shadow boxing"). */
  readonly restLabel: string;
  readonly note: string | null;
}

/**
 * A circuit: one set of each station straight after another, a rest only after each round
 * (core/training/session-timeline.ts circuitSpec is the same circuit as a timeline).
 */
export interface CircuitStep extends StepBase {
  readonly kind: "circuit";
  readonly stations: readonly StrengthStep[];
  /** The most sets of any station; a station with fewer sets drops out of the last rounds. */
  readonly rounds: number;
  readonly roundRestSeconds: number;
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

export type PlayerStep = StrengthStep | TimedStep | MobilityStep | CircuitStep;

/** "10–15 reps", "12 reps", "30 s", with "each side" where the dose is per side. */
export function dosageText(d: Dosage): string {
  const side = d.perSide ? " each side" : "";
  if (d.kind === "duration") return `${d.seconds} s${side}`;
  const reps = d.reps.min === d.reps.max ? `${d.reps.min}` : `${d.reps.min}–${d.reps.max}`;
  return `${reps} reps${side}`;
}

export { steadySpec };

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
        restLabel: "Rest",
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
        spec: intervalItemSpec(item),
        timelineKey: `pattern:${item.timerPattern}:${item.rounds ?? ""}:${item.warmUp ?? ""}:${item.coolDown ?? ""}`,
        description: item.description,
      };
    case "mobility":
      return { ...base, kind: "mobility", target: `${item.dosage.sets} × ${dosageText(item.dosage)}` };
  }
}

/**
 * Every step of a session, in order, played as the plan times it (session-timeline.ts): a
 * circuit's exercises become one circuit step, active rest puts the burst in each rest.
 *
 * @example
 * sessionSteps(circuitSession).some((s) => s.kind === "circuit"); // → true
 */
export function sessionSteps(
  session: Pick<Session, "items"> & Partial<Pick<Session, "format" | "activeRest">>,
): PlayerStep[] {
  return sessionParts(session).map((part): PlayerStep => {
    const items = part.items.flatMap((k) => session.items[k] ?? []);
    if (part.kind === "circuit") {
      const stations = items.map((i) => ({ ...(stepOf(i) as StrengthStep), restSeconds: 0 }));
      return {
        kind: "circuit",
        exerciseId: stations[0]?.exerciseId ?? "circuit",
        name: "Circuit",
        cues: [],
        stations,
        rounds: Math.max(1, ...items.map((i) => (i.type === "strength" ? i.dosage.sets : 1))),
        roundRestSeconds: CIRCUIT_ROUND_REST_SECONDS,
      };
    }
    const [item] = items;
    if (!item) throw new Error("a session part without items");
    const step = stepOf(item);
    if (step.kind === "strength" && session.format === "active-rest" && session.activeRest) {
      const burst = session.activeRest;
      return {
        ...step,
        restSeconds: burst.seconds,
        restLabel: `Active rest: ${burst.name.toLowerCase()}`,
      };
    }
    if (step.kind === "timed") return { ...step, spec: part.spec };
    return step;
  });
}

/** The exercises a step logs sets for (a circuit: each station). */
export function stepExercises(step: PlayerStep): { exerciseId: string; name: string }[] {
  return step.kind === "circuit"
    ? step.stations.map((s) => ({ exerciseId: s.exerciseId, name: s.name }))
    : [step];
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
