import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { auditPlan } from "./program-audit.js";
import { generateProgram } from "./program-generator.js";
import type { Plan, Session, StrengthItem } from "./program-types.js";

const base = {
  level: "beginner",
  days: ["mon", "wed", "fri", "sat"],
  equipment: ["dumbbells", "pullup-bar"],
  minutes: 45,
  weeks: 12,
  seed: "t",
} as const;

const strengthItems = (s: Session) => s.items.filter((i): i is StrengthItem => i.type === "strength");
const week = (plan: Plan, n: number) => plan.weeks[n - 1]?.sessions ?? [];

describe("generateProgram", () => {
  it("gives a beginner 2 sets in weeks 1–2 and 3 sets from week 3 (PRODUCT.md §1)", () => {
    const plan = generateProgram({ ...base, minutes: 90 });
    const sets = (n: number) =>
      week(plan, n)
        .filter((s) => s.kind === "strength")
        .flatMap(strengthItems)
        .map((i) => i.dosage.sets);
    expect(Math.max(...sets(1))).toBe(2);
    expect(Math.max(...sets(3))).toBe(3);
  });

  it("uses the rowing pattern on a strength day when a rower is available", () => {
    const plan = generateProgram({
      ...base,
      level: "intermediate",
      equipment: ["rower", "dumbbells"],
      minutes: 70,
    });
    const rowing = week(plan, 1).find((s) => s.format === "rowing");
    expect(rowing).toBeDefined();
    const rows = rowing?.items.filter((i) => i.type === "cardio") ?? [];
    expect(rows[0]).toMatchObject({ role: "warm-up", exerciseId: "rowing-machine" });
    expect(rows.at(-1)).toMatchObject({ role: "finish", minutes: 10 });
    expect(
      rows.filter((r) => r.type === "cardio" && r.role === "between").every((r) => r.minutes === 3),
    ).toBe(true);
    // 3 min between each pair of strength exercises
    expect(rows.length).toBe(strengthItems(rowing as Session).length + 1);
  });

  it("combines cardio after strength and says so when days are few", () => {
    const plan = generateProgram({ ...base, days: ["tue", "fri"], minutes: 60 });
    expect(plan.tradeOffs.join(" ")).toMatch(/2 strength days also carry 30\+ min of cardio/);
    expect(plan.tradeOffs.join(" ")).toMatch(/below the protocol's 3–5/);
    expect(week(plan, 1).filter((s) => s.countsAsCardio)).toHaveLength(2);
  });

  it("climbs the pull-up ladder in order: scapular pulls, negatives and assistance, chin-ups, pull-ups, weighted", () => {
    const pulls = (plan: Plan) =>
      week(plan, 1)
        .flatMap(strengthItems)
        .map((i) => i.exerciseId);
    const cannotHang = pulls(generateProgram({ ...base, pullups: 0, canHang: false }));
    expect(cannotHang).toContain("scapular-pull");
    expect(cannotHang).not.toContain("pullup-negative");
    expect(pulls(generateProgram({ ...base, pullups: 0, canHang: true }))).toContain("pullup-negative");
    // Cannot hang and scapular pulls excluded: a plain hang, not negatives.
    const hang = pulls(generateProgram({ ...base, pullups: 0, canHang: false, exclude: ["scapular-pull"] }));
    expect(hang).toContain("dead-hang");
    expect(hang).not.toContain("pullup-negative");
    // Negatives excluded and no assistance: scapular pulls, never chin-ups, with no pull-up yet.
    const noNeg = pulls(
      generateProgram({ ...base, pullups: 0, canHang: true, exclude: ["pullup-negative"] }),
    );
    expect(noNeg).toContain("scapular-pull");
    expect(noNeg).not.toContain("chinup");
    // Every lower rung ruled out: the dead hang, still never chin-ups.
    const bare = pulls(
      generateProgram({ ...base, pullups: 0, canHang: true, exclude: ["pullup-negative", "scapular-pull"] }),
    );
    expect(bare).not.toContain("chinup");
    expect(bare).not.toContain("pullup");
    const band = { ...base, equipment: [...base.equipment, "band"] };
    expect(pulls(generateProgram({ ...band, level: "intermediate", pullups: 2 }))).toContain(
      "pullup-band-assisted",
    );
    expect(pulls(generateProgram({ ...base, level: "intermediate", pullups: 5 }))).toContain("chinup");
    expect(pulls(generateProgram({ ...base, level: "intermediate", pullups: 9 }))).toContain("pullup");
    expect(pulls(generateProgram({ ...base, level: "intermediate", pullups: 12 }))).toContain(
      "pullup-weighted",
    );
  });

  it("pulls with a lat pulldown when there is a cable machine and no bar, and rows under a table with nothing", () => {
    const ids = (plan: Plan) =>
      plan.weeks.flatMap((w) => w.sessions.flatMap(strengthItems)).map((i) => i.exerciseId);
    const cable = ids(generateProgram({ ...base, equipment: ["cable-machine"], pullups: 0 }));
    expect(cable).toContain("lat-pulldown-wide");
    const bare = ids(generateProgram({ ...base, equipment: [] }));
    expect(bare.some((id) => id === "row-table" || id === "row-towel-doorway")).toBe(true);
  });

  it("never exceeds the minutes, even at the 30-minute floor", () => {
    const plan = generateProgram({ ...base, minutes: 30, days: ["mon", "thu"] });
    for (const w of plan.weeks) for (const s of w.sessions) expect(s.minutes).toBeLessThanOrEqual(30);
    expect(auditPlan(plan)).toEqual([]);
  });

  it("puts an interval session in an intermediate's week", () => {
    const plan = generateProgram({
      ...base,
      level: "intermediate",
      equipment: ["heavy-bag"],
      cardio: ["boxing"],
    });
    const iv = week(plan, 1).find((s) => s.kind === "intervals");
    expect(iv?.items.some((i) => i.type === "intervals" && i.timerPattern === "boxing-30-30")).toBe(true);
    expect(iv?.cardioMinutes).toBeGreaterThanOrEqual(30);
  });

  it("changes with the seed and not without it", () => {
    const a = generateProgram({
      ...base,
      level: "advanced",
      equipment: ["dumbbells", "bench", "band", "cable-machine"],
    });
    const b = generateProgram({
      ...base,
      level: "advanced",
      equipment: ["dumbbells", "bench", "band", "cable-machine"],
    });
    expect(a).toEqual(b);
    const seeds = ["a", "b", "c", "d", "e"].map((seed) =>
      JSON.stringify(
        generateProgram({
          ...base,
          level: "advanced",
          equipment: ["dumbbells", "bench", "band", "cable-machine"],
          seed,
        }).weeks,
      ),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("rejects bad input naming the field", () => {
    const bad = (raw: object, field: string) => {
      try {
        generateProgram(raw);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        expect((e as InvalidInputError).field).toBe(field);
      }
    };
    bad({ ...base, minutes: 20 }, "minutes");
    bad({ ...base, days: [] }, "days");
    bad({ ...base, days: ["mon", "mon"] }, "days");
    bad({ ...base, exclude: ["no-such-thing"] }, "exclude");
    bad({ ...base, equipment: ["spaceship"] }, "equipment");
    bad({ ...base, weeks: 0 }, "weeks");
  });
});

describe("auditPlan", () => {
  const plan = generateProgram(base);
  const edit = (f: (s: Session) => Session): Plan => ({
    ...plan,
    weeks: plan.weeks.map((w) => ({ ...w, sessions: w.sessions.map(f) })),
  });

  it("passes a generated plan", () => {
    expect(auditPlan(plan)).toEqual([]);
  });

  it("catches a strength session without lower-back work", () => {
    const broken = edit((s) =>
      s.kind === "strength"
        ? { ...s, items: s.items.filter((i) => i.type !== "strength" || i.slot !== "lower-back") }
        : s,
    );
    expect(auditPlan(broken).join("\n")).toMatch(/no lower-back work/);
  });

  it("catches a session over the time budget and equipment the person lacks", () => {
    const broken = edit((s) =>
      s.kind === "cardio"
        ? {
            ...s,
            minutes: 60,
            items: [
              {
                type: "cardio",
                exerciseId: "rowing-machine",
                name: "Row",
                role: "main",
                minutes: 60,
                pace: "steady",
              },
            ],
          }
        : s,
    );
    const found = auditPlan(broken).join("\n");
    expect(found).toMatch(/60 min exceeds 45/);
    expect(found).toMatch(/rowing-machine needs equipment/);
  });

  it("catches a short cardio session and an excluded exercise", () => {
    const broken = edit((s) =>
      s.kind === "cardio"
        ? {
            ...s,
            minutes: 20,
            items: [
              {
                type: "cardio",
                exerciseId: "jump-rope",
                name: "Jump rope",
                role: "main",
                minutes: 20,
                pace: "steady",
              },
            ],
          }
        : s,
    );
    const found = auditPlan({
      ...broken,
      input: { ...broken.input, equipment: ["jump-rope"], exclude: ["no-jumping"] },
    }).join("\n");
    expect(found).toMatch(/cardio session of 20 min/);
    expect(found).toMatch(/jump-rope is excluded/);
  });
});

describe("interval items", () => {
  it("name only patterns the timer knows (interval-templates.ts)", async () => {
    const { INTERVAL_PATTERN_IDS } = await import("./interval-templates.js");
    const used = new Set<string>();
    for (const equipment of [
      ["heavy-bag"],
      ["rower"],
      ["bike"],
      ["pool"],
      ["jump-rope"],
      ["battle-rope"],
      [],
    ]) {
      for (const cardio of [[], ["running"], ["stairs"], ["elliptical"]]) {
        const plan = generateProgram({
          ...base,
          level: "advanced",
          equipment: [...equipment, "elliptical"],
          cardio,
          weeks: 1,
        });
        for (const s of plan.weeks[0]?.sessions ?? [])
          for (const i of s.items) if (i.type === "intervals") used.add(i.timerPattern);
      }
    }
    expect(used.size).toBeGreaterThanOrEqual(3);
    for (const p of used) expect(INTERVAL_PATTERN_IDS).toContain(p);
  });
});
