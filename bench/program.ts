// Time to generate (and render) a 12-week plan: median over a fixed number of runs per profile.
// Bounded: 3 profiles × (5 warm-up + 40 timed) runs; printed, never asserted.
import { performance } from "node:perf_hooks";
import { planToIcs } from "@leanback/core/training/ical";
import { generateProgram } from "@leanback/core/training/program-generator";
import type { ProgramInputRaw } from "@leanback/core/training/program-input";
import { renderPlan } from "@leanback/core/training/program-render";

const PROFILES: Readonly<Record<string, ProgramInputRaw>> = {
  "home, dumbbells + bar, 4 days": {
    level: "beginner",
    equipment: ["dumbbells", "pullup-bar"],
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
    weeks: 12,
  },
  "full gym, 5 days": {
    level: "intermediate",
    equipment: [
      "dumbbells",
      "pullup-bar",
      "cable-machine",
      "bench",
      "band",
      "rower",
      "treadmill",
      "heavy-bag",
    ],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 75,
    weeks: 12,
  },
  "no equipment, 7 days": {
    level: "advanced",
    equipment: [],
    days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    minutes: 60,
    weeks: 12,
  },
};

const WARMUP = 5;
const RUNS = 40;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function time(f: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) f();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    out.push(performance.now() - t0);
  }
  return out;
}

export async function run(): Promise<void> {
  const rows = [
    "| profile (12 weeks) | generate median ms | generate p90 ms | render text ms | iCalendar ms | sessions |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const [name, profile] of Object.entries(PROFILES)) {
    let seed = 0;
    const gen = time(() => generateProgram({ ...profile, seed: `bench-${seed++}` }));
    const plan = generateProgram({ ...profile, seed: "bench" });
    const render = time(() => renderPlan(plan, { unit: "kg" }));
    const ics = time(() =>
      planToIcs(plan, { start: "2026-11-23", timeOfDay: "07:00", stamp: "2026-11-20T00:00:00Z" }),
    );
    const sorted = [...gen].sort((a, b) => a - b);
    const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
    const sessions = plan.weeks.reduce((n, w) => n + w.sessions.filter((s) => s.kind !== "rest").length, 0);
    rows.push(
      `| ${name} | ${median(gen).toFixed(2)} | ${p90.toFixed(2)} | ${median(render).toFixed(2)} | ${median(ics).toFixed(2)} | ${sessions} |`,
    );
  }
  console.log(rows.join("\n"));
  console.log(
    `\n${RUNS} timed runs after ${WARMUP} warm-up runs per cell; each generate run uses a new seed.`,
  );
}
