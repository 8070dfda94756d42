import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { describe, expect, it } from "vitest";
import { cueTrackWav, trackBeeps, TRACK_SAMPLE_RATE } from "./cue-track.js";

// 10 s get ready, 2 × (20 s work, 10 s rest), no rest after the last: 60 s.
const timeline = buildTimeline({
  name: "Test",
  getReadySeconds: 10,
  blocks: [
    {
      label: "Bag",
      rounds: 2,
      steps: [
        { kind: "work", seconds: 20, label: "Punch" },
        { kind: "rest", seconds: 10, label: "Rest" },
      ],
    },
  ],
});

const loud = (wav: Uint8Array, fromS: number, toS: number) => {
  let max = 0;
  for (let i = Math.round(fromS * TRACK_SAMPLE_RATE); i < Math.round(toS * TRACK_SAMPLE_RATE); i++)
    max = Math.max(max, Math.abs((wav[44 + i] ?? 128) - 128));
  return max;
};

describe("the locked-screen cue track", () => {
  it("beeps where the timer does: each segment's start, and 3-2-1 before it", () => {
    const beeps = trackBeeps(timeline);
    const starts = beeps.filter((b) => b.kind === "start").map((b) => b.at);
    for (const s of timeline.segments) expect(starts).toContain(s.start);
    // The count before work starts at 10 s: 7, 8, 9.
    expect(beeps.filter((b) => b.kind === "count" && b.at < 10).map((b) => b.at)).toEqual([7, 8, 9]);
  });

  it("is a playable 8-bit mono WAV as long as the timer, silent between beeps", () => {
    const wav = cueTrackWav(timeline);
    const text = (a: number, n: number) => String.fromCharCode(...wav.slice(a, a + n));
    expect([text(0, 4), text(8, 4), text(12, 4), text(36, 4)]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
    const view = new DataView(wav.buffer);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(TRACK_SAMPLE_RATE);
    expect(view.getUint16(34, true)).toBe(8);
    expect(view.getUint32(40, true)).toBe(wav.length - 44);
    expect((wav.length - 44) / TRACK_SAMPLE_RATE).toBe(timeline.totalSeconds + 1);
    // Loud at 10 s (work starts) and at 30 s (rest), silent in the middle of work.
    expect(loud(wav, 10, 10.3)).toBeGreaterThan(50);
    expect(loud(wav, 30, 30.3)).toBeGreaterThan(50);
    expect(loud(wav, 13, 16)).toBe(0);
  });
});
