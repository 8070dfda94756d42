import { useMemo, useState } from "preact/hooks";
import { generateProgram } from "@leanback/core/training/program-generator";
import { WEEKDAYS, type Weekday } from "@leanback/core/training/program-input";
import { addDays } from "@leanback/core/trend/iso-day";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { Field, Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { localToday } from "../progress/progress-api.js";
import type { PageProps } from "../registry.js";
import { downloadIcs } from "./ics-download.js";
import { applySwaps, planCalendar, programInputFor, type Swaps } from "./plan-model.js";
import { RegenerateForm } from "./regenerate-form.js";
import { DAY_NAMES, SessionCard, SessionDetails } from "./session-card.js";
import { useWide } from "./use-wide.js";
import { loadSwaps, saveSwap } from "./swap-store.js";
import "./plan.css";

/** The training plan: this week as a calendar, session details, swaps, regenerate, .ics export. */
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

  const built = useMemo(() => {
    if (!profile || !user) return null;
    try {
      const base = generateProgram(programInputFor(profile, user.id));
      const swaps: Swaps = loadSwaps(user.id, base.id);
      return { plan: applySwaps(base, swaps), swaps, error: null };
    } catch (e) {
      return { plan: null, swaps: {}, error: e };
    }
  }, [profile, user, swapTick]);

  if (!profile || !user || !built) return <p class="loading">Loading…</p>;
  const today = localToday(profile.timezone);
  const setUpOn = localToday(profile.timezone, new Date(profile.updatedAt));
  const plan = built.plan;
  const { start, week: currentWeek } = planCalendar(setUpOn, today, plan?.weeks.length ?? 1);
  const week = weekChoice ?? currentWeek;
  const weekPlan = plan?.weeks[week - 1];
  const weekStart = addDays(start, 7 * (week - 1));
  const todays = weekPlan?.sessions.find((s) => addDays(weekStart, WEEKDAYS.indexOf(s.day)) === today);
  const open = selected === undefined ? (todays && todays.kind !== "rest" ? todays.day : null) : selected;
  const openSession = weekPlan?.sessions.find((s) => s.day === open);
  const unit = profile.unitSystem === "imperial" ? "lb" : "kg";

  function onSwap(from: string, to: string) {
    if (!plan || !user) return;
    saveSwap(user.id, plan.id, from, to);
    setSwapTick((t) => t + 1);
    setNotice({ kind: "ok", text: "Exercise swapped in every week of the plan." });
  }

  function onDownload() {
    if (!plan) return;
    try {
      const name = downloadIcs(plan, start, time, new Date());
      setNotice({ kind: "ok", text: `Saved ${name}.` });
    } catch (e) {
      setNotice({ kind: "error", text: errorMessage(e) });
    }
  }

  return (
    <section class="plan-page">
      <PageHeading>Your plan</PageHeading>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {built.error !== null && (
        <Notice kind="error">
          The plan could not be built from your profile: {errorMessage(built.error)}
        </Notice>
      )}
      {plan && weekPlan && (
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
          <ol class="week" aria-label={`Week ${week}, from ${weekStart}`}>
            {weekPlan.sessions.map((s) => {
              const date = addDays(weekStart, WEEKDAYS.indexOf(s.day));
              return (
                <SessionCard
                  key={s.day}
                  session={s}
                  date={date}
                  week={week}
                  isToday={date === today}
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
                date={addDays(weekStart, WEEKDAYS.indexOf(openSession.day))}
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
              <button type="button" onClick={onDownload}>
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
      <div class="card">
        <h2>Change days or equipment</h2>
        {editing ? (
          <RegenerateForm
            profile={profile}
            onSaved={(p) => {
              setProfile(p);
              setEditing(false);
              setWeekChoice(null);
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
