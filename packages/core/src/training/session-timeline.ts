import type { IntervalBlockInput, IntervalSpecInput, IntervalStep } from "./interval-spec.js";
import { buildTimeline } from "./interval-timeline.js";
import { CIRCUIT_ROUND_REST_SECONDS, intervalPattern } from "./interval-templates.js";
import { setSeconds } from "./prescription.js";
import type {
  CardioItem,
  IntervalItem,
  MobilityItem,
  PlanItem,
  Session,
  StrengthFormat,
  StrengthItem,
} from "./program-types.js";

/**
 * A session as the timers run it: every part of a plan session is an interval spec, and the
 * plan's minutes are the sum of those timelines (plus the time to change exercise). The player
 * plays exactly these specs, so the plan and the timer cannot disagree.
 *
 * Our assumptions (no study fixes them): 3 s a rep (prescription.ts), the stated rest between
 * sets, 30 s to change exercise, 15 s between warm-up or stretch sets. A circuit goes from one
 * exercise straight to the next and rests only between rounds.
 */
export const CHANGEOVER_SECONDS = 30;
export const MOBILITY_GAP_SECONDS = 15;
export { CIRCUIT_ROUND_REST_SECONDS };

/** One timed part of a session: the plan items it covers and the spec its timer runs. */
export interface SessionPart {
  readonly kind: "strength" | "circuit" | "timed" | "mobility";
  /** Indexes into the session's items. */
  readonly items: readonly number[];
  readonly spec: IntervalSpecInput;
  /** Seconds after this part before the next one (changing exercise). */
  readonly gapAfterSeconds: number;
}

/** A set step of a strength item, labelled with its dose ("Goblet squat: 10–15 reps"). */
function setStep(item: StrengthItem): IntervalStep {
  const d = item.dosage;
  const side = d.perSide ? " each side" : "";
  const dose =
    d.kind === "duration"
      ? `${d.seconds} s`
      : `${d.reps.min === d.reps.max ? d.reps.min : `${d.reps.min}–${d.reps.max}`} reps`;
  const label = `${item.name}: ${dose}${side}`;
  return { kind: "set", seconds: setSeconds(item.dosage), label: label.slice(0, 80) };
}

