import { NetworkError } from "../../api/errors.js";
import type { PlanView } from "../../api/plan-api.js";
import { clearSwaps, loadSwaps } from "../../api/swap-store.js";

/**
 * Sends the swaps this browser kept for the plan (made offline, or before the server kept swaps)
 * to the server once, then forgets them. Swaps the server refuses (no longer valid) are dropped;
 * offline, they stay for the next visit. Returns the plan as the server has it afterwards.
 */
export async function syncLocalSwaps(
  plan: PlanView,
  userId: string,
  put: (from: string, to: string) => Promise<PlanView>,
): Promise<PlanView> {
  const local = loadSwaps(userId, plan.program.id);
  let latest = plan;
  for (const [from, to] of Object.entries(local)) {
    if (latest.swaps[from] === to) continue;
    try {
      latest = await put(from, to);
    } catch (e) {
      if (e instanceof NetworkError) return latest;
    }
  }
  clearSwaps(userId);
  return latest;
}
