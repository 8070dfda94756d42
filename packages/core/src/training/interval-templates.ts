import { InvalidInputError } from "../errors.js";
import { DAILY_ROUTINE_NAME, DAILY_ROUTINE_PATTERN, routineItems, routineSpec } from "./daily-routine.js";
import { describeSpec } from "./interval-describe.js";
import type { IntervalBlockInput, IntervalSpecInput } from "./interval-spec.js";

/**
 * Ready-made interval patterns: every pattern of the protocol's intervals (docs/protocol.md)
 * plus Tabata, EMOM, circuits, strength rest timers, active rest and the rowing strength day.
 * Where the protocol gives a range, the default is a value inside it and the builder takes the
 * rest. Summaries are generated from the specs (interval-describe.ts), so they state what the
 * timer runs, warm-up and cool-down included.
 */

/** Rest between circuit rounds, in plans and in the circuit pattern (our pick; 1–3 min is usual). */
export const CIRCUIT_ROUND_REST_SECONDS = 90;
/** The cardio burst of active rest, in plans and in the pattern (the protocol says 30–90 s). */
export const ACTIVE_REST_SECONDS = 45;

export interface IntervalPattern {
  readonly id: string;
  readonly name: string;
  /** What the timer runs, in words (generated from the spec). */
  readonly summary: string;
  /** Where the numbers come from. */
  readonly source: string;
  readonly spec: IntervalSpecInput;
}

const WARMUP = { seconds: 300, label: "Easy pace" };
const COOLDOWN = { seconds: 300, label: "Easy pace, then stretch" };

/**
 * Hard/medium cycles: 1–2 min hard, 1–2 min medium, repeated (docs/protocol.md §3).
 *
 * @example
 * hardMediumSpec({ hardSeconds: 60, mediumSeconds: 120, rounds: 6 }).blocks.length; // → 1
 */
export function hardMediumSpec(o: { hardSeconds?: number; mediumSeconds?: number; rounds?: number } = {}) {
  const hard = o.hardSeconds ?? 120;
  const medium = o.mediumSeconds ?? 120;
  if (hard < 60 || hard > 120) throw new InvalidInputError("hardSeconds", "hard bouts must be 60–120 s");
  if (medium < 60 || medium > 120)
    throw new InvalidInputError("mediumSeconds", "medium bouts must be 60–120 s");
  return {
    id: "hard-medium",
    name: "Hard / medium cycles",
    warmup: WARMUP,
    blocks: [
      {
        label: "Cycles",
        rounds: o.rounds ?? 5,
        steps: [
          { kind: "work", seconds: hard, label: "Hard pace", intensity: "hard" },
          { kind: "work", seconds: medium, label: "Medium pace", intensity: "medium" },
        ],
      },
    ],
    cooldown: COOLDOWN,
  } satisfies IntervalSpecInput;
}

/**
 * Strength rest timer: `sets` sets of about `setSeconds` each with `restSeconds` between them.
 *
 * @example
 * strengthRestSpec({ label: "One-arm row", sets: 3, setSeconds: 40, restSeconds: 90 }).blocks[0]?.rounds; // → 3
 */
export function strengthRestSpec(o: {
  label: string;
  sets: number;
  setSeconds: number;
  restSeconds: number;
}) {
  return {
    id: "strength-rest",
    name: `${o.label}: rest timer`,
    getReadySeconds: 5,
    blocks: [strengthBlock(o)],
  } satisfies IntervalSpecInput;
}

function strengthBlock(o: {
  label: string;
  sets: number;
  setSeconds: number;
  restSeconds: number;
}): IntervalBlockInput {
  return {
    label: o.label,
    unit: "set",
    rounds: o.sets,
    steps: [
      { kind: "set", seconds: o.setSeconds, label: o.label },
      ...(o.restSeconds > 0
        ? [{ kind: "rest" as const, seconds: o.restSeconds, label: "Rest", intensity: "rest" as const }]
        : []),
    ],
  };
}

/**
 * Active rest: a 30–90 s cardio burst instead of sitting between strength sets (docs/protocol.md §1).
 *
 * @example
 * activeRestSpec({ label: "Lat pulldown", sets: 3, setSeconds: 45, burstSeconds: 60, burst: "Jump rope" }).id; // → "active-rest"
 */
