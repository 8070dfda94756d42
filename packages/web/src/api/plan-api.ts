// The server's current plan (packages/server/src/features/plan: generate, regenerate, current).
// The program inside is core's Plan as the server generated it with the same core code.
import type { Plan } from "@leanback/core/training/program-types";
import { api } from "./client.js";
import { ApiError } from "./errors.js";
import { newClientId } from "../pwa/client-id.js";

export interface PlanView {
  readonly id: string;
  readonly createdAt: number;
  /** First day of week 1, YYYY-MM-DD. */
  readonly startDate: string;
  readonly weeks: number;
  readonly seed: string;
  readonly program: Plan;
  /** Exercise swaps {fromExerciseId: toExerciseId}; `program` is as generated, without them. */
  readonly swaps: Readonly<Record<string, string>>;
}

const base = "/api/users/me/plan";

export const planApi = {
  /** The current plan, or null before one was generated (the API answers 404). */
  async current(signal?: AbortSignal): Promise<PlanView | null> {
    try {
      return await api.get<PlanView>(base, signal ? { signal } : {});
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
  /** Makes a plan current; the client id makes a replayed request return the same plan. */
  generate: (body: { startDate: string; weeks: number; seed: string }) =>
    api.post<PlanView>(base, { ...body, clientId: newClientId() }),
  /** The current plan again from the changed profile, same start, length and seed. */
  regenerate: () => api.post<PlanView>(`${base}/regenerate`, {}),
  /** Swaps `from` (a plan exercise or its stand-in) for `to`; `to` = the original undoes it. */
  swap: (from: string, to: string) => api.put<PlanView>(`${base}/swaps/${encodeURIComponent(from)}`, { to }),
};
