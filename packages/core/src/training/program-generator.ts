import { InvalidInputError } from "../errors.js";
import { dailyRoutine } from "./daily-routine.js";
import { BACK_FRIENDLY_MODALITIES, type Modality, type Region } from "./exercise.js";
import {
  ACTIVE_REST_SECONDS,
  activeRestBurst,
  cardioSessionMinutes,
  FINISHER_MAX_MINUTES,
  finisherFor,
  intervalFor,
  steadyFor,
  steadyItem,
  warmUpFor,
} from "./program-cardio.js";
import { fitIntervals, forWeek, intervalsAfter } from "./program-intervals.js";
import { parseProgramInput, type ProgramInput, type Weekday } from "./program-input.js";
import { phaseChanges, weekPhase } from "./program-phase.js";
import { buildPool, cardioModalities, type ExercisePool } from "./program-pool.js";
import { hashText } from "../random.js";
import { CARDIO_MIN_MINUTES, layoutWeek, type WeekLayout } from "./program-schedule.js";
import { buildStrength, plannedSets } from "./program-strength.js";
import { cardioMinutes, estimateSeconds } from "./program-time.js";
import type { DailyRoutine, PlanItem, Plan, PlanWeek, Session, StrengthFormat } from "./program-types.js";
import { strengthWhy, cardioWhy } from "./program-why.js";

interface Context {
  readonly input: ProgramInput;
  readonly pool: ExercisePool;
  readonly modalities: readonly Modality[];
  readonly layout: WeekLayout;
  readonly rowing: boolean;
  /** The strength day that carries the rowing pattern: a full-length one when there is one. */
  readonly rowingDay: Weekday | undefined;
  readonly tradeOffs: string[];
  readonly daily: DailyRoutine;
}

function session(
  day: Weekday,
  kind: Session["kind"],
  title: string,
  items: readonly PlanItem[],
  why: readonly string[],
  format?: StrengthFormat,
  activeRest?: Session["activeRest"],
): Session {
  const cardio = cardioMinutes(format, items);
  return {
    day,
    kind,
    title,
    ...(format ? { format } : {}),
    ...(activeRest ? { activeRest } : {}),
    items,
    minutes: Math.ceil(estimateSeconds(format, items, activeRest) / 60),
    cardioMinutes: cardio,
    countsAsCardio: cardio >= CARDIO_MIN_MINUTES,
    why,
  };
}

function formatFor(ctx: Context, s: number, week: number, day: Weekday): StrengthFormat {
  const combined = ctx.layout.combinedDays.includes(day);
  if (ctx.rowing && (combined || day === ctx.rowingDay)) return "rowing";
  if (ctx.input.level === "beginner" && week <= 2) return "straight-sets";
  const rotation: StrengthFormat[] =
    ctx.input.level === "beginner"
      ? ["straight-sets", "circuit"]
      : ["straight-sets", "active-rest", "circuit"];
  // Each 5-week block moves the formats on by one day, so every format comes round.
  const f = rotation[(s + weekPhase(week).cycle) % rotation.length] ?? "straight-sets";
  return f === "active-rest" && !activeRestBurst(ctx.pool) ? "circuit" : f;
}

