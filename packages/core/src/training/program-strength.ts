import { catalogue } from "./catalogue.js";
import { DAILY_ROUTINE_IDS } from "./daily-routine.js";
import { regionsOf, type Region } from "./exercise.js";
import type { ExercisePool } from "./program-pool.js";
import type { ProgramInput } from "./program-input.js";
import { chooseSlot, toDosage, type SlotChoice } from "./program-slots.js";
import { progressDose, weekPhase, type WeekPhase } from "./program-phase.js";
import { ACTIVE_REST_SECONDS } from "./interval-templates.js";
import { estimateSeconds } from "./program-time.js";
import type {
  CardioItem,
  IntervalItem,
  MobilityItem,
  PlanItem,
  StrengthFormat,
  StrengthItem,
} from "./program-types.js";

export type Slot = Region | "extra" | "posture";

export interface StrengthRequest {
  readonly input: ProgramInput;
  readonly pool: ExercisePool;
  /** Index of this strength session within its week (A/B alternation). */
  readonly session: number;
  readonly week: number;
  readonly format: StrengthFormat;
  /** Regions not yet trained this week: they go before the ones already covered. */
  readonly uncovered: readonly Region[];
  /** Seconds available for warm-up and strength (cardio parts already subtracted). */
  readonly budgetSeconds: number;
  /** Easy warm-up item (5 min) unless the rowing format supplies its own. */
  readonly warmUp?: CardioItem;
  /** Rowing machine id when the format is "rowing". */
  readonly rowerId?: string;
  /** Optional finisher that is dropped first when time is short. */
  readonly finisher?: IntervalItem;
}

export interface StrengthResult {
  readonly format: StrengthFormat;
  readonly items: readonly PlanItem[];
  readonly regions: readonly Region[];
}

/**
 * PRODUCT.md §1: 3 sets is the default, 1–3 in a beginner's first weeks: a beginner's first
 * block starts from 2, so its "then a set" step (program-phase.ts) reaches 3 in week 3.
 */
export function plannedSets(input: ProgramInput, week: number): number {
  return input.level === "beginner" && weekPhase(week).cycle === 0 ? 2 : 3;
}

// Harder pulls get longer rest (our default; 60 s elsewhere keeps the session dense). With
// active rest the burst is the rest; a circuit rests only between rounds (session-timeline.ts).
const restFor = (c: SlotChoice, format: StrengthFormat) =>
  format === "active-rest"
    ? ACTIVE_REST_SECONDS
    : format === "circuit"
      ? 0
      : c.exercise.pattern === "vertical-pull"
        ? 90
        : 60;

const ROUTINE: ReadonlySet<string> = new Set(DAILY_ROUTINE_IDS);

/** The back slots: never dropped to fit the minutes (upper and lower back every session). */
const BACK: readonly Slot[] = ["upper-back", "lower-back"];

/** When step 3's extra set does not fit the minutes, the week progresses by tempo instead. */
const SLOW_LOWERING = "This week: lower for 3 s on every rep (the extra set did not fit your minutes).";

function strengthItem(
  slot: Slot,
  c: SlotChoice,
  sets: number,
  phase: WeekPhase,
  format: StrengthFormat,
): StrengthItem {
  const { dosage, load } = progressDose(toDosage(c, sets), c.load, phase);
  const slow = phase.step === 3 && phase.extraSet === false && dosage.kind === "reps";
  const note = slow ? [c.note, SLOW_LOWERING].filter(Boolean).join(" ") : c.note;
  return {
    type: "strength",
    exerciseId: c.exercise.id,
    name: c.exercise.name,
    slot,
    dosage,
    ...(load ? { load } : {}),
    restSeconds: restFor(c, format),
    ...(note ? { note } : {}),
  };
}

/** Lays items out for a format: the rowing pattern rows between exercises and to finish. */
function assemble(
  r: StrengthRequest,
  strength: readonly StrengthItem[],
  extras: readonly PlanItem[],
  rowWarm: number,
): PlanItem[] {
  if (r.format !== "rowing" || !r.rowerId) return [...(r.warmUp ? [r.warmUp] : []), ...strength, ...extras];
  const row = (role: CardioItem["role"], minutes: number): CardioItem => ({
    type: "cardio",
    exerciseId: r.rowerId ?? "rowing-machine",
    name: "Rowing machine",
    role,
    minutes,
    pace: role === "warm-up" ? "easy" : "steady",
  });
  const items: PlanItem[] = [row("warm-up", rowWarm)];
  strength.forEach((s, i) => {
    items.push(s);
    items.push(i < strength.length - 1 ? row("between", 3) : row("finish", 10));
  });
  return [...items, ...extras];
}

