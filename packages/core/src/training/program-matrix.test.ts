import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";
import { regionsOf } from "./exercise.js";
import { daysAllowCardioMinimum } from "./program-audit.js";
import { generateProgram } from "./program-generator.js";
import type { ProgramInputRaw } from "./program-input.js";
import type { Plan, PlanItem, PlanWeek, Session } from "./program-types.js";
import { buildTimeline } from "./interval-timeline.js";
import { intervalItemSpec, sessionParts } from "./session-timeline.js";
import { DAILY_ROUTINE_IDS, routineSpec } from "./daily-routine.js";
import { intervalPattern } from "./interval-templates.js";
import { buildPool } from "./program-pool.js";

// The protocol over 12 weeks for a matrix of profiles (level × equipment × days × minutes ×
// exclusions), read as a coach would. Each assertion collects every profile that breaks it, so a
// failure names all of them at once.

const GYM = [
  "dumbbells",
  "pullup-bar",
  "cable-machine",
  "assisted-pullup-machine",
  "bench",
  "band",
  "rower",
  "treadmill",
  "bike",
  "heavy-bag",
] as const;

const PROFILES: Readonly<Record<string, Omit<ProgramInputRaw, "weeks">>> = {
  "beginner-none-3d-30": { level: "beginner", days: ["mon", "wed", "fri"], minutes: 30 },
  "beginner-none-5d-40": { level: "beginner", days: ["mon", "tue", "thu", "fri", "sat"], minutes: 40 },
  "beginner-none-4d-45-nojump": {
    level: "beginner",
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
    exclude: ["no-jumping"],
  },
  "beginner-db-bar-4d-45": {
    level: "beginner",
    equipment: ["dumbbells", "pullup-bar"],
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
  },
  "beginner-bags-3d-60": {
    level: "beginner",
    equipment: ["heavy-bag", "speed-bag", "dumbbells"],
    days: ["tue", "thu", "sat"],
    minutes: 60,
  },
  "beginner-cannot-hang-3d-45": {
    level: "beginner",
    equipment: ["pullup-bar", "band"],
    days: ["mon", "wed", "fri"],
    minutes: 45,
    pullups: 0,
    canHang: false,
  },
  "beginner-no-negatives": {
    level: "beginner",
    equipment: ["pullup-bar"],
    days: ["mon", "wed", "fri", "sun"],
    minutes: 45,
    pullups: 0,
    exclude: ["pullup-negative"],
  },
  "intermediate-no-lower-pull-rungs": {
    level: "intermediate",
    equipment: ["pullup-bar", "dumbbells"],
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
    pullups: 0,
    canHang: true,
    exclude: ["pullup-negative", "scapular-pull"],
  },
  "beginner-rower-4d-50": {
    level: "beginner",
    equipment: ["rower", "dumbbells"],
    days: ["mon", "tue", "thu", "sat"],
    minutes: 50,
  },
  "beginner-pool-5d-50": {
    level: "beginner",
    equipment: ["pool"],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 50,
    cardio: ["swimming"],
  },
  "beginner-shadow-boxing": {
    level: "beginner",
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
    cardio: ["boxing"],
  },
  "intermediate-none-6d-60": {
    level: "intermediate",
    days: ["mon", "tue", "wed", "thu", "fri", "sat"],
    minutes: 60,
  },
  "intermediate-db-band-2d-60": {
    level: "intermediate",
    equipment: ["dumbbells", "band"],
    days: ["tue", "sat"],
    minutes: 60,
    cardio: ["running"],
  },
  "intermediate-rower-4d-45": {
    level: "intermediate",
    equipment: ["rower", "dumbbells", "pullup-bar"],
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
  },
  "intermediate-gym-5d-75": {
    level: "intermediate",
    equipment: [...GYM],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 75,
    pullups: 3,
  },
  "intermediate-cable-3d-60": {
    level: "intermediate",
    equipment: ["cable-machine", "treadmill"],
    days: ["mon", "wed", "fri"],
    minutes: 60,
    pullups: 0,
  },
  "intermediate-jumprope-nojump-5d-45": {
    level: "intermediate",
    equipment: ["jump-rope", "dumbbells"],
    days: ["mon", "tue", "wed", "fri", "sat"],
    minutes: 45,
    exclude: ["no-jumping"],
  },
  "intermediate-norun-7d-40": {
    level: "intermediate",
    equipment: ["dumbbells", "bike"],
    days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    minutes: 40,
    exclude: ["no-running"],
  },
  "intermediate-heavybag-4d-45": {
    level: "intermediate",
    equipment: ["heavy-bag", "pullup-bar"],
    days: ["mon", "tue", "thu", "sat"],
    minutes: 45,
  },
  "advanced-gym-6d-90": {
    level: "advanced",
    equipment: [...GYM, "jump-rope"],
    days: ["mon", "tue", "wed", "thu", "fri", "sat"],
    minutes: 90,
    pullups: 12,
  },
  "advanced-db-bar-4d-60": {
    level: "advanced",
    equipment: ["dumbbells", "pullup-bar", "bench"],
    days: ["mon", "wed", "fri", "sun"],
    minutes: 60,
    pullups: 15,
  },
  "advanced-none-5d-30": {
    level: "advanced",
    days: ["mon", "tue", "wed", "thu", "sat"],
    minutes: 30,
  },
  "advanced-1d-60": { level: "advanced", equipment: ["dumbbells"], days: ["sun"], minutes: 60 },
  "advanced-battle-rope-3d-45-norun": {
    level: "advanced",
    equipment: ["battle-rope", "band"],
    days: ["tue", "thu", "sat"],
    minutes: 45,
    exclude: ["no-running", "no-jumping"],
  },
};