function strengthSession(ctx: Context, day: Weekday, s: number, week: number, uncovered: Region[]): Session {
  const { input, pool } = ctx;
  const combined = ctx.layout.combinedDays.includes(day);
  const lastOfWeek = s === ctx.layout.strengthDays.length - 1;
  // Intervals every week (the protocol's intervals): a finisher on the last strength day, or on a combined day when
  // there is no separate cardio day to carry them.
  const wantFinisher = lastOfWeek && (!combined || ctx.layout.cardioDays.length === 0);
  const modality = ctx.modalities[(s + weekPhase(week).cycle) % ctx.modalities.length];
  const attempt = (format: StrengthFormat) => {
    const after = combined && format !== "rowing" && modality ? steadyFor(pool, modality) : undefined;
    const budget = input.minutes * 60 - (after ? CARDIO_MIN_MINUTES * 60 : 0);
    const warmUp = warmUpFor(pool, ctx.modalities);
    const found = wantFinisher && !after ? finisherFor(pool) : undefined;
    const phased = found ? forWeek(found, week) : undefined;
    const finisher = phased && phased.minutes <= FINISHER_MAX_MINUTES ? phased : found;
    const r = buildStrength({
      input,
      pool,
      session: s,
      week,
      format,
      uncovered,
      budgetSeconds: budget,
      ...(format !== "rowing" && warmUp ? { warmUp } : {}),
      ...(format === "rowing" ? { rowerId: "rowing-machine" } : {}),
      ...(finisher ? { finisher } : {}),
    });
    if (!r) return undefined;
    const iv = after && wantFinisher && modality ? intervalsAfter(ctx.pool, modality, week) : undefined;
    const afterItems = after
      ? iv
        ? [steadyItem(after, "after-strength", Math.max(0, CARDIO_MIN_MINUTES - iv.minutes)), iv]
        : [steadyItem(after, "after-strength", CARDIO_MIN_MINUTES)]
      : [];
    const items = [...r.items, ...afterItems.filter((i) => i.minutes > 0)];
    return { r, items };
  };
  let format = formatFor(ctx, s, week, day);
  let built = attempt(format);
  // The rowing pattern counts as cardio only with 30+ min of rowing; otherwise row after strength.
  if (format === "rowing" && combined && built && cardioMinutes("rowing", built.items) < CARDIO_MIN_MINUTES) {
    format = "straight-sets";
    built = attempt(format);
  }
  if (!built)
    throw new InvalidInputError("minutes", `${input.minutes} min is too short for a strength session`);
  for (const g of built.r.regions) {
    const i = uncovered.indexOf(g);
    if (i >= 0) uncovered.splice(i, 1);
  }
  const burst = format === "active-rest" ? activeRestBurst(pool) : undefined;
  const activeRest = burst
    ? { exerciseId: burst.id, name: burst.name, seconds: ACTIVE_REST_SECONDS }
    : undefined;
  const title =
    format === "rowing"
      ? "Strength + rowing"
      : combined
        ? "Strength + cardio"
        : format === "circuit"
          ? "Strength circuit"
          : format === "active-rest"
            ? "Strength with active rest"
            : "Strength";
  const why = strengthWhy({
    items: built.items,
    format,
    combined,
    sets: plannedSets(input, week),
    level: input.level,
    activeRest,
  });
  return session(day, "strength", title, built.items, why, format, activeRest);
}

const hasBag = (ctx: Context) =>
  ctx.pool.isUsable("intervals-boxing") || ctx.pool.isUsable("intervals-speed-bag");

function cardioSession(ctx: Context, day: Weekday, k: number, week: number, cardioCount: number): Session {
  const { input, pool } = ctx;
  const phase = weekPhase(week);
  const block = phase.cycle;
  // Duration first (cardio ≥ 30 min): 5 min more in steps 2 and 3, within the session's minutes.
  const total = phase.lighter
    ? cardioSessionMinutes(input)
    : Math.min(input.minutes, cardioSessionMinutes(input) + 5 * (Math.min(phase.step, 3) - 1));
  const pace = phase.lighter ? "easy" : "steady";
  const lastDay = k === ctx.layout.cardioDays.length - 1;
  const n = ctx.modalities.length;
  for (let j = 0; j < n; j++) {
    const m = ctx.modalities[(k + block + j) % n];
    if (!m) continue;
    const steady = steadyFor(pool, m);
    if (!steady) continue;
    if (lastDay) {
      // With a bag, boxing 30/30 every other week; otherwise the modality's own intervals,
      // else body-weight short bouts (they need nothing).
      const bag = week % 2 === 0 && hasBag(ctx) ? intervalFor(pool, "boxing", "main") : undefined;
      const found = bag ?? intervalFor(pool, m, "main") ?? intervalFor(pool, "bodyweight", "main");
      const iv = found ? fitIntervals(forWeek(found, week), total) : undefined;
      if (iv && iv.minutes <= total) {
        const rest = Math.max(0, total - iv.minutes);
        const items: PlanItem[] = [...(rest > 0 ? [steadyItem(steady, "main", rest, pace)] : []), iv];
        return session(
          day,
          "intervals",
          `Intervals: ${iv.name}`,
          items,
          cardioWhy(m, cardioCount, input.cardio.includes(m), iv),
        );
      }
    }
    return session(
      day,
      "cardio",
      `Cardio: ${steady.name}`,
      [steadyItem(steady, "main", total, pace)],
      cardioWhy(m, cardioCount, input.cardio.includes(m)),
    );
  }
  throw new InvalidInputError("cardio", "no cardio is possible with this equipment and these exclusions");
}

function restSession(day: Weekday): Session {
  return session(
    day,
    "rest",
    "Rest",
    [],
    [
      "Rest between training days; the daily posture and low-back routine still fits (daily stretching helps a stiff lower back, standing tall improves how the back looks now)",
    ],
  );
}

