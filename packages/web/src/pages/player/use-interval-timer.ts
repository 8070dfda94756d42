import type { Timeline } from "@leanback/core/training/interval-timeline";
import type { TimelinePosition } from "@leanback/core/training/timeline-position";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { dueUtterances } from "./cue-window.js";
import { holdWakeLock, playCue, unlockAudio, type CueSettings } from "./cue-output.js";
import { createLockScreenTrack, type LockScreenTrack } from "./lock-screen-track.js";
import {
  backRun,
  isPaused,
  pauseRun,
  positionOf,
  resumeRun,
  skipRun,
  startRun,
  type TimerRun,
} from "./timer-run.js";
import { clearRun, loadRun, pruneRuns, saveRun } from "./timer-store.js";

/** Bounds on the wait between display refreshes; the position always comes from the wall clock. */
const MIN_TICK_MS = 20;
const MAX_TICK_MS = 1000;

export interface IntervalTimer {
  /** null before Start. */
  readonly run: TimerRun | null;
  readonly position: TimelinePosition | null;
  readonly paused: boolean;
  readonly start: () => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly skip: () => void;
  readonly back: () => void;
  readonly reset: () => void;
}

/**
 * Runs `timeline` against the wall clock. The run (start instant and pauses) is saved under
 * `storageId` on every change, so a reload picks it up where it is now, not where it was.
 */
export function useIntervalTimer(
  storageId: string,
  timeline: Timeline,
  timelineKey: string,
  settings: CueSettings,
): IntervalTimer {
  const [run, setRun] = useState<TimerRun | null>(() => {
    pruneRuns(localStorage, Date.now());
    return loadRun(localStorage, storageId, timelineKey);
  });
  // A fresh object per reading: every tick re-renders and re-arms the next one, even when the
  // clock has not moved (a frozen test clock, or a coarse one).
  const [reading, setReading] = useState(() => ({ now: Date.now() }));
  const now = reading.now;
  const tick = useCallback(() => setReading({ now: Date.now() }), []);
  const spokenUpTo = useRef<number | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const track = useRef<LockScreenTrack | null>(null);
  // The lock screen's play/pause buttons act on the run as it is then.
  const controls = useRef({
    play: () => undefined as void,
    pause: () => undefined as void,
    next: () => undefined as void,
    previous: () => undefined as void,
  });

  // Reload the stored run when the timer identity changes (another pattern or session step).
  useEffect(() => {
    setRun(loadRun(localStorage, storageId, timelineKey));
    spokenUpTo.current = null;
  }, [storageId, timelineKey]);

  const update = useCallback(
    (next: TimerRun | null) => {
      if (next) saveRun(localStorage, storageId, timelineKey, next);
      else clearRun(localStorage, storageId);
      setRun(next);
      tick();
    },
    [storageId, timelineKey, tick],
  );

  // An empty timeline has no position (core refuses it): show it as never started.
  const position = run && timeline.segments.length > 0 ? positionOf(timeline, run, now) : null;
  const running = run !== null && position !== null && !position.paused && !position.finished;

  // Wake exactly when the next whole second of timeline is reached (segments start on whole
  // seconds, so that is when the display changes). Measured when the effect runs, which may be
  // a frame after the render, so the waits never drift.
  useEffect(() => {
    if (!running || !run) return;
    const elapsed = positionOf(timeline, run, Date.now()).elapsedSeconds;
    const wait = Math.ceil((1 - (elapsed % 1)) * 1000);
    const id = setTimeout(tick, Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, wait)));
    return () => clearTimeout(id);
  }, [running, run, reading, timeline, tick]);

  useEffect(() => {
    if (!running) return;
    document.addEventListener("visibilitychange", tick);
    const release = holdWakeLock();
    return () => {
      document.removeEventListener("visibilitychange", tick);
      release();
    };
  }, [running, tick]);

  // The locked-screen cue track: built on the Start or Resume tap (phones only start playback
  // from a gesture; a view never started costs nothing), dropped when the setting, the timeline
  // or the view goes.
  const wantTrack = settings.lockScreen && settings.beeps;
  const ensureTrack = () => {
    if (!wantTrack || track.current || timeline.segments.length === 0) return;
    track.current = createLockScreenTrack(timeline, {
      play: () => controls.current.play(),
      pause: () => controls.current.pause(),
      next: () => controls.current.next(),
      previous: () => controls.current.previous(),
    });
  };
  useEffect(
    () => () => {
      track.current?.dispose();
      track.current = null;
    },
    [wantTrack, timeline],
  );

  // Keep the track at the wall-clock position, playing only while the timer runs.
  useEffect(() => {
    const seg = position?.segment;
    track.current?.sync({
      elapsedSeconds: position?.elapsedSeconds ?? 0,
      playing: running,
      title: seg ? seg.label : timeline.name,
      subtitle:
        seg?.round && seg.round.of > 1 ? `Round ${seg.round.index} of ${seg.round.of}` : timeline.name,
    });
  }, [position?.elapsedSeconds, running, position?.segment, timeline, wantTrack]);

  // Cues for the stretch of timeline played since the previous render.
  useEffect(() => {
    if (!position || position.paused) return;
    const elapsed = position.elapsedSeconds;
    // While the track plays it carries the beeps: the page's own would double them.
    const s = track.current?.audible() ? { ...settingsRef.current, beeps: false } : settingsRef.current;
    for (const u of dueUtterances(timeline, spokenUpTo.current, elapsed)) {
      const opening = timeline.segments[u.segmentIndex]?.start === u.at && u.text !== "Done";
      playCue(u.text, opening, s);
    }
    spokenUpTo.current = elapsed;
  }, [position?.elapsedSeconds, position?.paused, timeline]);

  const at = () => Date.now();
  // After a jump the new segment's opening line should play once: resume the cue window just
  // before the new position.
  const jump = (next: TimerRun) => {
    spokenUpTo.current = positionOf(timeline, next, at()).elapsedSeconds - 0.001;
    update(next);
  };
  controls.current = {
    play: () => {
      if (run && isPaused(run)) update(resumeRun(run, at()));
    },
    pause: () => {
      if (run && !isPaused(run)) update(pauseRun(run, at()));
    },
    next: () => run && jump(skipRun(timeline, run, at())),
    previous: () => run && jump(backRun(timeline, run, at())),
  };
  return {
    run,
    position,
    paused: run !== null && isPaused(run),
    start: () => {
      unlockAudio();
      ensureTrack();
      track.current?.playFrom(0);
      spokenUpTo.current = null;
      update(startRun(at()));
    },
    pause: () => run && update(pauseRun(run, at())),
    resume: () => {
      unlockAudio();
      if (!run) return;
      const next = resumeRun(run, at());
      ensureTrack();
      track.current?.playFrom(positionOf(timeline, next, at()).elapsedSeconds);
      update(next);
    },
    skip: () => run && jump(skipRun(timeline, run, at())),
    back: () => run && jump(backRun(timeline, run, at())),
    reset: () => {
      spokenUpTo.current = null;
      update(null);
    },
  };
}
