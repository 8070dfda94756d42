import { catalogue } from "./catalogue.js";
import { describeSpec, specMinutes } from "./interval-describe.js";
import type { IntervalSpecInput, IntervalStep } from "./interval-spec.js";
import { setSeconds, type Dosage } from "./prescription.js";
import { isExcluded } from "./program-pool.js";
import type { DailyRoutine, MobilityItem } from "./program-types.js";

/**
 * The daily posture and low-back routine, offered on every day of a plan (the protocol asks for
 * daily low-back stretching and posture work). Every move needs nothing; one set of each, with a
 * short pause to change position. The moves and their order are ours: spine mobility first
 * (cat-cow, child's pose), then the low-back and hip stretches, then back-extensor and upper-back
 * activation (bird-dog, prone Y-T-W, wall angels).
 */
export const DAILY_ROUTINE_IDS = [
  "cat-cow",
  "childs-pose",
  "knee-to-chest",
  "hip-flexor-stretch",
  "bird-dog",
  "prone-ytw",
  "wall-angel",
] as const;

/** The timer pattern that plays the whole routine (`/timer/posture-low-back`). */
export const DAILY_ROUTINE_PATTERN = "posture-low-back";
export const DAILY_ROUTINE_NAME = "Posture and low-back routine";
/** Seconds to change position between moves (our pick). */
export const ROUTINE_GAP_SECONDS = 15;

function oneSet(id: string): MobilityItem {
  const e = catalogue().byId(id);
  const d = e.dosage;
  const dosage: Dosage =
    d.type === "time"
      ? { kind: "duration", sets: 1, seconds: d.seconds, perSide: d.perSide }
      : { kind: "reps", sets: 1, reps: { min: d.repsMin, max: d.repsMax }, perSide: d.perSide };
  return { type: "mobility", exerciseId: id, name: e.name, dosage };
}

/** A step's label: the reps when counted ("Cat-cow: 8–10 reps"); a hold's time is the step's own. */
function stepLabel(item: MobilityItem): string {
  const d = item.dosage;
  const side = d.perSide ? " each side" : "";
  if (d.kind === "duration") return `${item.name}${d.perSide ? `, ${d.seconds} s each side` : ""}`;
  const reps = d.reps.min === d.reps.max ? `${d.reps.min}` : `${d.reps.min}–${d.reps.max}`;
  return `${item.name}: ${reps} reps${side}`;
}

/**
 * The routine's moves for a person, without the ones they exclude.
 *
 * @example
 * routineItems([]).map((i) => i.exerciseId)[0]; // → "cat-cow"
 */
export function routineItems(exclude: readonly string[]): MobilityItem[] {
  return DAILY_ROUTINE_IDS.filter((id) => !isExcluded(catalogue().byId(id), exclude)).map(oneSet);
}

/**
 * The timer spec of a routine: each move for its catalogue dose (3 s a rep), a pause between moves.
 *
 * @example
 * routineSpec(routineItems([])).blocks[0]?.steps[0]?.label; // → "Cat-cow: 8–10 reps"
 */
export function routineSpec(items: readonly MobilityItem[]): IntervalSpecInput {
  const steps: IntervalStep[] = items.flatMap((item, k) => [
    {
      kind: "work" as const,
      seconds: setSeconds(item.dosage),
      label: stepLabel(item).slice(0, 80),
      intensity: "easy" as const,
    },
    ...(k < items.length - 1
      ? [
          {
            kind: "rest" as const,
            seconds: ROUTINE_GAP_SECONDS,
            label: "Next move",
            intensity: "rest" as const,
          },
        ]
      : []),
  ]);
  return {
    id: DAILY_ROUTINE_PATTERN,
    name: DAILY_ROUTINE_NAME,
    blocks: [{ label: "Routine", rounds: 1, steps }],
  };
}

/**
 * The routine a plan offers every day: its moves, the words and minutes of the timeline that
 * plays it, and the timer pattern when the person excludes none of its moves.
 *
 * @example
 * dailyRoutine([]).minutes; // → 8
 */
export function dailyRoutine(exclude: readonly string[]): DailyRoutine {
  const items = routineItems(exclude);
  const spec = routineSpec(items);
  return {
    name: DAILY_ROUTINE_NAME,
    ...(items.length === DAILY_ROUTINE_IDS.length ? { timerPattern: DAILY_ROUTINE_PATTERN } : {}),
    items,
    description: describeSpec(spec),
    minutes: specMinutes(spec),
  };
}
