import { InvalidInputError } from "../errors.js";
import {
  intervalSpecSchema,
  type Intensity,
  type IntervalBlock,
  type IntervalSpec,
  type IntervalSpecInput,
} from "./interval-spec.js";

/**
 * An interval spec unrolled into a flat list of timed segments, each with its start offset,
 * duration, the words a voice says when it starts, countdown cues and what comes next. A timer
 * only needs this list and the wall clock (timeline-position.ts), so it survives sleep.
 */

export type SegmentKind =
  "get-ready" | "warmup" | "work" | "set" | "rest" | "round-rest" | "block-rest" | "cooldown";

/** A spoken or shown cue at `at` seconds from the start of the timeline. */
export interface Cue {
  readonly at: number;
  readonly text: string;
}

export interface NextUp {
  readonly kind: SegmentKind;
  readonly label: string;
  readonly seconds: number;
}

export interface Segment {
  readonly index: number;
  readonly kind: SegmentKind;
  /** Seconds from the start of the timeline. */
  readonly start: number;
  readonly duration: number;
  readonly label: string;
  readonly intensity?: Intensity;
  /** Said when the segment starts. */
  readonly voice: string;
  /** Countdown ("3", "2", "1") before the segment ends, "Halfway" on long efforts, "Done" at the end. */
  readonly cues: readonly Cue[];
  readonly next: NextUp | null;
  /** Index of the spec block this segment belongs to (undefined for get-ready, warm-up, cool-down). */
  readonly blockIndex?: number;
  /** 1-based round (or set) number within its block and how many there are. */
  readonly round?: { readonly index: number; readonly of: number; readonly unit: "round" | "set" };
}

export interface Timeline {
  readonly id?: string;
  readonly name: string;
  readonly segments: readonly Segment[];
  readonly totalSeconds: number;
}

/** Segments shorter than this get no "3, 2, 1" (it would talk over the start cue). */
const COUNTDOWN_MIN_SECONDS = 6;
/** Bound on the unrolled size, so a hostile spec cannot ask for millions of segments. */
export const MAX_SEGMENTS = 20_000;
/** Efforts at least this long get a "Halfway" cue. */
const HALFWAY_MIN_SECONDS = 60;

/**
 * Speaks a duration: 90 → "1 minute 30 seconds".
 *
 * @example
 * spokenDuration(150); // → "2 minutes 30 seconds"
 */
export function spokenDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}

interface Draft {
  kind: SegmentKind;
  duration: number;
  label: string;
  intensity?: Intensity;
  voice?: string;
  blockIndex?: number;
  round?: { index: number; of: number; unit: "round" | "set" };
}

function unrollBlock(block: IntervalBlock, blockIndex: number, isLastBlock: boolean): Draft[] {
  const out: Draft[] = [];
  for (let r = 1; r <= block.rounds; r++) {
    const round = { index: r, of: block.rounds, unit: block.unit };
    const lastRound = r === block.rounds;
    block.steps.forEach((step, i) => {
      const trailingRest = i === block.steps.length - 1 && step.kind === "rest";
      if (lastRound && trailingRest && block.dropFinalRest) return;
      out.push({
        kind: step.kind,
        duration: step.seconds,
        label: step.label,
        ...(step.intensity ? { intensity: step.intensity } : {}),
        ...(step.voice ? { voice: step.voice } : {}),
        blockIndex,
        round,
      });
    });
    if (!lastRound && block.restBetweenRoundsSeconds > 0) {
      out.push({
        kind: "round-rest",
        duration: block.restBetweenRoundsSeconds,
        label: `Rest before ${block.unit} ${r + 1}`,
        intensity: "rest",
        blockIndex,
        round,
      });
    }
  }
  if (!isLastBlock && block.restAfterSeconds > 0) {
    out.push({
      kind: "block-rest",
      duration: block.restAfterSeconds,
      label: "Rest",
      intensity: "rest",
      blockIndex,
    });
  }
  return out;
}

