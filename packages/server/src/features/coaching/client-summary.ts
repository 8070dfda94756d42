import { z } from "zod";
import { adherence, type Adherence } from "@leanback/core/coaching/adherence";
import { clientFlags, clientTrend } from "@leanback/core/coaching/client-flags";
import { listCheckIns } from "@leanback/db/repos/check-ins";
import { listLinks } from "@leanback/db/repos/trainer-links";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { listWorkouts } from "@leanback/db/repos/workouts";
import { currentTargets } from "../energy/accepted-targets.js";
import { findProfile } from "../profile/profile.js";
import { addDays, isoWeekday, localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { requireCurrentPlan, sessionsOn, type PlanView } from "../plan/plan.js";
import type { PageRequest } from "../shared/page.js";

const adherenceSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  days: z.int(),
  sessionsPlanned: z.int(),
  sessionsDone: z.int(),
  diaryDaysComplete: z.int(),
  weighInDays: z.int(),
});

export const clientSummarySchema = z.strictObject({
  linkId: z.string(),
  userId: z.string(),
  email: z.string(),
  displayName: z.string().nullable(),
  /** The client allowed this trainer to change their plan. */
  planConsent: z.boolean(),
  /** False until the client finished onboarding (then most numbers are null). */
  hasProfile: z.boolean(),
  /** Today in the client's time zone (UTC without a profile). */
  today: z.string(),
  /** Monday of this week to today. */
  thisWeek: adherenceSchema,
  /** Monday three weeks before this one to today. */
  fourWeeks: adherenceSchema,
  trendKg: z.number().nullable(),
  /** Weight change per week over the last 14 days of weigh-ins (negative = loss). */
  kgPerWeek: z.number().nullable(),
  /** The planned change per week (negative = loss); null without targets. */
  plannedKgPerWeek: z.number().nullable(),
  lastCheckIn: z
    .strictObject({ weekStart: z.string(), proposedKcal: z.number(), accepted: z.boolean().nullable() })
    .nullable(),
  lastLogDate: z.string().nullable(),
  flags: z.array(z.enum(["stalled", "too-fast", "no-log"])),
});
export type ClientSummary = z.output<typeof clientSummarySchema>;

async function plannedKgPerWeek(deps: UseCaseDeps, userId: string): Promise<number | null> {
  try {
    const t = await currentTargets(deps, userId);
    return t.source === "maintenance" ? 0 : -t.rateKgPerWeek;
  } catch (e) {
    if (e instanceof ConflictError || e instanceof NotFoundError) return null;
    throw e;
  }
}

/** Dates of the planned training sessions (rest excluded) from `from` to `to`. */
async function plannedSessionDates(deps: UseCaseDeps, userId: string, from: string, to: string) {
  let plan: PlanView;
  try {
    plan = await requireCurrentPlan(deps, userId);
  } catch (e) {
    if (e instanceof NotFoundError) return [];
    throw e;
  }
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1))
    for (const s of sessionsOn(plan, d).sessions) if (s.kind !== "rest") dates.push(d);
  return dates;
}

/** Complete diary days in the window, and the last day with a diary entry or a workout. */
async function logFacts(deps: UseCaseDeps, userId: string, from: string, to: string) {
  const [complete, last, lastWorkout] = await Promise.all([
    deps.db
      .selectFrom("diary_days")
      .select("date")
      .where("user_id", "=", userId)
      .where("complete", "=", 1)
      .where("date", ">=", from)
      .where("date", "<=", to)
      .execute(),
    deps.db
      .selectFrom("diary_entries")
      .select((eb) => eb.fn.max("date").as("last"))
      .where("user_id", "=", userId)
      .where("date", "<=", to)
      .executeTakeFirst(),
    deps.db
      .selectFrom("workouts")
      .select((eb) => eb.fn.max("date").as("last"))
      .where("user_id", "=", userId)
      .where("date", "<=", to)
      .executeTakeFirst(),
  ]);
  return {
    completeDates: complete.map((r) => r.date),
    lastEntry: last?.last ?? null,
    lastWorkout: lastWorkout?.last ?? null,
  };
}

