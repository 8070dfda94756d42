// Shared timing loop of the benches (the leading "_" keeps bench/run.ts from running it as a
// topic). One untimed warm-up call, then `runs` timed calls; timings are printed, never asserted.

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function summary(ms: number[]): Timing {
  ms.sort((a, b) => a - b);
  return {
    median: ms[Math.floor(ms.length / 2)] ?? Number.NaN,
    min: ms[0] ?? Number.NaN,
    max: ms[ms.length - 1] ?? Number.NaN,
  };
}

/** Times a synchronous call `runs` times after one warm-up (JIT and module initialisation). */
export function timeRuns(runs: number, fn: () => unknown): Timing {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return summary(ms);
}

/** Times an asynchronous call `runs` times after one warm-up, one call at a time. */
export async function timeRunsAsync(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return summary(ms);
}

/** The median of `timeRuns`, in ms. */
export function medianMs(runs: number, fn: () => unknown): number {
  return timeRuns(runs, fn).median;
}
