import { catalogue } from "./catalogue.js";
import { REGIONS, regionsOf, type Region } from "./exercise.js";
import { isExcluded } from "./program-pool.js";
import { CARDIO_MIN_MINUTES, MIN_COMBINED_STRENGTH_MINUTES } from "./program-schedule.js";
import { estimateSeconds } from "./program-time.js";
import type { Plan, Session } from "./program-types.js";

/**
 * Checks a plan against the protocol and the person's constraints; returns every violation as
 * a sentence (empty when the plan is sound). Used by property tests and usable by the server
 * before it saves a hand-edited plan.
 */

function exerciseIds(s: Session): string[] {
  return [...s.items.map((i) => i.exerciseId), ...(s.activeRest ? [s.activeRest.exerciseId] : [])];
}

/** Whether the days and minutes leave room for 3 cardio sessions (separate or after strength). */
export function daysAllowCardioMinimum(days: number, minutes: number): boolean {
  return days >= 5 || (days >= 3 && minutes - CARDIO_MIN_MINUTES >= MIN_COMBINED_STRENGTH_MINUTES);
}

/**
 * Protocol violations of a plan.
 *
 * @example
 * auditPlan(generateProgram(profile)); // → []
 */
export function auditPlan(plan: Plan): string[] {
  const { input } = plan;
  const cat = catalogue();
  const out: string[] = [];
  const days = input.days.length;
  for (const week of plan.weeks) {
    const w = `week ${week.week}`;
    const strength = week.sessions.filter((s) => s.kind === "strength");
    const cardio = week.sessions.filter((s) => s.countsAsCardio);
    if (days >= 2 && (strength.length < 2 || strength.length > 3))
      out.push(`${w}: ${strength.length} strength sessions (the protocol: 2–3)`);
    if (cardio.length > 5) out.push(`${w}: ${cardio.length} cardio sessions (the protocol: at most 5)`);
    if (daysAllowCardioMinimum(days, input.minutes) && cardio.length < 3)
      out.push(`${w}: ${cardio.length} cardio sessions although the days allow 3`);
    const trained = new Set<Region>();
    for (const s of week.sessions) {
      const at = `${w} ${s.day}`;
      if (!input.days.includes(s.day) && s.kind !== "rest") out.push(`${at}: training on a day not offered`);
      const seconds = estimateSeconds(s.format, s.items, s.activeRest);
      if (Math.ceil(seconds / 60) !== s.minutes)
        out.push(`${at}: stated ${s.minutes} min, estimate ${seconds} s`);
      if (s.minutes > input.minutes) out.push(`${at}: ${s.minutes} min exceeds ${input.minutes}`);
      if (s.why.length === 0 && s.kind !== "rest") out.push(`${at}: no why lines`);
      for (const id of exerciseIds(s)) {
        const e = cat.byId(id);
        if (e.equipment.some((q) => q !== "none" && !input.equipment.includes(q)))
          out.push(`${at}: ${id} needs equipment the person lacks`);
        if (isExcluded(e, input.exclude)) out.push(`${at}: ${id} is excluded`);
      }
      if (s.kind === "cardio" || s.kind === "intervals") {
        const m = s.items.reduce(
          (a, i) => a + (i.type === "cardio" || i.type === "intervals" ? i.minutes : 0),
          0,
        );
        if (m < CARDIO_MIN_MINUTES) out.push(`${at}: cardio session of ${m} min (the protocol: ≥ 30)`);
      }
      if (s.kind === "strength") {
        const regions = new Set(
          s.items.flatMap((i) => (i.type === "strength" ? regionsOf(cat.byId(i.exerciseId)) : [])),
        );
        if (!regions.has("upper-back")) out.push(`${at}: no upper-back work`);
        if (!regions.has("lower-back")) out.push(`${at}: no lower-back work`);
        for (const g of regions) trained.add(g);
      }
    }
    if (strength.length >= 2) {
      const missing = REGIONS.filter((g) => !trained.has(g));
      if (missing.length > 0) out.push(`${w}: whole body not trained, missing ${missing.join(", ")}`);
    }
  }
  return out;
}
