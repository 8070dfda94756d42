import { kgToLb } from "@leanback/core/units/convert";
import { addDays } from "@leanback/core/trend/iso-day";
import { useMemo, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { ApiError, errorMessage } from "../../api/errors.js";
import type { UnitSystem } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { newClientId } from "../../pwa/client-id.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import {
  clearSession,
  freshSession,
  loadSession,
  pruneSessions,
  saveSession,
  type StoredSession,
} from "./session-log-store.js";
import type { PersonalRecordView } from "../../api/progress-api.js";
import { lastTimes, type HistoryWorkout } from "./last-time.js";
import { loggedSession } from "../../api/logged-session.js";
import { CircuitStepView } from "./circuit-step.js";
import { stepExercises, type PlayerStep } from "./session-steps.js";
import { StrengthStepView, type NextLoadView } from "./strength-step.js";
import { TimedStepView } from "./timed-step.js";
import { workoutBody, type LoggedSet } from "../../api/workout-log.js";

export interface SessionPlayerProps {
  /** Where unsaved progress is kept (per user and session). */
  readonly storeId: string;
  readonly title: string;
  readonly date: string;
  readonly plannedRef: string | null;
  readonly steps: readonly PlayerStep[];
  readonly units: UnitSystem;
}

function recordText(r: PersonalRecordView, name: string, units: UnitSystem): string {
  const w = (kg: number) =>
    units === "imperial" ? `${Math.round(kgToLb(kg) * 10) / 10} lb` : `${Math.round(kg * 10) / 10} kg`;
  switch (r.kind) {
    case "e1rm":
      return `${name}: estimated 1-rep max ${w(r.kg ?? 0)}`;
    case "max-reps":
      return `${name}: most reps ${r.reps ?? 0}`;
    case "min-assist":
      return `${name}: least assistance ${w(r.assistKg ?? 0)} for ${r.reps ?? 0} reps`;
  }
}

/**
 * Plays a session step by step: "next up" always visible, back / next, sets logged per
 * exercise, timers for timed work, and one POST of the whole workout at the end.
 */
