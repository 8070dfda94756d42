import { buildTimeline } from "@leanback/core/training/interval-timeline";
import type { Load } from "@leanback/core/training/prescription";
import { kgToLb, lbToKg } from "@leanback/core/units/convert";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { UnitSystem } from "../../api/types.js";
import { Field } from "../../ui/field.js";
import type { StrengthStep } from "./session-steps.js";
import { startRun } from "./timer-run.js";
import { saveRun } from "./timer-store.js";
import { TimerView } from "./timer-view.js";
import type { LastTime } from "./last-time.js";
import { setFromForm, SetFieldError, type LoggedSet } from "../../api/workout-log.js";

const round1 = (x: number) => Math.round(x * 10) / 10;

function loadLabel(step: StrengthStep): string | null {
  switch (step.loadType) {
    case "external":
      return "Load";
    case "assisted":
      return "Assistance";
    case "bodyweight":
      return "Added load (optional)";
    default:
      return null;
  }
}

function suggested(step: StrengthStep, units: UnitSystem): string | null {
  const l = step.load;
  if (!l) return step.loadType === "external" ? "Pick a load that leaves 1–2 reps in reserve." : null;
  const w = (kg: number) => (units === "imperial" ? `${round1(kgToLb(kg))} lb` : `${round1(kg)} kg`);
  switch (l.kind) {
    case "external":
      return `Suggested load: ${w(l.kg)}`;
    case "assisted":
      return `Suggested assistance: ${w(l.assistKg)}`;
    case "added":
      return `Suggested added load: ${w(l.kg)}`;
    case "bodyweight":
      return "Body weight";
  }
}

function setText(s: LoggedSet, units: UnitSystem): string {
  const w = (kg: number) => (units === "imperial" ? `${round1(kgToLb(kg))} lb` : `${round1(kg)} kg`);
  const amount = s.reps !== null ? `${s.reps} reps` : `${s.durationS} s`;
  const effort = s.rpe !== undefined ? `, RPE ${s.rpe}` : "";
  if (s.assistanceKg !== null) return `${amount}, ${w(s.assistanceKg)} assistance${effort}`;
  if (s.loadKg !== null) return `${amount} × ${w(s.loadKg)}${effort}`;
  return `${amount}${effort}`;
}

/** The server's next load for an exercise (GET /api/users/{userId}/workouts/next-loads). */
export interface NextLoadView {
  readonly exerciseId: string;
  readonly date: string;
  readonly load: Load;
  readonly change: "up" | "hold" | "down";
  readonly reason: string;
}

function nextText(n: NextLoadView, units: UnitSystem): string {
  const w = (kg: number) => (units === "imperial" ? `${round1(kgToLb(kg))} lb` : `${round1(kg)} kg`);
  const l = n.load;
  const load =
    l.kind === "external"
      ? w(l.kg)
      : l.kind === "assisted"
        ? `${w(l.assistKg)} assistance`
        : l.kind === "added"
          ? `${w(l.kg)} added`
          : "body weight";
  return `From your last session (${n.date}): ${load}, ${n.reason}.`;
}

export interface StrengthStepProps {
  readonly step: StrengthStep;
  readonly stepIndex: number;
  readonly units: UnitSystem;
  /** Sets of this exercise logged in this session, oldest first. */
  readonly logged: readonly LoggedSet[];
  readonly onLog: (set: LoggedSet) => void;
  /** The sets of the last earlier day this exercise was done, if any. */
  readonly lastTime: LastTime | null;
  /** Where rest timers of this session are stored. */
  readonly timerPrefix: string;
  /** The load the log suggests for this session, when there is one. */
  readonly next?: NextLoadView | null;
}

