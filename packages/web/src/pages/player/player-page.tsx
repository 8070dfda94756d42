import { catalogue } from "@leanback/core/training/catalogue";
import { generateProgram } from "@leanback/core/training/program-generator";
import type { Plan } from "@leanback/core/training/program-types";
import { useMemo } from "preact/hooks";
import { api } from "../../api/client.js";
import { ApiError, errorMessage, NetworkError } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { Profile } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { applySwaps, programInputFor } from "../../api/plan-model.js";
import { loadSwaps } from "../../api/swap-store.js";
import { localToday } from "../../ui/dates.js";
import type { PageProps } from "../registry.js";
import { loggedSession } from "../../api/logged-session.js";
import { mondayOf, parseSessionId, pickSessions } from "../../api/plan-source.js";
import { SessionPlayer } from "./session-player.js";
import { exerciseSteps, sessionSteps } from "./session-steps.js";

/** The server's current plan (GET /api/users/{userId}/plan): the parts the player needs. */
interface ServerPlan {
  readonly startDate: string;
  readonly program: Plan;
  /** Exercise swaps kept with the plan (absent for the plan generated in the browser). */
  readonly swaps?: Readonly<Record<string, string>>;
}

/**
 * The plan to play: the server's current plan (what the Plan page shows); before one exists, or
 * offline without a cached answer, the same generator run in the browser (seed = user id, week 1
 * = the week the profile was set up), so the player still works in a gym without signal.
 */
async function loadPlan(
  profile: Profile,
  userId: string,
  signal: AbortSignal,
): Promise<ServerPlan & { local: boolean }> {
  try {
    const p = await api.get<ServerPlan>("/api/users/me/plan", { signal });
    return { ...p, local: false };
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    if (!(e instanceof NetworkError) && !(e instanceof ApiError && e.status === 404)) throw e;
    const program = generateProgram(programInputFor(profile, userId));
    return {
      startDate: mondayOf(localToday(profile.timezone, new Date(profile.updatedAt))),
      program,
      local: true,
    };
  }
}

/** /player/:sessionId — "today" or "w<week>-<day>" of the current plan, step by step. */
export function PlayerPage({ params }: PageProps) {
  const { user, profile } = useSession();
  const id = params.sessionId ?? "today";
  const which = parseSessionId(id);
  const source = useApi(
    (signal) => (user && profile ? loadPlan(profile, user.id, signal) : Promise.resolve(null)),
    [user?.id, profile?.updatedAt],
  );
  // Today's workouts: a planned session already logged today opens as done, not as a fresh log
  // (offline they are unknown; the server still refuses a second save with 409).
  const todays = useApi(
    async (signal) =>
      profile
        ? (
            await api.get<{ workouts: { id: string; date: string; plannedRef: string | null }[] }>(
              "/api/users/me/workouts",
              { signal, query: { from: localToday(profile.timezone), to: localToday(profile.timezone) } },
            )
          ).workouts
        : [],
    [profile?.timezone],
  );
  const picked = useMemo(() => {
    if (!user || !profile || !source.data || !which) return null;
    // The server's swaps, and on top those made offline on the Plan page and not yet sent.
    const swaps = { ...source.data.swaps, ...loadSwaps(user.id, source.data.program.id) };
    const program = applySwaps(source.data.program, swaps);
    const today = localToday(profile.timezone);
    return { ...pickSessions(program, source.data.startDate, today, which), planId: program.id, today };
  }, [source.data, user, profile, id]);

  if (!which) {
    return (
      <section>
        <PageHeading>Workout</PageHeading>
        <Notice kind="error">There is no session called “{id}”.</Notice>
        <p>
          <a href="/plan">Open your plan</a>
        </p>
      </section>
    );
  }
  if (source.error !== undefined && !source.data) {
    return (
      <section>
        <PageHeading>Workout</PageHeading>
        <Notice kind="error">{errorMessage(source.error)}</Notice>
      </section>
    );
  }
  if (!user || !profile || !picked) return <p class="loading">Loading…</p>;
  if (picked.sessions.length === 0) {
    const why =
      picked.outside === "before-start"
        ? "Your plan starts later."
        : picked.outside === "finished"
          ? "This is past the end of your plan: regenerate it on the Plan page."
          : "Nothing is planned for this day. A walk still counts; or pick an interval timer.";
    return (
      <section>
        <PageHeading>Rest day</PageHeading>
        <p>{why}</p>
        <p>
          <a href="/timer">Interval timers</a> · <a href="/plan">Your plan</a>
        </p>
      </section>
    );
  }
  const title = picked.sessions.map((s) => s.title).join(" + ");
  const steps = picked.sessions.flatMap((s) => sessionSteps(s));
  const ref = `w${picked.week}-${picked.day}`;
  if (todays.loading && todays.data === undefined) return <p class="loading">Loading…</p>;
  const done = loggedSession(todays.data ?? [], picked.today, ref);
  if (done) {
    return (
      <section class="player-page">
        <PageHeading>{title}</PageHeading>
        <section class="card" aria-labelledby="done-title" data-testid="session-done">
          <h2 id="done-title">
            <span class="done-badge">Done ✓</span> Saved today
          </h2>
          <p>
            This session is already logged for today; a planned session is saved once a day. Change what you
            logged in the saved workout.
          </p>
          <p>
            <a class="button" href={`/workouts/${done.id}`}>
              View or edit the workout
            </a>{" "}
            <a href="/">Back to Today</a>
          </p>
        </section>
      </section>
    );
  }
  return (
    <section class="player-page">
      <PageHeading>{title}</PageHeading>
      {source.data?.local && (
        <p class="muted">
          Offline or no plan on the server yet: playing the plan as this device computes it.
        </p>
      )}
      <SessionPlayer
        storeId={`${user.id}:${picked.today}:${ref}`}
        title={title}
        date={picked.today}
        plannedRef={`${picked.planId}:${ref}`}
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
