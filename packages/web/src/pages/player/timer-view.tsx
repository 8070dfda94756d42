import type { Segment, SegmentKind, Timeline } from "@leanback/core/training/interval-timeline";
import { useState } from "preact/hooks";
import type { CueSettings } from "./cue-output.js";
import { SETTINGS_KEY } from "./timer-store.js";
import { useIntervalTimer } from "./use-interval-timer.js";
import "./player.css";

/** 75 → "1:15". Whole seconds rounded up, so "0:01" shows until the segment really ends. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds - 1e-9));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

const KIND_TEXT: Readonly<Record<SegmentKind, string>> = {
  "get-ready": "Get ready",
  warmup: "Warm-up",
  work: "Work",
  set: "Set",
  rest: "Rest",
  "round-rest": "Rest",
  "block-rest": "Rest",
  cooldown: "Cool-down",
};

function roundText(s: Segment): string | null {
  if (!s.round || s.round.of < 2) return null;
  return `${s.round.unit === "set" ? "Set" : "Round"} ${s.round.index} of ${s.round.of}`;
}

function coarsePointer(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
}

function loadSettings(): CueSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as Partial<
      Record<keyof CueSettings, unknown>
    >;
    return {
      voice: raw.voice !== false,
      beeps: raw.beeps !== false,
      vibrate: raw.vibrate !== false,
      // On by default on touch screens (phones), where a locked screen silences page timers.
      lockScreen: raw.lockScreen === undefined ? coarsePointer() : raw.lockScreen === true,
    };
  } catch {
    return { voice: true, beeps: true, vibrate: true, lockScreen: coarsePointer() };
  }
}

const CUE_LABEL: Readonly<Record<keyof CueSettings, string>> = {
  voice: "Spoken cues",
  beeps: "Beeps",
  vibrate: "Vibration",
  lockScreen: "Beeps with the screen locked (audio track)",
};

export interface TimerViewProps {
  /** localStorage id of this timer's run. */
  readonly storageId: string;
  readonly timeline: Timeline;
  /** Changes whenever the timeline does, so a stored run of another timeline is not resumed. */
  readonly timelineKey: string;
}

/**
 * The interval timer: current segment, big countdown, round counter, "next up", progress, and
 * start / pause / back / skip / reset. All state is the stored run; the display is derived.
 */
export function TimerView({ storageId, timeline, timelineKey }: TimerViewProps) {
  const [settings, setSettings] = useState(loadSettings);
  const t = useIntervalTimer(storageId, timeline, timelineKey, settings);
  const pos = t.position;
  const seg = pos?.segment ?? timeline.segments[0];
  const toggle = (k: keyof CueSettings) => {
    const next = { ...settings, [k]: !settings[k] };
    setSettings(next);
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    } catch {
      // Settings just do not persist.
    }
  };
  if (!seg) return <p>This timer has no segments.</p>;
  const finished = pos?.finished ?? false;
  const round = roundText(seg);
  const intensity = seg.intensity ?? (seg.kind === "rest" ? "rest" : "medium");
  return (
    <div class="timer" data-kind={finished ? "done" : seg.kind} data-intensity={intensity}>
      <div class="timer__face">
        <p class="timer__kind" data-testid="timer-kind">
          {finished ? "Done" : KIND_TEXT[seg.kind]}
        </p>
        <p class="timer__label" data-testid="timer-segment" aria-live="polite">
          {finished ? "Well done: timer finished" : seg.label === KIND_TEXT[seg.kind] ? "" : seg.label}
        </p>
        <p
          class="timer__clock"
          data-testid="timer-remaining"
          role="timer"
          aria-label="Time left in this segment"
        >
          {clockText(pos ? pos.remainingInSegment : seg.duration)}
        </p>
        {round && !finished && (
          <p class="timer__round" data-testid="timer-round">
            {round}
          </p>
        )}
        <progress
          class="timer__progress"
          max={timeline.totalSeconds}
          value={pos?.elapsedSeconds ?? 0}
          aria-label="Whole timer progress"
        />
        <p class="timer__total muted">
          {clockText(pos ? pos.remainingSeconds : timeline.totalSeconds)} left of{" "}
          {clockText(timeline.totalSeconds)}
        </p>
      </div>
      <p class="timer__next" data-testid="timer-next">
        {finished
          ? "Nothing left: log it or start again."
          : seg.next
            ? `Next up: ${seg.next.label} (${clockText(seg.next.seconds)})`
            : "Next up: finish"}
      </p>
      <div class="timer__controls">
        {!t.run ? (
          <button type="button" class="button timer__main" onClick={t.start}>
            Start
          </button>
        ) : finished ? (
          <button type="button" class="button timer__main" onClick={t.start}>
            Start again
          </button>
        ) : t.paused ? (
          <button type="button" class="button timer__main" onClick={t.resume}>
            Resume
          </button>
        ) : (
          <button type="button" class="button timer__main" onClick={t.pause}>
            Pause
          </button>
        )}
        <button type="button" class="button secondary" onClick={t.back} disabled={!t.run}>
          Back
        </button>
        <button type="button" class="button secondary" onClick={t.skip} disabled={!t.run || finished}>
          Skip
        </button>
        <button type="button" class="button secondary" onClick={t.reset} disabled={!t.run}>
          Reset
        </button>
      </div>
      <fieldset class="timer__settings">
        <legend>Cues</legend>
        {(["voice", "beeps", "vibrate", "lockScreen"] as const).map((k) => (
          <label key={k} class="choice__option">
            <input
              type="checkbox"
              checked={settings[k]}
              disabled={k === "lockScreen" && !settings.beeps}
              onChange={() => toggle(k)}
            />
            <span>{CUE_LABEL[k]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
