import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { intervalPattern } from "@leanback/core/training/interval-templates";
import { describe, expect, it } from "vitest";
import { dueUtterances, MAX_CATCH_UP_SECONDS } from "./cue-window.js";

const boxing = buildTimeline(intervalPattern("boxing-30-30").spec);
const work1 = boxing.segments[1];

describe("dueUtterances", () => {
  it("says the opening line on the first tick of a fresh run", () => {
    const first = dueUtterances(boxing, null, 0.1);
    expect(first.map((u) => u.text)).toEqual([boxing.segments[0]?.voice]);
  });

  it("plays the countdown and the next opening across consecutive ticks", () => {
    const start = work1?.start ?? NaN;
    const texts: string[] = [];
    for (let t = start - 3.5; t < start + 0.5; t += 0.25)
      texts.push(...dueUtterances(boxing, t, t + 0.25).map((u) => u.text));
    expect(texts).toEqual(["3", "2", "1", work1?.voice]);
  });

  it("after a long gap (sleep, reload) plays only the last moments, never a backlog", () => {
    const texts = dueUtterances(boxing, 0, 100).map((u) => u.at);
    expect(texts.every((at) => at > 100 - MAX_CATCH_UP_SECONDS)).toBe(true);
    expect(dueUtterances(boxing, null, 100)).toEqual([]);
  });
});