export function SessionPlayer({ storeId, title, date, plannedRef, steps, units }: SessionPlayerProps) {
  const [state, setState] = useState<StoredSession>(() => {
    pruneSessions(localStorage, Date.now());
    return loadSession(storeId, () => freshSession(Date.now(), newClientId()));
  });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [records, setRecords] = useState<readonly string[] | null>(null);
  const [queued, setQueued] = useState(false);
  // The stored workout: the one just saved, or the one that already carried out this session.
  const [savedId, setSavedId] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState(false);

  // The last 90 days of workouts, for "last time" under each exercise; offline it is just absent.
  const history = useApi(
    (signal) =>
      api.get<{ workouts: HistoryWorkout[] }>("/api/users/me/workouts", {
        signal,
        query: { from: addDays(date, -90), to: date },
      }),
    [date],
  );
  const last = useMemo(() => lastTimes(history.data?.workouts ?? [], date), [history.data, date]);
  // What the log suggests for each exercise's next load (RPE and reps of its latest session).
  const nextLoads = useApi(
    (signal) => api.get<{ loads: NextLoadView[] }>("/api/users/me/workouts/next-loads", { signal }),
    [date],
  );
  const suggested = useMemo(
    () => new Map((nextLoads.data?.loads ?? []).map((l) => [l.exerciseId, l])),
    [nextLoads.data],
  );

  const index = Math.min(state.step, Math.max(0, steps.length - 1));
  const step = steps[index];
  const next = steps[index + 1];
  const timerPrefix = `player:${storeId}`;
  // Saved at once (not in an effect a frame later): a reload right after logging keeps the set.
  const update = (f: (s: StoredSession) => StoredSession) =>
    setState((s) => {
      const next = f(s);
      saveSession(storeId, next);
      return next;
    });
  const go = (i: number) => update((s) => ({ ...s, step: Math.max(0, Math.min(steps.length - 1, i)) }));
  const markDone = (i: number) =>
    update((s) => ({
      ...s,
      log: { ...s.log, done: s.log.done.includes(i) ? s.log.done : [...s.log.done, i] },
    }));
  const logSet = (set: LoggedSet) => update((s) => ({ ...s, log: { ...s.log, sets: [...s.log.sets, set] } }));
  const anything = state.log.sets.length + state.log.cardio.length > 0;

  async function finish() {
    setSaving(true);
    setSaveError(null);
    try {
      // The session's own idempotency key: a retried click (the first answer lost) replays the
      // first write instead of storing a second workout; the outbox keeps it with the write.
      const { clientId, ...body } = workoutBody(state.log, {
        date,
        title,
        plannedRef,
        finishedAt: Date.now(),
        clientId: state.clientId,
      });
      // In a gym without signal the workout waits in the outbox and is sent when back online.
      const sent = await sendOrQueue<{ id: string }>(
        "POST",
        "/api/users/me/workouts",
        body,
        `Workout “${title}” on ${date}`,
        clientId,
      );
      clearSession(storeId);
      if (sent.queued) {
        setQueued(true);
        setRecords([]);
        return;
      }
      setSavedId(sent.value.id);
      const exercises = steps.flatMap(stepExercises);
      const ids = new Set(exercises.map((s) => s.exerciseId));
      const names = new Map(exercises.map((s) => [s.exerciseId, s.name]));
      try {
        const r = await api.get<{ records: PersonalRecordView[] }>("/api/users/me/workouts/records");
        setRecords(
          r.records
            .filter((x) => ids.has(x.exerciseId))
            .map((x) => recordText(x, names.get(x.exerciseId) ?? x.exerciseId, units)),
        );
      } catch {
        setRecords([]);
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && plannedRef !== null) {
        // Saved before (another tab or device, a reopened player): nothing new is stored.
        clearSession(storeId);
        const today = await api
          .get<{ workouts: { id: string; date: string; plannedRef: string | null }[] }>(
            "/api/users/me/workouts",
            { query: { from: date, to: date } },
          )
          .catch(() => ({ workouts: [] }));
        setSavedId(loggedSession(today.workouts, date, plannedRef)?.id ?? null);
        setDuplicate(true);
        setRecords([]);
        return;
      }
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  }

  if (records !== null) {
    return (
      <section aria-labelledby="saved-title" class="card">
        <h2 id="saved-title">{duplicate ? "Already saved" : "Workout saved"}</h2>
        <p>
          {duplicate
            ? "This session was already saved today, so nothing new was stored. Edit the saved workout to change it."
            : queued
              ? "You are offline: the workout is kept on this device and sent as soon as you are back online."
              : "Your sets feed the next plan's progression."}
        </p>
        {records.length > 0 && (
          <>
            <h3>Personal records</h3>
            <ul data-testid="records">
              {records.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
        <p>
          {savedId !== null && (
            <>
              <a href={`/workouts/${savedId}`}>View or edit the workout</a> ·{" "}
            </>
          )}
          <a href="/progress">See progress</a> · <a href="/">Back to Today</a>
        </p>
      </section>
    );
  }
  if (!step) return <p>This session has no steps.</p>;

  return (
    <div class="player">
      <p class="muted" data-testid="step-counter">
        Step {index + 1} of {steps.length}
      </p>
      <section class="card player-step" aria-labelledby="step-title">
        <h2 id="step-title">{step.name}</h2>
        {step.kind === "strength" && (
          <StrengthStepView
            key={index}
            step={step}
            stepIndex={index}
            units={units}
            logged={state.log.sets.filter((s) => s.exerciseId === step.exerciseId)}
            lastTime={last.get(step.exerciseId) ?? null}
            next={suggested.get(step.exerciseId) ?? null}
            onLog={logSet}
            timerPrefix={timerPrefix}
          />
        )}
        {step.kind === "circuit" && (
          <CircuitStepView
            key={index}
            step={step}
            stepIndex={index}
            units={units}
            logged={state.log.sets}
            lastTimes={last}
            nextLoads={suggested}
            onLog={logSet}
            timerPrefix={timerPrefix}
          />
        )}
        {step.kind === "timed" && (
          <TimedStepView
            key={index}
            step={step}
            stepIndex={index}
            done={state.log.done.includes(index)}
            timerPrefix={timerPrefix}
            onLog={({ cardio, sets }) =>
              update((s) => ({
                ...s,
                log: {
                  ...s.log,
                  cardio: cardio ? [...s.log.cardio, cardio] : s.log.cardio,
                  sets: sets ? [...s.log.sets, ...sets] : s.log.sets,
                  done: [...s.log.done, index],
                },
              }))
            }
          />
        )}
        {step.kind === "mobility" && (
          <div>
            <p class="player-target" data-testid="step-target">
              {step.target}
            </p>
            <ul class="player-cues" aria-label="Form cues">
              {step.cues.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <button
              type="button"
              class="button secondary"
              aria-pressed={state.log.done.includes(index)}
              onClick={() => markDone(index)}
            >
              {state.log.done.includes(index) ? "Done ✓" : "Mark done"}
            </button>
          </div>
        )}
      </section>
      <p class="player-next" data-testid="player-next">
        {next ? `Next exercise: ${next.name}` : "Next: finish and save"}
      </p>
      <nav class="player-nav" aria-label="Steps">
        <button type="button" class="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous
        </button>
        {next && (
          <button type="button" class="button secondary" onClick={() => go(index + 1)}>
            Next
          </button>
        )}
      </nav>
      {saveError !== null && <Notice kind="error">{errorMessage(saveError)}</Notice>}
      <button type="button" class="button" disabled={!anything || saving} onClick={() => void finish()}>
        {saving ? "Saving…" : "Finish and save workout"}
      </button>
      {!anything && <p class="muted">Log at least one set or bout to save the workout.</p>}
    </div>
  );
}
