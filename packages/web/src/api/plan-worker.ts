// Generates the training plan off the main thread: loading core's exercise catalogue and
// generator is the heaviest script work in the app, and in a worker it never blocks input.
import { planOf } from "./week-plan.js";
import type { Profile } from "./types.js";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; profile: Profile }>) => void) | null;
  postMessage: (m: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, profile } = e.data;
  try {
    scope.postMessage({ id, plan: planOf(profile) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
