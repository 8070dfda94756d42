import { describe, expect, it } from "vitest";
import { clearRun, loadRun, saveRun } from "./timer-store.js";

/** A Map-backed Storage (node has no localStorage). */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

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
});
