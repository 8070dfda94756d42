// Interval timeline timings: building 1-hour timelines and answering wall-clock position
// queries (median of N runs, printed only, never asserted).
import type { IntervalSpecInput } from "@leanback/core/training/interval-spec";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { timelinePosition, type Pause } from "@leanback/core/training/timeline-position";
import { medianMs } from "./_timing.js";

/** One hour of work/rest pairs of `work` + `rest` seconds. */
function hourOf(work: number, rest: number): IntervalSpecInput {
  return {
    name: `1 h of ${work}/${rest}`,
    getReadySeconds: 0,
    blocks: [
      {
        label: "h",
        rounds: Math.floor(3600 / (work + rest)),
        dropFinalRest: false,
        steps: [
          { kind: "work", seconds: work, label: "Work" },
          { kind: "rest", seconds: rest, label: "Rest" },
        ],
      },
    ],
  };
}

export async function run(): Promise<void> {
  const T0 = 1_790_000_000_000;
  // Ten pauses of 30 s spread over the session, as a phone that slept now and then.
  const pauses: Pause[] = Array.from({ length: 10 }, (_, i) => [
    T0 + (i + 1) * 300_000,
    T0 + (i + 1) * 300_000 + 30_000,
  ]);
  const QUERIES = 10_000;
  const rows: string[] = [];
  for (const [work, rest] of [
    [20, 10],
    [5, 5],
    [1, 1],
  ] as const) {
    const spec = hourOf(work, rest);
    const timeline = buildTimeline(spec);
    const build = medianMs(21, () => buildTimeline(spec));
    // Deterministic spread of "now" instants over the hour (and a little past it).
    const nows = Array.from({ length: QUERIES }, (_, i) => T0 + ((i * 7919) % 4_000) * 1000);
    let sink = 0;
    const batch = medianMs(11, () => {
      for (const nowMs of nows)
        sink += timelinePosition(timeline, { startMs: T0, pauses, nowMs }).segmentIndex;
    });
    if (sink < 0) console.log(sink); // keep the work observable
    rows.push(
      `| ${work} s / ${rest} s | ${timeline.segments.length} | ${build.toFixed(2)} | ${((batch * 1000) / QUERIES).toFixed(2)} |`,
    );
  }
  console.log(
    "| 1-hour timeline | segments | build, median of 21 (ms) | position query with 10 pauses, µs each (median of 11 batches of 10 000) |",
  );
  console.log("|---|---:|---:|---:|");
  for (const r of rows) console.log(r);
}