export function activeRestSpec(o: {
  label: string;
  sets: number;
  setSeconds: number;
  burstSeconds: number;
  burst: string;
}) {
  if (o.burstSeconds < 30 || o.burstSeconds > 90) {
    throw new InvalidInputError("burstSeconds", "an active-rest burst must be 30–90 s");
  }
  return {
    id: "active-rest",
    name: `${o.label} with active rest`,
    blocks: [
      {
        label: o.label,
        unit: "set",
        rounds: o.sets,
        steps: [
          { kind: "set", seconds: o.setSeconds, label: o.label },
          { kind: "rest", seconds: o.burstSeconds, label: `Active rest: ${o.burst}`, intensity: "hard" },
        ],
      },
    ],
  } satisfies IntervalSpecInput;
}

/**
 * Rowing strength day: 5–10 min rowing warm-up, strength exercises with 3 min of rowing between
 * them, 10 min of rowing to finish (docs/protocol.md §2).
 *
 * @example
 * rowingStrengthSpec({ exercises: ["Pull-up", "Row"], warmupSeconds: 480 }).blocks.length; // → 4
 */
export function rowingStrengthSpec(o: {
  exercises: readonly string[];
  warmupSeconds?: number;
  sets?: number;
  setSeconds?: number;
  restSeconds?: number;
}) {
  const warm = o.warmupSeconds ?? 480;
  if (warm < 300 || warm > 600)
    throw new InvalidInputError("warmupSeconds", "the rowing warm-up must be 5–10 min");
  if (o.exercises.length === 0)
    throw new InvalidInputError("exercises", "name at least one strength exercise");
  const blocks: IntervalBlockInput[] = [];
  o.exercises.forEach((label, i) => {
    blocks.push(
      strengthBlock({
        label,
        sets: o.sets ?? 3,
        setSeconds: o.setSeconds ?? 40,
        restSeconds: o.restSeconds ?? 90,
      }),
    );
    const between = i < o.exercises.length - 1;
    blocks.push({
      label: between ? "Row between exercises" : "Row to finish",
      rounds: 1,
      steps: [
        {
          kind: "work",
          seconds: between ? 180 : 600,
          label: between ? "Row, steady" : "Row to finish",
          intensity: "medium",
        },
      ],
    });
  });
  return {
    id: "rowing-strength",
    name: "Rowing strength day",
    warmup: { seconds: warm, label: "Row, easy" },
    blocks,
  } satisfies IntervalSpecInput;
}

const work = (seconds: number, label: string, intensity: "max" | "hard" | "medium" | "easy") =>
  ({ kind: "work", seconds, label, intensity }) as const;
const rest = (seconds: number, label = "Rest") =>
  ({ kind: "rest", seconds, label, intensity: "rest" }) as const;

