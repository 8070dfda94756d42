import { InvalidInputError } from "../errors.js";
import type { Segment, Timeline } from "./interval-timeline.js";

/**
 * Where a running timer is, computed from the wall clock alone: the start instant, the pauses
 * and "now". Nothing is accumulated tick by tick, so a phone that slept or locked its screen
 * shows the right segment the moment it wakes.
 */

/** [pausedAt, resumedAt] in epoch ms; resumedAt null while still paused (only the last pause). */
export type Pause = readonly [number, number | null];

export interface TimerClock {
  /** When the timer was started, epoch ms. */
  readonly startMs: number;
  /** In time order, not overlapping, none before startMs. */
  readonly pauses: readonly Pause[];
  readonly nowMs: number;
}

export interface TimelinePosition {
  /** Seconds of timeline run so far (wall time minus pauses), clamped to [0, total]. */
  readonly elapsedSeconds: number;
  readonly remainingSeconds: number;
  /** 0..1 */
  readonly progress: number;
  readonly segmentIndex: number;
  readonly segment: Segment;
  readonly elapsedInSegment: number;
  readonly remainingInSegment: number;
  readonly started: boolean;
  readonly paused: boolean;
  readonly finished: boolean;
  /** When the timeline will end if nobody pauses again, epoch ms (null while paused or finished). */
  readonly endsAtMs: number | null;
}

function checkPauses(clock: TimerClock): void {
  const { startMs, pauses, nowMs } = clock;
  if (!Number.isFinite(startMs)) throw new InvalidInputError("startMs", "start must be an epoch-ms instant");
  if (!Number.isFinite(nowMs)) throw new InvalidInputError("nowMs", "now must be an epoch-ms instant");
  let previousEnd = startMs;
  pauses.forEach(([pausedAt, resumedAt], i) => {
    if (!Number.isFinite(pausedAt) || pausedAt < previousEnd) {
      throw new InvalidInputError("pauses", "pauses must be in time order, after the start, and not overlap");
    }
    if (resumedAt === null) {
      if (i !== pauses.length - 1) throw new InvalidInputError("pauses", "only the last pause may be open");
      return;
    }
    if (!Number.isFinite(resumedAt) || resumedAt < pausedAt) {
      throw new InvalidInputError("pauses", "a pause must resume at or after it began");
    }
    previousEnd = resumedAt;
  });
}

/** Milliseconds spent paused between startMs and nowMs. */
function pausedMs(pauses: readonly Pause[], nowMs: number): number {
  let total = 0;
  for (const [from, to] of pauses) {
    if (from >= nowMs) break;
    total += Math.min(to ?? nowMs, nowMs) - from;
  }
  return total;
}

/** Index of the segment that contains second `t` (0 ≤ t < total), by binary search on starts. */
export function segmentIndexAt(timeline: Timeline, t: number): number {
  const segs = timeline.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((segs[mid]?.start ?? Infinity) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The timer's position at `nowMs`, from the start instant and the pauses.
 *
 * @example
 * // 160 s boxing timeline, started at 0, paused from 20 s to 80 s, now 100 s:
 * timelinePosition(boxing, { startMs: 0, pauses: [[20_000, 80_000]], nowMs: 100_000 }).elapsedSeconds; // → 40
 */
export function timelinePosition(timeline: Timeline, clock: TimerClock): TimelinePosition {
  checkPauses(clock);
  const last = timeline.segments[timeline.segments.length - 1];
  if (!last) throw new InvalidInputError("timeline", "timeline must have at least one segment");
  const total = timeline.totalSeconds;
  const raw = (clock.nowMs - clock.startMs - pausedMs(clock.pauses, clock.nowMs)) / 1000;
  const elapsed = Math.min(total, Math.max(0, raw));
  const paused = clock.pauses.some(([from, to]) => from <= clock.nowMs && (to === null || clock.nowMs < to));
  const started = clock.nowMs >= clock.startMs;
  const finished = raw >= total;
  const segmentIndex = finished ? last.index : segmentIndexAt(timeline, elapsed);
  const segment = timeline.segments[segmentIndex] ?? last;
  const elapsedInSegment = Math.min(segment.duration, elapsed - segment.start);
  return {
    elapsedSeconds: elapsed,
    remainingSeconds: total - elapsed,
    progress: total > 0 ? elapsed / total : 1,
    segmentIndex,
    segment,
    elapsedInSegment,
    remainingInSegment: segment.duration - elapsedInSegment,
    started,
    paused,
    finished,
    endsAtMs: paused || finished ? null : Math.max(clock.nowMs, clock.startMs) + (total - elapsed) * 1000,
  };
}

/** Something to say at `at` seconds into the timeline: a segment's opening line or one of its cues. */
export interface Utterance {
  readonly at: number;
  readonly text: string;
  readonly segmentIndex: number;
}

/**
 * What the voice says in the window (fromSeconds, toSeconds] of timeline time, in order: each
 * segment's opening line at its start, then its cues. A timer that wakes from sleep asks for
 * the window it is about to play and skips what it slept through.
 *
 * @example
 * utterancesBetween(boxing, 0, 10).map((u) => u.text); // → ["3", "2", "1", "Round 1 of 3. Go! Punch as fast as you can, 30 seconds."]
 */
export function utterancesBetween(timeline: Timeline, fromSeconds: number, toSeconds: number): Utterance[] {
  if (!(Number.isFinite(fromSeconds) && Number.isFinite(toSeconds)) || toSeconds < fromSeconds) {
    throw new InvalidInputError("toSeconds", "the window must end at or after it starts");
  }
  const out: Utterance[] = [];
  const first = fromSeconds < 0 ? 0 : segmentIndexAt(timeline, Math.min(fromSeconds, timeline.totalSeconds));
  for (let i = first; i < timeline.segments.length; i++) {
    const s = timeline.segments[i];
    if (!s || s.start > toSeconds) break;
    const inWindow = (at: number) => (at > fromSeconds || (fromSeconds < 0 && at >= 0)) && at <= toSeconds;
    if (inWindow(s.start)) out.push({ at: s.start, text: s.voice, segmentIndex: i });
    for (const c of s.cues) if (inWindow(c.at)) out.push({ at: c.at, text: c.text, segmentIndex: i });
  }
  return out;
}
