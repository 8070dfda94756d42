import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { useMemo, useState } from "preact/hooks";
import { Field } from "../../ui/field.js";
import type { TimedStep } from "./session-steps.js";
import { TimerView } from "./timer-view.js";
import { workRounds, type LoggedCardio, type LoggedSet } from "../../api/workout-log.js";

export interface TimedStepProps {
  readonly step: TimedStep;
  readonly stepIndex: number;
  readonly done: boolean;
  readonly timerPrefix: string;
  readonly onLog: (entry: { cardio?: LoggedCardio; sets?: readonly LoggedSet[] }) => void;
}

/** Steady cardio or intervals: the timer, then log the bout (minutes) or the rounds done. */
export function TimedStepView({ step, stepIndex, done, timerPrefix, onLog }: TimedStepProps) {
  const timeline = useMemo(() => buildTimeline(step.spec), [step.spec]);
  const rounds = useMemo(() => workRounds(step.spec), [step.spec]);
  const [minutes, setMinutes] = useState(String(step.minutes));
  const [count, setCount] = useState(String(rounds.count));
  const [error, setError] = useState<string | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    if (step.logAs === "cardio") {
      const m = Number(minutes.trim().replace(",", "."));
      if (!Number.isFinite(m) || m < 1 || m > 1440) return setError("Minutes must be 1–1440.");
      if (!step.modality) return setError("This exercise has no cardio type to log.");
      setError(null);
      onLog({
        cardio: { exerciseId: step.exerciseId, modality: step.modality, durationS: Math.round(m * 60) },
      });
    } else {
      const n = Number(count.trim());
      if (!Number.isInteger(n) || n < 1 || n > 200)
        return setError("Rounds must be a whole number from 1 to 200.");
      setError(null);
      // One set a work round (what progress counts as interval rounds).
      const set: LoggedSet = {
        exerciseId: step.exerciseId,
        reps: null,
        durationS: Math.max(1, rounds.seconds),
        loadType: "none",
        loadKg: null,
        assistanceKg: null,
      };
      onLog({ sets: Array.from({ length: n }, () => set) });
    }
  }

  return (
    <div>
      <p class="player-target" data-testid="step-target">
        {step.description}
      </p>
      {step.cues.length > 0 && (
        <ul class="player-cues" aria-label="Form cues">
          {step.cues.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <TimerView
        storageId={`${timerPrefix}:step:${stepIndex}`}
        timeline={timeline}
        timelineKey={step.timelineKey}
      />
      {done ? (
        <p class="notice notice--ok" role="status">
          Logged.
        </p>
      ) : (
        <form onSubmit={submit} noValidate aria-label={`Log ${step.name}`}>
          {step.logAs === "cardio" ? (
            <Field
              label="Minutes done"
              type="text"
              inputMode="decimal"
              value={minutes}
              onInput={(e) => setMinutes(e.currentTarget.value)}
              error={error ?? undefined}
            />
          ) : (
            <Field
              label="Work rounds done"
              type="text"
              inputMode="numeric"
              value={count}
              onInput={(e) => setCount(e.currentTarget.value)}
              error={error ?? undefined}
            />
          )}
          <div class="actions">
            <button type="submit" class="button">
              Log {step.name}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