/**
 * Builds one strength session inside a time budget: upper and lower back first (§1), then the
 * regions the week still lacks (§0 whole body), then extra back work and posture. When time is
 * short it drops posture, the finisher and the extra back exercise, then cuts sets to 2, then
 * drops regions the week already has, then cuts to 1 set, then drops the rest. Returns undefined when even the back
 * work does not fit.
 */
export function buildStrength(r: StrengthRequest): StrengthResult | undefined {
  let phase = weekPhase(r.week);
  const block = phase.cycle;
  const taken = new Set<string>();
  const covered = (["legs", "push", "core"] as const).filter((x) => !r.uncovered.includes(x));
  const order: (Region | "extra")[] = [
    "upper-back",
    "lower-back",
    ...(["legs", "push", "core"] as const).filter((x) => r.uncovered.includes(x)),
    ...covered,
    "extra",
  ];
  const chosen: { slot: Slot; choice: SlotChoice }[] = [];
  for (const slot of order) {
    const c = chooseSlot(slot, r.session, block, r.input, r.pool, taken, r.week);
    if (c) {
      taken.add(c.exercise.id);
      chosen.push({ slot, choice: c });
    }
    // A dead hang holds but does not pull: a row (the other session's pattern) pulls too.
    if (slot === "upper-back" && c?.exercise.id === "dead-hang") {
      const row = chooseSlot(slot, r.session + 1, block, r.input, r.pool, taken, r.week);
      if (row) {
        taken.add(row.exercise.id);
        chosen.push({ slot, choice: row });
      }
    }
  }
  // The daily routine already has its moves: the session's posture drill is another one.
  const postureOptions = r.pool.usable.filter(
    (e) => e.kind === "posture" && e.pattern === "posture" && !ROUTINE.has(e.id),
  );
  const posture = postureOptions[(r.session + block) % Math.max(1, postureOptions.length)];
  let sets = plannedSets(r.input, r.week);
  let withPosture = posture !== undefined;
  // A lighter week keeps the main work only: fewer sets and no extra exercise.
  let withExtra = !phase.lighter && chosen.some((c) => c.slot === "extra");
  let withFinisher = r.finisher !== undefined;
  let regions = chosen.filter((c) => c.slot !== "extra");
  let rowWarm = 10;

  const build = (): PlanItem[] => {
    const strength = [...regions, ...chosen.filter((c) => c.slot === "extra" && withExtra)].map((c) =>
      strengthItem(c.slot, c.choice, sets, phase, r.format),
    );
    const extras: PlanItem[] = [];
    if (withFinisher && r.finisher) extras.push(r.finisher);
    if (withPosture && posture) {
      const p: MobilityItem = {
        type: "mobility",
        exerciseId: posture.id,
        name: posture.name,
        dosage: toDosage({ exercise: posture }, 2),
      };
      extras.push(p);
    }
    return assemble(r, strength, extras, rowWarm);
  };
  const fits = () => estimateSeconds(r.format, build()) <= r.budgetSeconds;
  // Regions the week already has can go before sets drop to 1; the missing ones go last (§0).
  const dropCovered = () => {
    const i = regions
      .map((c) => c.slot)
      .findLastIndex((g) => !BACK.includes(g) && !r.uncovered.includes(g as Region));
    return i >= 0 ? ((regions = regions.filter((_, k) => k !== i)), true) : false;
  };
  const steps: (() => boolean)[] = [
    () => (withPosture ? ((withPosture = false), true) : false),
    () => (withFinisher ? ((withFinisher = false), true) : false),
    () => (withExtra ? ((withExtra = false), true) : false),
    () => (r.format === "rowing" && rowWarm > 5 ? ((rowWarm = 5), true) : false),
    // This week's extra set goes first (the week then progresses by tempo), before the base
    // sets and the regions the week needs.
    () =>
      phase.step >= 3 && phase.extraSet !== false ? ((phase = { ...phase, extraSet: false }), true) : false,
    () => (sets > 2 ? ((sets = 2), true) : false),
    dropCovered,
    () => (sets > 1 ? ((sets = 1), true) : false),
    () =>
      regions.length > 0 && !BACK.includes(regions[regions.length - 1]?.slot ?? "upper-back")
        ? ((regions = regions.slice(0, -1)), true)
        : false,
    // Last: the week's extra reps and longer holds, when even the back work does not fit.
    () => (phase.step > 1 && !phase.lighter ? ((phase = { ...phase, step: 1 }), true) : false),
  ];
  for (const step of steps) {
    while (!fits() && step()) {
      /* keep shrinking with this step */
    }
    if (fits()) break;
  }
  if (!fits()) return undefined;
  const items = build();
  const trained = new Set<Region>();
  for (const i of items)
    if (i.type === "strength") for (const g of regionsOf(catalogue().byId(i.exerciseId))) trained.add(g);
  return { format: r.format, items, regions: [...trained] };
}
