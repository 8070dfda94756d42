import { z } from "zod";
import { trendWeights } from "@leanback/core/trend/trend-weight";
import { weightSlopeKgPerDay } from "@leanback/core/trend/slope";
import { isUniqueViolation } from "@leanback/db/db-errors";
import {
  deleteWeighIn,
  listWeighIns,
  updateWeighIn,
  upsertWeighIn,
  type WeighIn,
} from "@leanback/db/repos/weigh-ins";
import { addDays, isoDate, requireNotFuture } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { clientIdSchema, noteSchema } from "../shared/schemas.js";
import { resolveRange, type RangeRule } from "../shared/bounded-range.js";

// 25–400 kg: the range core's trend accepts (core/trend/trend-weight.ts).
const weightKg = z.number().min(25, "weight must be 25–400 kg").max(400, "weight must be 25–400 kg");

export const weighInInputSchema = z.strictObject({
  date: isoDate,
  weightKg,
  note: noteSchema.nullable().optional(),
  clientId: clientIdSchema.optional(),
});

export const weighInPatchSchema = z
  .strictObject({
    date: isoDate.optional(),
    weightKg: weightKg.optional(),
    note: noteSchema.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, "give at least one of date, weightKg, note");

export const weighInSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  weightKg: z.number(),
  note: z.string().nullable(),
  clientId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type WeighInView = z.output<typeof weighInSchema>;

function view(w: WeighIn): WeighInView {
  return {
    id: w.id,
    date: w.date,
    weightKg: w.weightKg,
    note: w.note,
    clientId: w.clientId,
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

/**
 * Records the day's weight (one per day: a second weigh-in that day replaces it). A clientId seen
 * before returns the first stored row unchanged.
 */
export async function logWeighIn(deps: UseCaseDeps, userId: string, raw: unknown): Promise<WeighInView> {
  const input = parseInput(weighInInputSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const saved = await upsertWeighIn(
    deps.db,
    {
      userId,
      date: input.date,
      weightKg: input.weightKg,
      note: input.note ?? null,
      clientId: input.clientId ?? null,
    },
    deps.now(),
  );
  return view(saved);
}

/** One weigh-in a day: a list answers at most this many days (ranges over it are a 422). */
export const WEIGH_IN_RANGE: RangeRule = { maxDays: 400, defaultDays: 400 };

/** Weigh-ins from..to (default: the last 400 days), oldest first; a span over 400 days is refused. */
export async function listWeighInsFor(
  deps: UseCaseDeps,
  userId: string,
  query: { from?: string | undefined; to?: string | undefined } = {},
): Promise<WeighInView[]> {
  return (await listWeighIns(deps.db, userId, resolveRange(query, deps.now(), WEIGH_IN_RANGE))).map(view);
}

/** Changes date, weight or note of one weigh-in; moving onto a day that has one is a 409. */
export async function editWeighIn(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<WeighInView> {
  const patch = parseInput(weighInPatchSchema, raw);
  if (patch.date !== undefined) requireNotFuture("date", patch.date, deps.now());
  try {
    const updated = await updateWeighIn(deps.db, userId, id, patch, deps.now());
    if (updated === undefined) throw new NotFoundError("weigh-in");
    return view(updated);
  } catch (e) {
    if (isUniqueViolation(e))
      throw new ConflictError(`there is already a weigh-in on ${patch.date ?? "that day"}`);
    throw e;
  }
}

export async function removeWeighIn(deps: UseCaseDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteWeighIn(deps.db, userId, id))) throw new NotFoundError("weigh-in");
}

export const trendSchema = z.strictObject({
  points: z.array(z.strictObject({ date: z.string(), loggedKg: z.number().nullable(), trendKg: z.number() })),
  latest: z.strictObject({ date: z.string(), trendKg: z.number() }).nullable(),
  /** Least-squares slope of the 28 days up to the range's last weigh-in, kg/week; null with < 2 days. */
  slopeKgPerWeek: z.number().nullable(),
  /** Weigh-ins inside the requested range. */
  weighIns: z.int(),
});
export type TrendView = z.output<typeof trendSchema>;

const SLOPE_WINDOW_DAYS = 28;

/** One point a day: the trend answers at most 400 points (a longer range is a 422). */
export const TREND_RANGE: RangeRule = { maxDays: 400, defaultDays: 400 };

/**
 * Days of weigh-ins read before `from` so the smoother has settled when the range begins: with
 * 10 % smoothing the seed's weight after n days is 0.9^n, and 0.9^120 ≈ 3·10⁻⁶ — under 0.001 kg
 * for any seed error below 300 kg, so the cut range shows what the whole history would.
 */
export const TREND_LEAD_IN_DAYS = 120;

/**
 * The smoothed trend weight (core/trend) for from..to (default: the last 400 days, at most 400
 * points). The smoother starts TREND_LEAD_IN_DAYS before `from` — seeding at the start of a
 * window lags badly (docs/protocol.md §4a) — and the lead-in is cut off before answering.
 */
export async function weightTrend(
  deps: UseCaseDeps,
  userId: string,
  query: { from?: string | undefined; to?: string | undefined } = {},
): Promise<TrendView> {
  const range = resolveRange(query, deps.now(), TREND_RANGE);
  const read = await listWeighIns(deps.db, userId, {
    from: addDays(range.from, -TREND_LEAD_IN_DAYS),
    to: range.to,
  });
  const inRange = read.filter((w) => w.date >= range.from);
  const last = inRange.at(-1);
  if (last === undefined) return { points: [], latest: null, slopeKgPerWeek: null, weighIns: 0 };
  const points = trendWeights(read)
    .filter((p) => p.date >= range.from)
    .map((p) => ({ date: p.date, loggedKg: p.loggedKg ?? null, trendKg: p.trendKg }));
  const end = points.at(-1);
  const windowStart = addDays(last.date, -(SLOPE_WINDOW_DAYS - 1));
  const inWindow = read.filter((w) => w.date >= windowStart);
  const slope = inWindow.length >= 2 ? weightSlopeKgPerDay(inWindow, windowStart, last.date) * 7 : null;
  return {
    points,
    latest: end === undefined ? null : { date: end.date, trendKg: end.trendKg },
    slopeKgPerWeek: slope,
    weighIns: inRange.length,
  };
}
