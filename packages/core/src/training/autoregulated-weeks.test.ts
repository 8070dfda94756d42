import { describe, expect, it } from "vitest";
import { autoregulatedWeeks, type LoggedWeek } from "./autoregulated-weeks.js";
import type { RatedSet } from "./autoregulation.js";
import type { Load } from "./prescription.js";

// A simulated 12-week log of one-arm rows, 3 × 10–12, two sessions a week, starting at 10 kg:
// good weeks, a bad week, a scheduled lighter week, two weeks of RPE 10 and missed reps that
// bring the next lighter week forward, then good weeks again.
const db = (kg: number): Load => ({ kind: "external", kg, equipment: "dumbbell" });
const session = (reps: readonly number[], rpe: readonly (number | undefined)[]): RatedSet[] =>
  reps.map((r, i) => ({ reps: r, load: db(0), ...(rpe[i] !== undefined ? { rpe: rpe[i] } : {}) }));
const easy = session([12, 12, 12], [6, 7, 7]);
const right = session([12, 11, 11], [8, 8.5, 9]);
const maxed = session([12, 12, 11], [8, 9, 10]);
const missed = session([12, 9, 7], [9, 10, 10]);
const noRpeTop = session([12, 12, 12], []);

const LOG: readonly LoggedWeek[] = [
  { sessions: [easy, easy] }, // 1: easy twice → up, up
  { sessions: [right, right] }, // 2: RPE 8–9 → hold
  { sessions: [easy, noRpeTop] }, // 3: easy → up; top reps, no RPE → up
  { sessions: [missed, null] }, // 4: the bad week: missed reps → down; one session skipped
  { sessions: [easy, easy] }, // 5: scheduled lighter week: logged, nothing moves
  { sessions: [right, right] }, // 6: hold
  { sessions: [maxed, maxed] }, // 7: RPE 10 → down, down (fatigue 1)
  { sessions: [maxed, missed] }, // 8: RPE 10, missed reps → down, down (fatigue 2)
  { sessions: [easy, easy] }, // 9: lighter week brought forward (scheduled would be week 10)
  { sessions: [easy, right] }, // 10: up, hold
  { sessions: [easy, easy] }, // 11: up, up
  { sessions: [right, right] }, // 12: hold
];

describe("a simulated 12-week log drives the load", () => {
  const weeks = autoregulatedWeeks({ sets: 3, reps: { min: 10, max: 12 }, load: db(10) }, LOG, "kg");
  const kg = (l: Load) => (l.kind === "external" ? l.kg : NaN);

  it("moves the load session by session: up when easy, hold at RPE 8–9, down at RPE 10 or missed reps", () => {
    expect(weeks.map((w) => w.after.map((a) => `${a.change}:${kg(a.load)}`))).toEqual([
      ["up:12.5", "up:15"],
      ["hold:15", "hold:15"],
      ["up:17.5", "up:20"],
      ["down:17.5"],
      [],
      ["hold:17.5", "hold:17.5"],
      ["down:15", "down:12.5"],
      ["down:10", "down:9"],
      [],
      ["up:10", "hold:10"],
      ["up:12.5", "up:15"],
      ["hold:15", "hold:15"],
      [],
    ]);
  });

  it("prescribes each week from the load the week before ended on", () => {
    expect(
      weeks.map(
        (w) => `${w.week}:${w.sets}×${kg(w.load)}${w.lighter ? (w.early ? " early" : " lighter") : ""}`,
      ),
    ).toEqual([
      "1:3×10",
      "2:3×15",
      "3:3×15",
      "4:3×20",
      // Half the sets (rounded up) at 90 % rounded down to the dumbbells: 17.5 × 0.9 = 15.75 → 15.
      "5:2×15 lighter",
      "6:3×17.5",
      "7:3×17.5",
      "8:3×12.5",
      // Weeks 7 and 8 both strained: the lighter week comes at 9, not on schedule at 10.
      "9:2×8 early",
      "10:3×9",
      "11:3×10",
      "12:3×15",
      // Next lighter week counts from week 9: week 14, so week 13 builds.
      "13:3×15",
    ]);
    expect(weeks[8]?.reason).toMatch(/^weeks 7 and 8 showed fatigue/);
  });

  it("a skipped session changes nothing; one bad week alone does not bring the lighter week forward", () => {
    const bad = autoregulatedWeeks(
      { sets: 3, reps: { min: 10, max: 12 }, load: db(10) },
      [
        { sessions: [null, null] },
        { sessions: [easy, easy] },
        { sessions: [missed, missed] },
        { sessions: [easy, easy] },
      ],
      "kg",
    );
    expect(bad.map((w) => w.lighter)).toEqual([false, false, false, false, true]);
    expect(bad[0]?.after).toEqual([]);
    expect(kg(bad[1]?.load ?? db(0))).toBe(10);
  });
});
