import { useMemo, useState } from "preact/hooks";
import type { Weekday } from "@leanback/core/training/program-input";
import { api } from "../../api/client.js";
import { errorMessage, NetworkError } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { Field, Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { addDays } from "@leanback/core/trend/iso-day";
import { localToday } from "../../ui/dates.js";
import { workoutForSession, type LoggedWorkoutRef } from "../../api/logged-session.js";
import type { PageProps } from "../registry.js";
import { downloadIcs } from "./ics-download.js";
import { planApi, type PlanView } from "../../api/plan-api.js";
import { applySwaps, mondayOf, PLAN_WEEKS, planWeek, sessionDate } from "../../api/plan-model.js";
import { RegenerateForm } from "./regenerate-form.js";
import { DAY_NAMES, SessionCard, SessionDetails } from "./session-card.js";
import { useWide } from "./use-wide.js";
import { loadSwaps, saveSwap } from "../../api/swap-store.js";
import { syncLocalSwaps } from "./swap-sync.js";
import { MyTrainerNotes } from "../coaching/my-comments.js";
import "./plan.css";

/**
 * The training plan: the server's current plan (made on the first visit, starting this week) as a
 * week calendar, session details, swaps, regenerate, .ics export.
 */
export function PlanPage(_props: PageProps) {
  const { user, profile, setProfile } = useSession();
  const [swapTick, setSwapTick] = useState(0);
  const [weekChoice, setWeekChoice] = useState<number | null>(null);
  const [time, setTime] = useState("07:00");
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [editing, setEditing] = useState(false);
  // undefined: not chosen yet (today's session opens); null: all closed.
  const [selected, setSelected] = useState<Weekday | null | undefined>(undefined);
  const wide = useWide();
  // The plan the regenerate form just received, shown until the next load.
  const [fresh, setFresh] = useState<PlanView | null>(null);
  const today = localToday(profile?.timezone ?? "UTC");

  const current = useApi(
    async (signal) => {
      if (!user) return null;
      const existing = await planApi.current(signal);
      if (existing) return syncLocalSwaps(existing, user.id, planApi.swap);
      // First visit after onboarding: start this week so today is in week 1. The user id as seed
      // gives the same exercise choice as the plan the onboarding summary showed.
      return planApi.generate({ startDate: mondayOf(today), weeks: PLAN_WEEKS, seed: user.id });
    },
    [user?.id],
  );

  const view = fresh ?? current.data;
  // Workouts since the plan started: a session with one is done (offline: none shown as done).
  const logged = useApi(
    async (signal) =>
      view
        ? (
            await api.get<{ workouts: LoggedWorkoutRef[] }>("/api/users/me/workouts", {
              signal,
              // The server answers at most 400 days up to today (in the earliest zone): a plan
              // older than that shows only its last 397 days as done.
              query: { from: maxDate(view.startDate, addDays(today, -397)) },
            })
          ).workouts
        : [],
    [view?.startDate, view?.program.id],
  );
  const plan = useMemo(() => {
    const p = view;
    if (!p || !user) return null;
    // Swaps made offline (not yet on the server) apply on top of the server's.
    return applySwaps(p.program, { ...p.swaps, ...loadSwaps(user.id, p.program.id) });
  }, [view, user, swapTick]);

  if (!profile || !user) return <p class="loading">Loading…</p>;
  if (current.error !== undefined && !view) {
    return (
      <section class="plan-page">
        <PageHeading>Your plan</PageHeading>
        <Notice kind="error">The plan could not be loaded: {errorMessage(current.error)}</Notice>
        <p>
          <a href="/settings">Check your training days and fitness answers in Settings</a>
        </p>
      </section>
    );
  }
  if (!plan || !view) return <p class="loading">Loading your plan…</p>;
  const start = view.startDate;
  const { week: currentWeek, status } = planWeek(start, today, plan.weeks.length);
  const week = weekChoice ?? currentWeek;
  const weekPlan = plan.weeks[week - 1];
  const dateOf = (day: Weekday) => sessionDate(start, week, day);
  const todays = weekPlan?.sessions.find((s) => dateOf(s.day) === today);
  const open = selected === undefined ? (todays && todays.kind !== "rest" ? todays.day : null) : selected;
  const openSession = weekPlan?.sessions.find((s) => s.day === open);
  const unit = profile.unitSystem === "imperial" ? "lb" : "kg";

  async function swapOnServer(from: string, to: string) {
    if (!plan || !user) return;
    try {
      setFresh(await planApi.swap(from, to));
      setNotice({ kind: "ok", text: "Exercise swapped in every week of the plan." });
    } catch (e) {
      if (!(e instanceof NetworkError)) {
        setNotice({ kind: "error", text: errorMessage(e) });
        return;
      }
      // Offline: keep it in this browser (keyed by the program's id, as the player reads them)
      // and send it on the next visit online.
      saveSwap(user.id, plan.id, from, to);
      setSwapTick((t) => t + 1);
      setNotice({
        kind: "ok",
        text: "Exercise swapped on this device; it is saved to your plan when you are online.",
      });
    }
  }
  const onSwap = (from: string, to: string) => void swapOnServer(from, to);

  async function onDownload() {
    if (!plan) return;
    try {
      const name = await downloadIcs(plan, start, time, new Date());
      setNotice({ kind: "ok", text: `Saved ${name}.` });
    } catch (e) {
      setNotice({ kind: "error", text: errorMessage(e) });
    }
  }

  return (
    <section class="plan-page">
      <PageHeading>Your plan</PageHeading>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {status !== "active" && (
        <Notice kind="info">
          {status === "before"
            ? `Your plan starts on ${start}.`
            : "Your plan is finished: change days or equipment for a new one."}
        </Notice>
      )}
      {weekPlan && (
        <>
          <nav class="week-nav" aria-label="Plan weeks">
            <button
              type="button"
              class="secondary small"
              disabled={week <= 1}
              onClick={() => {
                setWeekChoice(week - 1);
                setSelected(null);
              }}
            >
              Previous week
            </button>
            <p class="week-nav__label" aria-live="polite" data-testid="week-label">
              Week {week} of {plan.weeks.length}
              {week === currentWeek ? " (this week)" : ""}
            </p>
            <button
              type="button"
              class="secondary small"
              disabled={week >= plan.weeks.length}
              onClick={() => {
                setWeekChoice(week + 1);
                setSelected(null);
              }}
            >
              Next week
            </button>
          </nav>
          <ol class="week" aria-label={`Week ${week}`}>
            {weekPlan.sessions.map((s) => {
              const date = dateOf(s.day);
              return (
                <SessionCard
                  key={s.day}
                  session={s}
                  date={date}
                  week={week}
                  isToday={date === today}
                  loggedId={workoutForSession(logged.data ?? [], `w${week}-${s.day}`)?.id ?? null}
                  unit={unit}
                  equipment={profile.equipment}
                  exclusions={profile.exclusions}
                  onSwap={onSwap}
                  expanded={open === s.day}
                  inline={!wide}
                  onToggle={() => setSelected(open === s.day ? null : s.day)}
                />
              );
            })}
          </ol>
          {wide && openSession && (
            <section
              class="card session-panel"
              aria-label={`${DAY_NAMES[openSession.day]}: ${openSession.title}`}
            >
              <h2>
                {DAY_NAMES[openSession.day]}: {openSession.title}
              </h2>
              <SessionDetails
                session={openSession}
                date={dateOf(openSession.day)}
                week={week}
                isToday={openSession === todays}
                unit={unit}
                equipment={profile.equipment}
                exclusions={profile.exclusions}
                onSwap={onSwap}
              />
            </section>
          )}
          {plan.tradeOffs.length > 0 && (
            <div class="card">
              <h2>Trade-offs</h2>
              <ul>
                {plan.tradeOffs.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="card plan-tools">
            <h2>Calendar</h2>
            <p class="muted">
              Every session of the {plan.weeks.length} weeks from {start}, for your phone&apos;s or
              computer&apos;s calendar.
            </p>
            <div class="inline-row">
              <Field
                label="Session time"
                type="time"
                value={time}
                onInput={(e) => setTime(e.currentTarget.value)}
              />
              <button type="button" onClick={() => void onDownload()}>
                Download calendar (.ics)
              </button>
            </div>
          </div>
          <details class="card notes">
            <summary>How this plan works</summary>
            <ul>
              {plan.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      <MyTrainerNotes />
      <div class="card">
        <h2>Change days or equipment</h2>
        {editing ? (
          <RegenerateForm
            profile={profile}
            onSaved={(p, regenerated) => {
              setProfile(p);
              setEditing(false);
              setWeekChoice(null);
              setFresh(regenerated);
              setNotice({ kind: "ok", text: "Plan regenerated from your new days and equipment." });
            }}
          />
        ) : (
          <button type="button" class="secondary" onClick={() => setEditing(true)}>
            Change days or equipment
          </button>
        )}
      </div>
    </section>
  );
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