/** Splits a long steady bout into parts of at most an hour (a step is at most 3600 s). */
export function steadySpec(name: string, minutes: number, pace: "easy" | "steady"): IntervalSpecInput {
  const total = Math.max(1, Math.round(minutes)) * 60;
  const parts = Math.ceil(total / 3600);
  return {
    name,
    // A steady bout needs no countdown: its one segment starts with "Go".
    getReadySeconds: 0,
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

/**
 * The spec an interval item runs: its timer pattern with the item's rounds, and without the
 * pattern's warm-up or cool-down when the session already has one (a finisher after strength).
 *
 * @example
 * buildTimeline(intervalItemSpec({ type: "intervals", exerciseId: "hiit-bodyweight", name: "HIIT",
 *   role: "finisher", timerPattern: "short-bouts", description: "", minutes: 13, warmUp: false, coolDown: false })).totalSeconds;
 * // → 730 (10 s get ready + 6 × (30 s + 90 s))
 */
export function intervalItemSpec(item: IntervalItem): IntervalSpecInput {
  const { warmup, cooldown, blocks, ...base } = intervalPattern(item.timerPattern).spec;
  const rounds = item.rounds;
  return {
    ...base,
    name: item.name,
    ...(warmup && item.warmUp !== false ? { warmup } : {}),
    blocks: blocks.map((b, i) => (i === 0 && rounds !== undefined ? { ...b, rounds } : b)),
    ...(cooldown && item.coolDown !== false ? { cooldown } : {}),
  };
}

/** Straight sets (or active rest: the burst fills each rest) for one strength item. */
function strengthSpec(item: StrengthItem, burst: Session["activeRest"] | undefined): IntervalSpecInput {
  const restLabel = burst ? `Active rest: ${burst.name.toLowerCase()}` : "Rest";
  const rest = burst ? burst.seconds : item.restSeconds;
  return {
    name: item.name,
    getReadySeconds: 0,
    blocks: [
      {
        label: item.name,
        unit: "set",
        rounds: item.dosage.sets,
        steps: [
          setStep(item),
          ...(rest > 0
            ? [
                {
                  kind: "rest" as const,
                  seconds: rest,
                  label: restLabel,
                  intensity: burst ? ("hard" as const) : ("rest" as const),
                },
              ]
            : []),
        ],
      },
    ],
  };
}

/**
 * A circuit: one set of each exercise straight after another, then a rest, for as many rounds
 * as the most sets; an exercise with fewer sets drops out of the later rounds.
 *
 * @example
 * buildTimeline(circuitSpec([pushups, rows])).segments.filter((s) => s.kind === "round-rest").length; // → 2 for 3 sets
 */
export function circuitSpec(items: readonly StrengthItem[]): IntervalSpecInput {
  const rounds = Math.max(1, ...items.map((i) => i.dosage.sets));
  const uniform = items.every((i) => i.dosage.sets === rounds);
  const blocks: IntervalBlockInput[] = uniform
    ? [
        {
          label: "Circuit",
          rounds,
          restBetweenRoundsSeconds: CIRCUIT_ROUND_REST_SECONDS,
          steps: items.map(setStep),
        },
      ]
    : Array.from({ length: rounds }, (_, r) => ({
        label: `Circuit round ${r + 1}`,
        rounds: 1,
        steps: items.filter((i) => i.dosage.sets > r).map(setStep),
        restAfterSeconds: CIRCUIT_ROUND_REST_SECONDS,
      }));
  return { name: "Circuit", getReadySeconds: 0, blocks };
}

function mobilitySpec(item: MobilityItem): IntervalSpecInput {
  return {
    name: item.name,
    getReadySeconds: 0,
    blocks: [
      {
        label: item.name,
        unit: "set",
        rounds: item.dosage.sets,
        dropFinalRest: false,
        steps: [
          { kind: "work", seconds: setSeconds(item.dosage), label: item.name, intensity: "easy" },
          { kind: "rest", seconds: MOBILITY_GAP_SECONDS, label: "Next", intensity: "rest" },
        ],
      },
    ],
  };
}

function timedSpec(item: CardioItem | IntervalItem): IntervalSpecInput {
  return item.type === "cardio" ? steadySpec(item.name, item.minutes, item.pace) : intervalItemSpec(item);
}

/**
 * The timed parts of a session, in order: in a circuit the strength items form one part.
 *
 * @example
 * sessionParts({ format: "straight-sets", items: [jog30] })[0]?.kind; // → "timed"
 */
export function sessionParts(
  s: Pick<Session, "items"> & {
    readonly format?: StrengthFormat;
    readonly activeRest?: Session["activeRest"];
  },
): SessionPart[] {
  const parts: SessionPart[] = [];
  const strength = s.items.flatMap((i, k) => (i.type === "strength" ? [k] : []));
  s.items.forEach((item, k) => {
    switch (item.type) {
      case "strength":
        if (s.format !== "circuit") {
          const burst = s.format === "active-rest" ? s.activeRest : undefined;
          parts.push({
            kind: "strength",
            items: [k],
            spec: strengthSpec(item, burst),
            gapAfterSeconds: CHANGEOVER_SECONDS,
          });
        } else if (k === strength[0]) {
          const items = strength.map((j) => s.items[j] as StrengthItem);
          parts.push({
            kind: "circuit",
            items: strength,
            spec: circuitSpec(items),
            gapAfterSeconds: CHANGEOVER_SECONDS,
          });
        }
        break;
      case "mobility":
        parts.push({ kind: "mobility", items: [k], spec: mobilitySpec(item), gapAfterSeconds: 0 });
        break;
      case "cardio":
      case "intervals":
        parts.push({ kind: "timed", items: [k], spec: timedSpec(item), gapAfterSeconds: 0 });
        break;
    }
  });
  return parts;
}

/**
 * Seconds a session takes: the timelines of its parts plus the changes of exercise.
 *
 * @example
 * sessionSeconds({ items: [{ type: "cardio", exerciseId: "jogging", name: "Jogging", role: "main",
 *   minutes: 30, pace: "steady" }] }); // → 1800
 */
export function sessionSeconds(
  s: Pick<Session, "items"> & {
    readonly format?: StrengthFormat;
    readonly activeRest?: Session["activeRest"];
  },
): number {
  return sessionParts(s).reduce((t, p) => t + buildTimeline(p.spec).totalSeconds + p.gapAfterSeconds, 0);
}

/** The items of a session that a part covers. */
export function partItems(s: Pick<Session, "items">, part: SessionPart): PlanItem[] {
  return part.items.flatMap((k) => s.items[k] ?? []);
}