function latest(...dates: ReadonlyArray<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

/** One client's row of the trainer's list, read from the client's own data. */
export async function clientSummary(
  deps: UseCaseDeps,
  link: {
    id: string;
    clientId: string;
    email: string;
    displayName: string | null;
    planConsentAt: number | null;
  },
): Promise<ClientSummary> {
  const userId = link.clientId;
  const profile = await findProfile(deps, userId);
  const today = localDate(deps.now(), profile?.timezone ?? "UTC");
  const monday = addDays(today, 1 - isoWeekday(today));
  const from4 = addDays(monday, -21);
  const [weighIns, workouts, diary, checkIns, planned, sessions] = await Promise.all([
    listWeighIns(deps.db, userId, { to: today }),
    listWorkouts(deps.db, userId, { from: from4, to: today }),
    logFacts(deps, userId, from4, today),
    listCheckIns(deps.db, userId, 1),
    profile ? plannedKgPerWeek(deps, userId) : Promise.resolve(null),
    profile ? plannedSessionDates(deps, userId, from4, today) : Promise.resolve([]),
  ]);
  const facts = {
    plannedSessionDates: sessions,
    doneSessionDates: workouts.filter((w) => w.sessionKey !== null).map((w) => w.date),
    completeDiaryDates: diary.completeDates,
    weighInDates: weighIns.map((w) => w.date),
  };
  const weights = weighIns.map((w) => ({ date: w.date, weightKg: w.weightKg }));
  const lastLogDate = latest(weighIns.at(-1)?.date, diary.lastWorkout, diary.lastEntry);
  const trend = clientTrend(today, weights);
  const check = checkIns[0];
  const week: Adherence = adherence(monday, today, facts);
  return {
    linkId: link.id,
    userId,
    email: link.email,
    displayName: link.displayName,
    planConsent: link.planConsentAt !== null,
    hasProfile: profile !== undefined,
    today,
    thisWeek: week,
    fourWeeks: adherence(from4, today, facts),
    trendKg: trend.trendKg,
    kgPerWeek: trend.kgPerWeek,
    plannedKgPerWeek: planned,
    lastCheckIn: check
      ? { weekStart: check.weekStart, proposedKcal: check.proposedKcal, accepted: check.accepted }
      : null,
    lastLogDate,
    flags: clientFlags({ today, weighIns: weights, lastLogDate, plannedKgPerWeek: planned }),
  };
}

/** The trainer's accepted clients, each summarised; ordered by e-mail. */
export async function trainerClients(
  deps: UseCaseDeps,
  trainerId: string,
  page?: PageRequest,
): Promise<ClientSummary[]> {
  const links = (await listLinks(deps.db, trainerId, "trainer")).filter((l) => l.status === "accepted");
  if (links.length === 0) return [];
  const users = await deps.db
    .selectFrom("users")
    .select(["id", "email", "display_name"])
    .where(
      "id",
      "in",
      links.map((l) => l.clientId),
    )
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  const ordered = links
    .flatMap((l) => {
      const u = byId.get(l.clientId);
      return u ? [{ l, u }] : [];
    })
    .sort((a, b) => a.u.email.localeCompare(b.u.email) || a.l.id.localeCompare(b.l.id));
  // The summaries are the work: only a page (plus one, for pageOf's `next`) is summed up.
  const chosen = page ? ordered.slice(page.offset, page.offset + page.limit + 1) : ordered;
  const out: ClientSummary[] = [];
  for (const { l, u } of chosen) {
    out.push(
      await clientSummary(deps, {
        id: l.id,
        clientId: l.clientId,
        email: u.email,
        displayName: u.display_name,
        planConsentAt: l.planConsentAt,
      }),
    );
  }
  return out;
}
