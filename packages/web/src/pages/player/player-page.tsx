import { catalogue } from "@leanback/core/training/catalogue";
import { generateProgram } from "@leanback/core/training/program-generator";
import { WEEKDAYS, type Weekday } from "@leanback/core/training/program-input";
import type { Session } from "@leanback/core/training/program-types";
import { isoToDay } from "@leanback/core/trend/iso-day";
import { useMemo } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { applySwaps, planCalendar, programInputFor } from "../plan/plan-model.js";
import { loadSwaps } from "../plan/swap-store.js";
import { localToday } from "../progress/progress-api.js";
import type { PageProps } from "../registry.js";
import { SessionPlayer } from "./session-player.js";
import { exerciseSteps, sessionSteps } from "./session-steps.js";

/** The weekday of an ISO date (1970-01-01, day 0, was a Thursday). */
function weekdayOf(date: string): Weekday {
  const d = isoToDay(date, "date");
  return WEEKDAYS[(((d + 3) % 7) + 7) % 7] as Weekday;
}

/** "today" or "w<week>-<day>" (e.g. "w2-wed"); null when the id is neither. */
export function parseSessionId(id: string): { week: number | null; day: Weekday | null } | null {
  if (id === "today") return { week: null, day: null };
  const m = /^w(\d{1,2})-(mon|tue|wed|thu|fri|sat|sun)$/.exec(id);
  return m ? { week: Number(m[1]), day: m[2] as Weekday } : null;
}

/** /player/:sessionId — the day's planned session(s), the same plan the Plan page shows. */
export function PlayerPage({ params }: PageProps) {
  const { user, profile } = useSession();
  const id = params.sessionId ?? "today";
  const built = useMemo(() => {
    if (!user || !profile) return null;
    const which = parseSessionId(id);
    const failed = (error: string) => ({
      error,
      sessions: [] as Session[],
      week: 0,
      day: null,
      planId: null,
      today: null,
    });
    if (!which) return failed(`There is no session called “${id}”.`);
    try {
      const base = generateProgram(programInputFor(profile, user.id));
      const plan = applySwaps(base, loadSwaps(user.id, base.id));
      const today = localToday(profile.timezone);
      const setUpOn = localToday(profile.timezone, new Date(profile.updatedAt));
      const { week: current } = planCalendar(setUpOn, today, plan.weeks.length);
      const week = Math.min(plan.weeks.length, Math.max(1, which.week ?? current));
      const day = which.day ?? weekdayOf(today);
      const sessions = (plan.weeks[week - 1]?.sessions ?? []).filter(
        (s) => s.day === day && s.items.length > 0,
      );
      return { error: null, sessions, week, day, planId: plan.id, today };
    } catch (e) {
      return failed(errorMessage(e));
    }
  }, [user, profile, id]);

  if (!user || !profile || !built) return <p class="loading">Loading…</p>;
  if (built.error !== null) {
    return (
      <section>
        <PageHeading>Workout</PageHeading>
        <Notice kind="error">{built.error}</Notice>
        <p>
          <a href="/plan">Open your plan</a>
        </p>
      </section>
    );
  }
  if (built.sessions.length === 0) {
    return (
      <section>
        <PageHeading>Rest day</PageHeading>
        <p>Nothing is planned for this day. A walk still counts; or pick an interval timer.</p>
        <p>
          <a href="/timer">Interval timers</a> · <a href="/plan">Your plan</a>
        </p>
      </section>
    );
  }
  const title = built.sessions.map((s) => s.title).join(" + ");
  const steps = built.sessions.flatMap((s) => sessionSteps(s));
  const date = built.today ?? localToday(profile.timezone);
  const ref = `w${built.week}-${built.day}`;
  return (
    <section class="player-page">
      <PageHeading>{title}</PageHeading>
      <SessionPlayer
        storeId={`${user.id}:${date}:${ref}`}
        title={title}
        date={date}
        plannedRef={built.planId ? `${built.planId}:${ref}` : null}
        steps={steps}
        units={profile.unitSystem}
      />
    </section>
  );
}

/** /player/exercise/:exerciseId — log one catalogue exercise that is not on today's plan. */
export function ExercisePlayerPage({ params }: PageProps) {
  const { user, profile } = useSession();
  const id = params.exerciseId ?? "";
  const cat = catalogue();
  if (!user || !profile) return <p class="loading">Loading…</p>;
  if (!cat.has(id)) {
    return (
      <section>
        <PageHeading>Exercise not found</PageHeading>
        <p>There is no exercise “{id}” in the catalogue.</p>
      </section>
    );
  }
  const e = cat.byId(id);
  const date = localToday(profile.timezone);
  return (
    <section class="player-page">
      <PageHeading>{e.name}</PageHeading>
      <SessionPlayer
        storeId={`${user.id}:${date}:exercise:${id}`}
        title={e.name}
        date={date}
        plannedRef={null}
        steps={exerciseSteps(id)}
        units={profile.unitSystem}
      />
    </section>
  );
}