function buildWeek(ctx: Context, week: number): PlanWeek {
  const uncovered: Region[] = ["legs", "push", "core"];
  const bySlot = new Map<Weekday, Session>();
  // Full-length strength days first: they cover the whole body, so the shorter combined days
  // (strength + cardio) can spend their minutes on the back work.
  const strengthOrder = ctx.layout.strengthDays
    .map((d, s) => ({ d, s, combined: ctx.layout.combinedDays.includes(d) }))
    .sort((a, b) => Number(a.combined) - Number(b.combined));
  for (const { d, s } of strengthOrder) bySlot.set(d, strengthSession(ctx, d, s, week, uncovered));
  const strengthCardio = [...bySlot.values()].filter((x) => x.countsAsCardio).length;
  const cardioCount = strengthCardio + ctx.layout.cardioDays.length;
  ctx.layout.cardioDays.forEach((d, k) => bySlot.set(d, cardioSession(ctx, d, k, week, cardioCount)));
  for (const d of ctx.layout.restDays) bySlot.set(d, restSession(d));
  const order: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const phase = weekPhase(week);
  return {
    week,
    ...(phase.lighter ? { lighter: true } : {}),
    changes: phaseChanges(phase),
    // The posture and low-back routine is offered every day, besides the day's session.
    sessions: order.flatMap((d) => {
      const s = bySlot.get(d);
      return s ? [{ ...s, daily: ctx.daily }] : [];
    }),
  };
}

/**
 * Generates a multi-week plan from a profile: 2–3 back-focused whole-body strength sessions,
 * 3–5 cardio sessions of ≥ 30 min, intervals, rest days, within the minutes and equipment
 * given; deterministic for the same input and seed.
 *
 * @example
 * const plan = generateProgram({ level: "beginner", days: ["mon", "wed", "fri", "sat"],
 *   equipment: ["dumbbells", "pullup-bar"], minutes: 45, weeks: 12, seed: "s1" });
 * plan.weeks.length; // → 12
 */
export function generateProgram(raw: unknown): Plan {
  const input = parseProgramInput(raw);
  const pool = buildPool(input);
  const modalities = cardioModalities(input, pool);
  if (modalities.length === 0)
    throw new InvalidInputError("cardio", "no cardio is possible with this equipment and these exclusions");
  const tradeOffs: string[] = [];
  const missing = input.cardio.filter((m) => !modalities.includes(m));
  if (missing.length > 0)
    tradeOffs.push(
      `Not possible with your equipment or exclusions: ${missing.join(", ")}; using ${modalities.join(", ")} instead.`,
    );
  const layout = layoutWeek(input.days, input.level, input.minutes);
  tradeOffs.push(...layout.tradeOffs);
  const rowing =
    pool.isUsable("rowing-machine") && (input.cardio.length === 0 || input.cardio.includes("rowing"));
  const rowingDay =
    layout.strengthDays.find((d) => !layout.combinedDays.includes(d)) ?? layout.strengthDays[0];
  const ctx: Context = {
    input,
    pool,
    modalities,
    layout,
    rowing,
    rowingDay,
    tradeOffs,
    daily: dailyRoutine(input.exclude),
  };
  const weeks = Array.from({ length: input.weeks }, (_, i) => buildWeek(ctx, i + 1));
  const backFriendly = modalities.filter((m) => BACK_FRIENDLY_MODALITIES.includes(m));
  return {
    id: `plan-${hashText(JSON.stringify(input))}`,
    input,
    weeks,
    tradeOffs,
    notes: [
      "No spot reduction: back fat goes as total body fat goes down. This plan pairs back-focused strength with whole-body training and cardio; the energy deficit does the rest.",
      "Progression: reach the top of the rep range in every set, then add a set or load; move up the pull-up, push-up and row ladders.",
      "Posture in every back exercise: shoulders back and down, neck neutral.",
      ...(input.bodyWeightKg !== undefined
        ? [
            "Starting loads are conservative starting points from your level, body weight and sex (strength-standards ratios); change them when the first sets feel too easy or too hard.",
          ]
        : []),
      "Where no load is given, pick one that leaves 1–2 reps in reserve at the top of the range.",
      ...(backFriendly.length > 0
        ? []
        : [
            "Back-friendly cardio (rowing, boxing, swimming, battle ropes, stairs) is worth trying when you can.",
          ]),
    ],
  };
}
