import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Plan } from "@leanback/core/training/program-types";
import { ApiError, NetworkError } from "../../api/errors.js";
import { memoryStorage } from "../../testing/memory-storage.js";
import type { PlanView } from "../../api/plan-api.js";
import { loadSwaps, saveSwap } from "../../api/swap-store.js";
import { syncLocalSwaps } from "./swap-sync.js";

const g = globalThis as { localStorage?: unknown };
beforeEach(() => {
  g.localStorage = memoryStorage();
});
afterEach(() => {
  delete g.localStorage;
});

const plan: PlanView = {
  id: "server-plan",
  createdAt: 0,
  startDate: "2026-11-16",
  weeks: 12,
  seed: "s",
  program: { id: "program-1", weeks: [] } as unknown as Plan,
  swaps: {},
};

describe("syncLocalSwaps", () => {
  it("sends each local swap once, returns the server's plan and forgets the local copy", async () => {
    saveSwap("u1", "program-1", "pullup", "chinup");
    const sent: string[] = [];
    const put = (from: string, to: string) => {
      sent.push(`${from}>${to}`);
      return Promise.resolve({ ...plan, swaps: { [from]: to } });
    };
    const got = await syncLocalSwaps(plan, "u1", put);
    expect(sent).toEqual(["pullup>chinup"]);
    expect(got.swaps).toEqual({ pullup: "chinup" });
    expect(loadSwaps("u1", "program-1")).toEqual({});
    await syncLocalSwaps(got, "u1", put);
    expect(sent).toHaveLength(1);
  });

  it("keeps local swaps offline and drops those the server refuses", async () => {
    saveSwap("u1", "program-1", "pullup", "chinup");
    const offline = () => Promise.reject(new NetworkError());
    expect(await syncLocalSwaps(plan, "u1", offline)).toBe(plan);
    expect(loadSwaps("u1", "program-1")).toEqual({ pullup: "chinup" });
    const refuse = () => Promise.reject(new ApiError(422, "invalid", "to must be …", []));
    expect(await syncLocalSwaps(plan, "u1", refuse)).toBe(plan);
    expect(loadSwaps("u1", "program-1")).toEqual({});
  });
});