/** One strength exercise: cues, target, the set form, the sets so far and the rest timer. */
export function StrengthStepView({
  step,
  stepIndex,
  units,
  logged,
  onLog,
  timerPrefix,
  lastTime,
  next,
}: StrengthStepProps) {
  // The form starts from this session's last set, else from last time's first set.
  const last = logged[logged.length - 1] ?? lastTime?.sets[0];
  const [reps, setReps] = useState(String(last?.reps ?? step.defaultReps ?? ""));
  const [seconds, setSeconds] = useState(String(last?.durationS ?? step.defaultSeconds ?? ""));
  const lastKg = last ? (last.assistanceKg ?? last.loadKg) : null;
  const [kg, setKg] = useState(
    lastKg === null ? "" : String(round1(units === "imperial" ? kgToLb(lastKg) : lastKg)),
  );
  const [rpe, setRpe] = useState("");
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  // History arrives after the form is shown: use last time's numbers unless the person has
  // already typed or logged something.
  const touched = useRef(false);
  const first = lastTime?.sets[0];
  useEffect(() => {
    if (!first || touched.current || logged.length > 0) return;
    if (first.reps !== null) setReps(String(first.reps));
    if (first.durationS !== null) setSeconds(String(first.durationS));
    const firstKg = first.assistanceKg ?? first.loadKg;
    if (firstKg !== null) setKg(String(round1(units === "imperial" ? kgToLb(firstKg) : firstKg)));
  }, [first]);
  const label = loadLabel(step);
  const unit = units === "imperial" ? "lb" : "kg";
  const rest = useMemo(
    () =>
      buildTimeline({
        name: "Rest",
        getReadySeconds: 0,
        // A lone rest is the whole timeline here: keep it (dropFinalRest would remove it).
        blocks: [
          {
            label: "Rest",
            rounds: 1,
            dropFinalRest: false,
            steps: [
              {
                kind: "rest",
                seconds: Math.max(1, step.restSeconds),
                label: step.restLabel,
                intensity: "rest",
              },
            ],
          },
        ],
      }),
    [step.restSeconds, step.restLabel],
  );
  const setNo = logged.length + 1;
  const allDone = logged.length >= step.sets;

  function submit(e: Event) {
    e.preventDefault();
    try {
      const raw = kg.trim().replace(",", ".");
      const kgValue = raw === "" ? "" : String(units === "imperial" ? lbToKg(Number(raw)) : Number(raw));
      const set = setFromForm(step.exerciseId, step.loadType, {
        ...(step.defaultSeconds !== null ? { seconds } : { reps }),
        kg: label ? kgValue : "",
        rpe,
      });
      setRpe("");
      setError(null);
      // The rest starts the moment the set is logged: store the run before the timer mounts.
      if (step.restSeconds > 0 && logged.length + 1 < step.sets)
        saveRun(
          localStorage,
          `${timerPrefix}:rest:${stepIndex}:${logged.length + 1}`,
          `rest:${step.restSeconds}:${step.restLabel}`,
          startRun(Date.now()),
        );
      onLog(set);
    } catch (err) {
      if (err instanceof SetFieldError) setError({ field: err.field, message: err.message });
      else throw err;
    }
  }

  return (
    <div>
      <p class="player-target" data-testid="step-target">
        {step.sets} × {step.target}
      </p>
      {suggested(step, units) && <p class="muted">{suggested(step, units)}</p>}
      {next && (
        <p class="muted" data-testid="next-load">
          {nextText(next, units)}
        </p>
      )}
      {step.note && <p class="muted">{step.note}</p>}
      {lastTime && (
        <p class="muted" data-testid="last-time">
          Last time ({lastTime.date}): {lastTime.sets.map((x) => setText(x, units)).join("; ")}
        </p>
      )}
      <ul class="player-cues" aria-label="Form cues">
        {step.cues.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      {logged.length > 0 && (
        <>
          <h3>Logged sets</h3>
          <ol class="set-list" data-testid="logged-sets">
            {logged.map((s, i) => (
              <li key={i}>{setText(s, units)}</li>
            ))}
          </ol>
        </>
      )}
      {logged.length > 0 && !allDone && step.restSeconds > 0 && (
        <section aria-label="Rest timer">
          <h3>
            {step.restLabel} before set {setNo}
          </h3>
          <TimerView
            storageId={`${timerPrefix}:rest:${stepIndex}:${logged.length}`}
            timeline={rest}
            timelineKey={`rest:${step.restSeconds}:${step.restLabel}`}
          />
        </section>
      )}
      <form class="set-form" onSubmit={submit} noValidate aria-label={`Log set ${setNo} of ${step.name}`}>
        {step.defaultSeconds !== null ? (
          <Field
            label="Seconds"
            type="text"
            inputMode="numeric"
            value={seconds}
            onInput={(e) => {
              touched.current = true;
              setSeconds(e.currentTarget.value);
            }}
            error={error?.field === "seconds" ? error.message : undefined}
          />
        ) : (
          <Field
            label="Reps"
            type="text"
            inputMode="numeric"
            value={reps}
            onInput={(e) => {
              touched.current = true;
              setReps(e.currentTarget.value);
            }}
            error={error?.field === "reps" ? error.message : undefined}
          />
        )}
        {label && (
          <Field
            label={label}
            type="text"
            inputMode="decimal"
            suffix={unit}
            value={kg}
            onInput={(e) => {
              touched.current = true;
              setKg(e.currentTarget.value);
            }}
            error={error?.field === "kg" ? error.message : undefined}
          />
        )}
        <Field
          label="Effort, RPE 1–10 (optional)"
          hint="10: no rep left, 8: two left. Easy sets raise the next suggested load; a 10 or missed reps lower it."
          type="text"
          inputMode="decimal"
          value={rpe}
          onInput={(e) => {
            touched.current = true;
            setRpe(e.currentTarget.value);
          }}
          error={error?.field === "rpe" ? error.message : undefined}
        />
        <div class="actions">
          <button type="submit" class={allDone ? "button secondary" : "button"}>
            {allDone ? "Log an extra set" : `Log set ${setNo} of ${step.sets}`}
          </button>
        </div>
      </form>
    </div>
  );
}