function defaultVoice(d: Draft, next: NextUp | null, specName: string): string {
  const time = spokenDuration(d.duration);
  const nextText = next ? ` Next: ${next.label}.` : "";
  switch (d.kind) {
    case "get-ready":
      return `Get ready: ${specName}.${nextText}`;
    case "warmup":
      return `Warm up: ${d.label}, ${time}.`;
    case "cooldown":
      return `Cool down: ${d.label}, ${time}.`;
    case "rest":
    case "round-rest":
    case "block-rest":
      return `${d.label}, ${time}.${nextText}`;
    case "set":
    case "work": {
      const round =
        d.round && d.round.of > 1
          ? `${d.round.unit === "set" ? "Set" : "Round"} ${d.round.index} of ${d.round.of}. `
          : "";
      return `${round}${d.kind === "work" ? "Go! " : ""}${d.label}, ${time}.`;
    }
  }
}

function cuesFor(kind: SegmentKind, start: number, duration: number, last: boolean): Cue[] {
  const end = start + duration;
  const cues: Cue[] = [];
  if ((kind === "work" || kind === "set") && duration >= HALFWAY_MIN_SECONDS) {
    cues.push({ at: start + duration / 2, text: "Halfway" });
  }
  if (duration >= COUNTDOWN_MIN_SECONDS) {
    cues.push({ at: end - 3, text: "3" }, { at: end - 2, text: "2" }, { at: end - 1, text: "1" });
  }
  if (last) cues.push({ at: end, text: "Done" });
  return cues;
}

function zodToInvalidInput(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): never {
  const issue = error.issues[0];
  const field = issue ? issue.path.map(String).join(".") || "spec" : "spec";
  throw new InvalidInputError(field, issue?.message ?? "invalid interval spec");
}

/**
 * Unrolls an interval spec into a timeline: get-ready, warm-up, every round of every block,
 * rests, cool-down, with start offsets (seconds), voice lines, "3, 2, 1" cues and next-up info.
 * Pure: the same spec always gives the same timeline.
 *
 * @example
 * const t = buildTimeline({ name: "Boxing", getReadySeconds: 10, blocks: [{ label: "Bag", rounds: 3,
 *   steps: [{ kind: "work", seconds: 30, label: "Punch fast" }, { kind: "rest", seconds: 30, label: "Rest" }] }] });
 * t.totalSeconds; // → 160 (10 + 30+30 + 30+30 + 30: no rest after the last round)
 */
export function buildTimeline(input: IntervalSpecInput): Timeline {
  const parsed = intervalSpecSchema.safeParse(input);
  if (!parsed.success) zodToInvalidInput(parsed.error);
  const spec: IntervalSpec = parsed.data;

  const estimate = spec.blocks.reduce((n, b) => n + b.rounds * (b.steps.length + 1) + 1, 3);
  if (estimate > MAX_SEGMENTS) {
    throw new InvalidInputError("blocks", `a timeline may have at most ${MAX_SEGMENTS} segments`);
  }
  const drafts: Draft[] = [];
  if (spec.getReadySeconds > 0)
    drafts.push({ kind: "get-ready", duration: spec.getReadySeconds, label: "Get ready" });
  if (spec.warmup)
    drafts.push({
      kind: "warmup",
      duration: spec.warmup.seconds,
      label: spec.warmup.label,
      intensity: "easy",
    });
  spec.blocks.forEach((b, i) => drafts.push(...unrollBlock(b, i, i === spec.blocks.length - 1)));
  if (spec.cooldown) {
    drafts.push({
      kind: "cooldown",
      duration: spec.cooldown.seconds,
      label: spec.cooldown.label,
      intensity: "easy",
    });
  }

  const segments: Segment[] = [];
  let start = 0;
  drafts.forEach((d, index) => {
    const n = drafts[index + 1];
    const next: NextUp | null = n ? { kind: n.kind, label: n.label, seconds: n.duration } : null;
    segments.push({
      index,
      kind: d.kind,
      start,
      duration: d.duration,
      label: d.label,
      ...(d.intensity ? { intensity: d.intensity } : {}),
      voice: d.voice ?? defaultVoice(d, next, spec.name),
      cues: cuesFor(d.kind, start, d.duration, n === undefined),
      next,
      ...(d.blockIndex !== undefined ? { blockIndex: d.blockIndex } : {}),
      ...(d.round ? { round: d.round } : {}),
    });
    start += d.duration;
  });
  return { ...(spec.id ? { id: spec.id } : {}), name: spec.name, segments, totalSeconds: start };
}