const PATTERNS: readonly Omit<IntervalPattern, "summary">[] = [
  {
    id: "hard-medium",
    name: "Hard / medium cycles",
    source: "the protocol's intervals: 1–2 min hard, 1–2 min medium, repeated",
    spec: hardMediumSpec(),
  },
  {
    id: "running-intervals",
    name: "Running intervals",
    source: "the protocol's intervals: a few min vigorous, ~5 min comfortable, 2 min fast, 15–20 min in all",
    spec: {
      id: "running-intervals",
      name: "Running intervals",
      warmup: { seconds: 300, label: "Easy jog" },
      blocks: [
        {
          label: "Run",
          rounds: 2,
          steps: [
            work(180, "Vigorous run", "hard"),
            work(300, "Comfortable run", "easy"),
            work(120, "Fast run", "max"),
          ],
        },
      ],
      cooldown: { seconds: 300, label: "Walk, then stretch" },
    },
  },
  {
    id: "short-bouts",
    name: "Short bouts",
    source: "the protocol's intervals: 30 s to a few minutes high with 1–2 min low or none between",
    spec: {
      id: "short-bouts",
      name: "Short bouts",
      warmup: WARMUP,
      blocks: [
        { label: "Bouts", rounds: 6, steps: [work(30, "All out", "max"), work(90, "Low and easy", "easy")] },
      ],
      cooldown: COOLDOWN,
    },
  },
  {
    id: "boxing-30-30",
    name: "Boxing / speed bag 30-30",
    source: "the protocol's intervals: boxing/speed bag 30 s max, 30 s rest, 3 rounds",
    spec: {
      id: "boxing-30-30",
      name: "Boxing 30-30",
      blocks: [{ label: "Bag", rounds: 3, steps: [work(30, "Punch as fast as you can", "max"), rest(30)] }],
    },
  },
  {
    id: "tabata",
    name: "Tabata",
    source: "Tabata I et al. 1996, Med Sci Sports Exerc 28:1327: 7–8 × 20 s at ~170 % VO2max, 10 s rest",
    spec: {
      id: "tabata",
      name: "Tabata",
      warmup: WARMUP,
      blocks: [{ label: "Tabata", rounds: 8, steps: [work(20, "All out", "max"), rest(10)] }],
      cooldown: COOLDOWN,
    },
  },
  {
    id: "emom",
    name: "EMOM 10",
    source: "common EMOM format; reps are set by the plan",
    spec: {
      id: "emom",
      name: "EMOM 10",
      blocks: [
        {
          label: "EMOM",
          rounds: 10,
          steps: [work(60, "Do the reps, rest for the rest of the minute", "hard")],
        },
      ],
    },
  },
  {
    id: "circuit",
    name: "Back circuit",
    source: "the protocol's strength training: circuit training, one exercise straight after another",
    spec: {
      id: "circuit",
      name: "Back circuit",
      warmup: WARMUP,
      blocks: [
        {
          label: "Circuit",
          rounds: 3,
          restBetweenRoundsSeconds: CIRCUIT_ROUND_REST_SECONDS,
          // Stations that need nothing and never jump; a plan's circuits use the person's own exercises.
          steps: [
            work(40, "Push-ups", "hard"),
            work(40, "Table rows", "hard"),
            work(40, "Squats", "hard"),
            work(40, "Back extensions", "medium"),
            work(40, "Mountain climbers", "hard"),
          ],
        },
      ],
      cooldown: COOLDOWN,
    },
  },
  {
    id: "strength-rest",
    name: "Strength rest timer",
    source: "the protocol's strength training: 3 sets per exercise",
    spec: strengthRestSpec({ label: "Strength set", sets: 3, setSeconds: 40, restSeconds: 90 }),
  },
  {
    id: "active-rest",
    name: "Active rest between sets",
    source: "the protocol's strength training: a 30–90 s burst of cardio in the rest between strength sets",
    spec: activeRestSpec({
      label: "Strength set",
      sets: 3,
      setSeconds: 40,
      burstSeconds: ACTIVE_REST_SECONDS,
      // Needs nothing and never jumps; a plan's active rest uses what the person has.
      burst: "shadow boxing",
    }),
  },
  {
    id: "rowing-strength",
    name: "Rowing strength day",
    source: "the protocol's cardio: 5–10 min row warm-up, 3 min rowing between exercises, 10 min to finish",
    spec: rowingStrengthSpec({ exercises: ["Pull-up", "One-arm dumbbell row", "Back extension"] }),
  },
  {
    id: DAILY_ROUTINE_PATTERN,
    name: DAILY_ROUTINE_NAME,
    source: "the protocol's daily low-back stretching and posture work; moves and order are ours",
    spec: routineSpec(routineItems([])),
  },
];

/** Every pattern the timer offers by id (the `leanback timer --pattern` choices). */
export const INTERVAL_PATTERNS: readonly IntervalPattern[] = PATTERNS.map((p) => ({
  ...p,
  summary: describeSpec(p.spec),
}));

/** Ids of every pattern, for CLI choices. */
export const INTERVAL_PATTERN_IDS: readonly string[] = INTERVAL_PATTERNS.map((p) => p.id);

/**
 * The pattern with this id.
 *
 * @example
 * intervalPattern("tabata").spec.blocks[0]?.rounds; // → 8
 */
export function intervalPattern(id: string): IntervalPattern {
  const p = INTERVAL_PATTERNS.find((x) => x.id === id);
  if (!p) throw new InvalidInputError("pattern", `pattern must be one of ${INTERVAL_PATTERN_IDS.join(", ")}`);
  return p;
}
