import type { Timeline } from "@leanback/core/training/interval-timeline";
import { utterancesBetween, type Utterance } from "@leanback/core/training/timeline-position";

/**
 * The longest stretch of timeline a tick may catch up on. A tick normally covers a fraction of
 * a second; a bigger gap means the page slept, was hidden or reloaded, and replaying every cue
 * it missed ("3", "2", "1", "Round 2…") at once would be noise: only the last moments play.
 */
export const MAX_CATCH_UP_SECONDS = 1.5;

/**
 * What to say between the previous tick and this one, in timeline seconds. A first tick
 * (previous null) at 0 s says the opening line; after a gap, only the last
 * MAX_CATCH_UP_SECONDS are played.
 */
export function dueUtterances(timeline: Timeline, previous: number | null, now: number): Utterance[] {
  if (previous === null) return now <= MAX_CATCH_UP_SECONDS ? utterancesBetween(timeline, -1, now) : [];
  if (now <= previous) return [];
  const from = now - previous > MAX_CATCH_UP_SECONDS ? now - MAX_CATCH_UP_SECONDS : previous;
  return utterancesBetween(timeline, from, now);
}