const plans: readonly { name: string; plan: Plan }[] = Object.entries(PROFILES).map(([name, p]) => ({
  name,
  plan: generateProgram({ weeks: 12, seed: "matrix", ...p }),
}));

const cat = catalogue();
const lighter = (w: PlanWeek) => w.lighter === true;
const itemsOf = (w: PlanWeek): PlanItem[] => w.sessions.flatMap((s) => s.items);
const hasBag = (p: Plan) => p.input.equipment.some((e) => e === "heavy-bag" || e === "speed-bag");
const trainingDays = (p: Plan) => p.input.days.length;

/** Runs `check` on every plan and fails with the list of every broken profile. */
function everyPlan(check: (p: Plan) => string[]): void {
  const broken = plans.flatMap(({ name, plan }) => check(plan).map((m) => `${name}: ${m}`));
  expect(broken).toEqual([]);
}

describe("the protocol over 12 weeks for 24 profiles", () => {
  it("has at least 20 profiles across levels, days and minutes", () => {
    expect(plans.length).toBeGreaterThanOrEqual(20);
    expect(new Set(plans.map((p) => p.plan.input.level)).size).toBe(3);
    expect(new Set(plans.map((p) => p.plan.input.days.length)).size).toBeGreaterThanOrEqual(6);
  });

  it("trains strength 2–3 × a week, upper and lower back every time", () => {
    everyPlan((p) =>
      p.weeks.flatMap((w) => {
        const strength = w.sessions.filter((s) => s.kind === "strength");
        const out: string[] = [];
        if (trainingDays(p) >= 2 && (strength.length < 2 || strength.length > 3))
          out.push(`week ${w.week}: ${strength.length} strength sessions`);
        for (const s of strength) {
          const regions = new Set(
            s.items.flatMap((i) => (i.type === "strength" ? regionsOf(cat.byId(i.exerciseId)) : [])),
          );
          if (!regions.has("upper-back") || !regions.has("lower-back"))
            out.push(`week ${w.week} ${s.day}: back not trained both ways`);
        }
        return out;
      }),
    );
  });

  it("holds 3–5 cardio sessions of ≥ 30 min where days and minutes allow", () => {
    everyPlan((p) =>
      p.weeks.flatMap((w) => {
        const cardio = w.sessions.filter((s) => s.countsAsCardio);
        const out = cardio.filter((s) => s.cardioMinutes < 30).map((s) => `week ${w.week} ${s.day} short`);
        if (daysAllowCardioMinimum(trainingDays(p), p.input.minutes) && cardio.length < 3)
          out.push(`week ${w.week}: ${cardio.length} cardio sessions`);
        if (cardio.length > 5) out.push(`week ${w.week}: ${cardio.length} cardio sessions`);
        return out;
      }),
    );
  });

  it("has intervals every week when there are two days or more", () => {
    everyPlan((p) =>
      trainingDays(p) < 2
        ? []
        : p.weeks.filter((w) => !itemsOf(w).some((i) => i.type === "intervals")).map((w) => `week ${w.week}`),
    );
  });

  it("boxes 30/30 with a bag within every 4 weeks, shadow boxes without one", () => {
    everyPlan((p) => {
      const out: string[] = [];
      if (hasBag(p))
        for (let b = 0; b < 3; b++) {
          const block = p.weeks.slice(b * 4, b * 4 + 4).flatMap(itemsOf);
          if (!block.some((i) => i.type === "intervals" && i.timerPattern === "boxing-30-30"))
            out.push(`weeks ${b * 4 + 1}–${b * 4 + 4}: no boxing 30/30`);
        }
      if (p.tradeOffs.some((t) => /boxing/.test(t) && /not possible/i.test(t)))
        out.push("says boxing is not possible (shadow boxing needs nothing)");
      if (p.input.cardio.includes("boxing") && !hasBag(p)) {
        const ids = p.weeks.flatMap(itemsOf).map((i) => i.exerciseId);
        if (!ids.some((id) => id.startsWith("shadow-boxing")))
          out.push("asked for boxing, got no shadow boxing");
      }
      return out;
    });
  });

  it("uses the rowing pattern every week when there is a rower", () => {
    everyPlan((p) =>
      p.input.equipment.includes("rower") &&
      (p.input.cardio.length === 0 || p.input.cardio.includes("rowing"))
        ? p.weeks.filter((w) => !w.sessions.some((s) => s.format === "rowing")).map((w) => `week ${w.week}`)
        : [],
    );
  });

  it("makes every 5th week lighter: fewer sets per exercise than the week before", () => {
    // Sets per strength exercise: a tight time budget may cut exercises from a hard week that a
    // lighter week has room for, so the total alone would not show the lighter dose.
    const sets = (w: PlanWeek) => {
      const strength = itemsOf(w).filter((i) => i.type === "strength");
      return strength.reduce((a, i) => a + i.dosage.sets, 0) / Math.max(1, strength.length);
    };
    everyPlan((p) =>
      // One session a week: the hard week's sets are already cut to fit (see progression below).
      (trainingDays(p) < 2 ? [] : [5, 10]).flatMap((n) => {
        const w = p.weeks[n - 1];
        const before = p.weeks[n - 2];
        if (!w || !before) return [`week ${n} missing`];
        const out: string[] = [];
        if (!lighter(w)) out.push(`week ${n} not marked lighter`);
        if (sets(w) >= sets(before))
          out.push(`week ${n}: ${sets(w)} sets vs ${sets(before)} in week ${n - 1}`);
        return out;
      }),
    );
  });

  it("progresses week to week outside lighter weeks, naming each change", () => {
    everyPlan((p) =>
      p.weeks.slice(1).flatMap((w, k) => {
        const prev = p.weeks[k] as PlanWeek;
        // One session a week has no cardio day to lengthen: the extra set of step 3 is the only
        // change and a tight budget can cut it (known gap, issue 13).
        if (lighter(w) || lighter(prev) || trainingDays(p) < 2) return [];
        const out: string[] = [];
        if (JSON.stringify(w.sessions) === JSON.stringify(prev.sessions))
          out.push(`week ${w.week} is the same as week ${prev.week}`);
        if ((w.changes ?? []).length === 0) out.push(`week ${w.week} names no change`);
        return out;
      }),
    );
  });

  it("never uses missing equipment or excluded moves, and never runs over the minutes", () => {
    everyPlan((p) =>
      p.weeks.flatMap((w) =>
        w.sessions.flatMap((s: Session) => {
          const out: string[] = [];
          if (s.minutes > p.input.minutes) out.push(`week ${w.week} ${s.day}: ${s.minutes} min`);
          const ids = [
            ...s.items.map((i) => i.exerciseId),
            ...(s.activeRest ? [s.activeRest.exerciseId] : []),
          ];
          for (const id of ids) {
            const e = cat.byId(id);
            if (e.equipment.some((q) => q !== "none" && !p.input.equipment.includes(q)))
              out.push(`week ${w.week} ${s.day}: ${id} needs missing equipment`);
            if (e.jumping && p.input.exclude.includes("no-jumping"))
              out.push(`week ${w.week} ${s.day}: ${id} jumps`);
          }
          return out;
        }),
      ),
    );
  });

  it("states the timer's minutes: every session's minutes are its timelines' total", () => {
    everyPlan((p) =>
      p.weeks.flatMap((w) =>
        w.sessions.flatMap((s: Session) => {
          const at = `week ${w.week} ${s.day}`;
          const out: string[] = [];
          const parts = sessionParts(s);
          const seconds = parts.reduce(
            (t, part) => t + buildTimeline(part.spec).totalSeconds + part.gapAfterSeconds,
            0,
          );
          if (Math.ceil(seconds / 60) !== s.minutes)
            out.push(`${at}: ${s.minutes} min vs timer ${seconds} s`);
          for (const i of s.items) {
            if (i.type === "intervals") {
              const t = buildTimeline(intervalItemSpec(i)).totalSeconds;
              if (Math.ceil(t / 60) !== i.minutes) out.push(`${at}: ${i.name} ${i.minutes} min vs ${t} s`);
              if (!i.description.endsWith(`${i.minutes} min in all`))
                out.push(`${at}: "${i.description}" does not state its ${i.minutes} min`);
            }
          }
          for (const part of parts.filter((x) => x.kind === "circuit")) {
            const segs = buildTimeline(part.spec).segments;
            // One exercise straight after another: only rounds are separated by a rest.
            if (segs.some((g) => g.kind === "rest")) out.push(`${at}: circuit rests between exercises`);
            const rounds = Math.max(
              ...part.items.map((k) => {
                const it = s.items[k];
                return it?.type === "strength" ? it.dosage.sets : 0;
              }),
            );
            const rests = segs.filter((g) => g.kind === "round-rest" || g.kind === "block-rest").length;
            if (rests !== rounds - 1) out.push(`${at}: ${rests} rests for ${rounds} rounds`);
          }
          return out;
        }),
      ),
    );
  });

  it("pulls for the upper back in every strength session, with or without equipment", () => {
    const pulling = (id: string) => {
      const e = cat.byId(id);
      // A dead hang holds, it does not pull: the session needs a row or a pull besides it.
      return (
        id !== "dead-hang" &&
        (e.pattern === "vertical-pull" || e.pattern === "horizontal-pull") &&
        regionsOf(e).includes("upper-back")
      );
    };
    everyPlan((p) =>
      p.weeks.flatMap((w) =>
        w.sessions
          .filter((s) => s.kind === "strength")
          .filter((s) => !s.items.some((i) => i.type === "strength" && pulling(i.exerciseId)))
          .map((s) => `week ${w.week} ${s.day}: no pulling exercise`),
      ),
    );
  });

  it("climbs the pull-up ladder from the bottom: no pull-up yet means no chin-ups, no hang means no negatives", () => {
    const above = new Set(["chinup", "pullup", "pullup-weighted"]);
    everyPlan((p) => {
      const pullups = p.input.pullups ?? (p.input.level === "beginner" ? 0 : undefined);
      if (pullups !== 0) return [];
      const ids = new Set(p.weeks.flatMap(itemsOf).map((i) => i.exerciseId));
      const out = [...ids].filter((id) => above.has(id)).map((id) => `${id} with no pull-up`);
      if (p.input.canHang === false && ids.has("pullup-negative")) out.push("negatives without a 20 s hang");
      return out;
    });
    // The profiles this covers: cannot hang, negatives excluded, every lower rung excluded, a
    // cable machine and no bar.
    const covered = plans.filter((x) => x.plan.input.pullups === 0).length;
    expect(covered).toBeGreaterThanOrEqual(4);
  });

  it("uses a lat pulldown within 12 weeks when there is a cable machine", () => {
    const withCable = plans.filter((x) => x.plan.input.equipment.includes("cable-machine"));
    expect(withCable.length).toBeGreaterThanOrEqual(2);
    everyPlan((p) =>
      p.input.equipment.includes("cable-machine") &&
      !p.weeks.flatMap(itemsOf).some((i) => i.exerciseId.startsWith("lat-pulldown"))
        ? ["no lat pulldown in 12 weeks"]
        : [],
    );
  });

  it("rotates the protocol's back exercises in within 12 weeks where equipment and level allow", () => {
    // The lower-back slot's rotation (back extension on the floor or a bench, pilates swimming)
    // is main work and always there; the extra slot's (rear-delt fly, donkey kick, renegade row)
    // is an accessory that the minutes may leave no room for.
    const main: Readonly<Record<string, readonly string[]>> = {
      "back-extension": ["back-extension-floor", "back-extension-bench"],
      "pilates-swimming": ["pilates-swimming"],
    };
    const accessory: Readonly<Record<string, readonly string[]>> = {
      "rear-delt-fly": ["rear-delt-fly"],
      "donkey-kick": ["donkey-kick"],
      "renegade-row": ["renegade-row"],
    };
    let withRoom = 0;
    everyPlan((p) => {
      // One strength session a week has too few sessions in 12 weeks for a rotation of five.
      if (trainingDays(p) < 2) return [];
      const pool = buildPool(p.input);
      const ids = new Set(p.weeks.flatMap(itemsOf).map((i) => i.exerciseId));
      const extraWeeks = p.weeks.filter((w) =>
        itemsOf(w).some((i) => i.type === "strength" && i.slot === "extra"),
      ).length;
      // Room for the extra exercise in at least as many weeks as the rotation is long.
      const room = extraWeeks >= Object.keys(accessory).length + 1;
      if (room) withRoom++;
      const rotation = room ? { ...main, ...accessory } : main;
      return Object.entries(rotation).flatMap(([name, alts]) =>
        alts.some((id) => pool.isUsable(id)) && !alts.some((id) => ids.has(id))
          ? [`no ${name} in 12 weeks`]
          : [],
      );
    });
    // Most profiles have room for the extra exercise: the accessory rotation is really checked.
    expect(withRoom).toBeGreaterThanOrEqual(10);
  });

  it("offers the daily posture and low-back routine every day, its minutes from its timer", () => {
    const full = buildTimeline(intervalPattern("posture-low-back").spec).totalSeconds;
    expect(full).toBeGreaterThanOrEqual(5 * 60);
    expect(full).toBeLessThanOrEqual(10 * 60);
    everyPlan((p) =>
      p.weeks.flatMap((w) => {
        const out: string[] = [];
        if (w.sessions.length !== 7) out.push(`week ${w.week}: ${w.sessions.length} days`);
        for (const s of w.sessions) {
          const d = s.daily;
          if (!d) {
            out.push(`week ${w.week} ${s.day}: no daily routine`);
            continue;
          }
          const t = buildTimeline(routineSpec(d.items)).totalSeconds;
          if (Math.ceil(t / 60) !== d.minutes)
            out.push(`week ${w.week} ${s.day}: ${d.minutes} min vs ${t} s`);
          if (d.minutes < 5 || d.minutes > 10) out.push(`week ${w.week} ${s.day}: ${d.minutes} min routine`);
          if (d.timerPattern && d.items.length !== DAILY_ROUTINE_IDS.length)
            out.push(`week ${w.week} ${s.day}: timer plays moves the plan left out`);
          for (const i of d.items)
            if (p.input.exclude.includes(i.exerciseId)) out.push(`${i.exerciseId} is excluded`);
          // The session's own posture drill is not a move the routine repeats the same day.
          const routine = new Set(d.items.map((i) => i.exerciseId));
          for (const i of s.items)
            if (i.type === "mobility" && routine.has(i.exerciseId))
              out.push(`week ${w.week} ${s.day}: ${i.exerciseId} twice`);
        }
        return out;
      }),
    );
  });

  it("speaks plainly: no protocol section codes in anything the person reads", () => {
    everyPlan((p) => {
      const texts = [
        ...p.notes,
        ...p.tradeOffs,
        ...p.weeks.flatMap((w) => [
          ...(w.changes ?? []),
          ...w.sessions.flatMap((s) => [
            s.title,
            ...s.why,
            ...s.items.flatMap((i) => [
              i.name,
              ...(i.type === "intervals" ? [i.description] : []),
              ...(i.type === "strength" && i.note ? [i.note] : []),
            ]),
          ]),
        ]),
      ];
      return [...new Set(texts.filter((t) => t.includes("§")))];
    });
  });

  it("intervals take one more round in the load week and fewer in the lighter week (boxing keeps 3)", () => {
    const rounds = (w: PlanWeek | undefined) =>
      new Map(
        (w ? itemsOf(w) : []).flatMap((i) =>
          i.type === "intervals" && i.timerPattern !== "boxing-30-30"
            ? [
                [
                  `${i.exerciseId}/${i.role}`,
                  buildTimeline(intervalItemSpec(i)).segments.filter(
                    (g) => g.blockIndex === 0 && g.kind === "work",
                  ).length,
                ] as const,
              ]
            : [],
        ),
      );
    let compared = 0;
    let longer = 0;
    everyPlan((p) =>
      [
        [3, 4, 1],
        [4, 5, -1],
        [8, 9, 1],
        [9, 10, -1],
      ].flatMap(([a, b, dir]) => {
        const before = rounds(p.weeks[(a ?? 0) - 1]);
        const after = rounds(p.weeks[(b ?? 0) - 1]);
        return [...after].flatMap(([key, n]) => {
          const m = before.get(key);
          if (m === undefined) return [];
          compared++;
          if ((dir ?? 0) > 0) {
            // One more round where the minutes allow; never fewer.
            if (n > m) longer++;
            return n >= m ? [] : [`week ${b} ${key}: ${n} vs ${m} work bouts`];
          }
          return n < m || m === 1 ? [] : [`week ${b} ${key}: ${n} vs ${m} (lighter)`];
        });
      }),
    );
    expect(compared).toBeGreaterThan(10);
    expect(longer).toBeGreaterThan(compared / 4);
  });
});
