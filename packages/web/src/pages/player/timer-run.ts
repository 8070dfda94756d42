import type { Timeline } from "@leanback/core/training/interval-timeline";
import {
  timelinePosition,
  type Pause,
  type TimelinePosition,
} from "@leanback/core/training/timeline-position";

/**
 * A running interval timer as plain data: the start instant and the pauses (epoch ms). The
 * position is always recomputed from the wall clock (core timeline-position.ts), never counted
 * tick by tick, so a reload, a sleeping phone or a locked screen cannot make it drift.
 * Skip and back move the start instant; they never touch the timeline.
 */
export interface TimerRun {
  readonly startMs: number;
  readonly pauses: readonly Pause[];
}

/** A fresh run starting at `nowMs`. */
export function startRun(nowMs: number): TimerRun {
  return { startMs: nowMs, pauses: [] };
}

export function isPaused(run: TimerRun): boolean {
  const last = run.pauses[run.pauses.length - 1];
  return last !== undefined && last[1] === null;
}

export function positionOf(timeline: Timeline, run: TimerRun, nowMs: number): TimelinePosition {
  return timelinePosition(timeline, { startMs: run.startMs, pauses: run.pauses, nowMs });
}

export function pauseRun(run: TimerRun, nowMs: number): TimerRun {
  if (isPaused(run)) return run;
  // A pause cannot begin before the start (a run created for a later instant): clamp it.
  return { ...run, pauses: [...run.pauses, [Math.max(nowMs, lastEnd(run)), null]] };
}

export function resumeRun(run: TimerRun, nowMs: number): TimerRun {
  const last = run.pauses[run.pauses.length - 1];
  if (last === undefined || last[1] !== null) return run;
  return { ...run, pauses: [...run.pauses.slice(0, -1), [last[0], Math.max(nowMs, last[0])]] };
}

function lastEnd(run: TimerRun): number {
  const last = run.pauses[run.pauses.length - 1];
  return last === undefined ? run.startMs : (last[1] ?? last[0]);
}

/**
 * The same run moved so that `seconds` of timeline have elapsed at `nowMs`, keeping its paused
 * state. The pause history collapses into the new start instant (it only ever mattered for the
 * elapsed time, which is now given).
 */
export function seekRun(timeline: Timeline, run: TimerRun, nowMs: number, seconds: number): TimerRun {
  const target = Math.min(timeline.totalSeconds, Math.max(0, seconds));
  const startMs = nowMs - target * 1000;
  return isPaused(run) ? { startMs, pauses: [[nowMs, null]] } : { startMs, pauses: [] };
}

/** Jumps to the start of the next segment (to the end when on the last one). */
export function skipRun(timeline: Timeline, run: TimerRun, nowMs: number): TimerRun {
  const pos = positionOf(timeline, run, nowMs);
  const next = timeline.segments[pos.segmentIndex + 1];
  return seekRun(timeline, run, nowMs, next ? next.start : timeline.totalSeconds);
}

/**
 * Back: to the start of the current segment, or to the previous segment when the current one
 * began less than `graceSeconds` ago (the music-player convention).
 */
export function backRun(timeline: Timeline, run: TimerRun, nowMs: number, graceSeconds = 2): TimerRun {
  const pos = positionOf(timeline, run, nowMs);
  const previous = timeline.segments[pos.segmentIndex - 1];
  const target =
    pos.finished || pos.elapsedInSegment >= graceSeconds || !previous ? pos.segment.start : previous.start;
  return seekRun(timeline, run, nowMs, target);
}
