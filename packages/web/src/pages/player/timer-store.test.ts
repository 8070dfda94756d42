import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../testing/memory-storage.js";
import { clearRun, loadRun, MAX_RUN_AGE_MS, pruneRuns, saveRun, SETTINGS_KEY } from "./timer-store.js";

describe("timer store", () => {
  it("round-trips a run with an open pause", () => {
    const st = memoryStorage();
    const run = {
      startMs: 1000,
      pauses: [
        [2000, 3000],
        [4000, null],
      ] as const,
    };
    saveRun(st, "timer:boxing", "pattern:boxing", run);
    expect(loadRun(st, "timer:boxing", "pattern:boxing")).toEqual(run);
    clearRun(st, "timer:boxing");
    expect(loadRun(st, "timer:boxing", "pattern:boxing")).toBeNull();
  });

  it("ignores a run of another timeline and unreadable data", () => {
    const st = memoryStorage();
    saveRun(st, "x", "pattern:tabata", { startMs: 1, pauses: [] });
    expect(loadRun(st, "x", "pattern:boxing")).toBeNull();
    st.setItem("leanback.timer.y", "{not json");
    expect(loadRun(st, "y", "k")).toBeNull();
    st.setItem("leanback.timer.z", JSON.stringify({ startMs: "soon", pauses: [], timelineKey: "k" }));
    expect(loadRun(st, "z", "k")).toBeNull();
  });

  it("prunes runs older than a day and unreadable ones, keeping fresh runs and the cue settings", () => {
    const st = memoryStorage();
    const now = 10 * MAX_RUN_AGE_MS;
    saveRun(st, "old", "k", { startMs: now - MAX_RUN_AGE_MS - 1, pauses: [] });
    saveRun(st, "fresh", "k", { startMs: now - 1000, pauses: [] });
    st.setItem("leanback.timer.broken", "{");
    st.setItem(SETTINGS_KEY, JSON.stringify({ voice: false }));
    st.setItem("leanback.session", "{}");
    expect(pruneRuns(st, now)).toBe(2);
    expect(loadRun(st, "old", "k")).toBeNull();
    expect(loadRun(st, "fresh", "k")).not.toBeNull();
    expect(st.getItem(SETTINGS_KEY)).not.toBeNull();
    expect(st.getItem("leanback.session")).toBe("{}");
  });
});
