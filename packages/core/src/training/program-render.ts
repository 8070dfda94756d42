import type { Dosage } from "./prescription.js";
import { renderLoad, type WeightUnit } from "./progression-steps.js";
import { catalogue } from "./catalogue.js";
import { CIRCUIT_ROUND_REST_SECONDS } from "./interval-templates.js";
import type { Plan, PlanItem, PlanWeek, Session, StrengthItem } from "./program-types.js";

/** Plan → readable plain text. Units and equipment steps are applied here, not in the plan. */

const DAY_NAMES = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
} as const;

/**
 * A dose as people write it: "3 × 10–15", "2 × 10–12 each side", "3 × 30 s".
 *
 * @example
 * formatDosage({ kind: "reps", sets: 3, reps: { min: 10, max: 15 }, perSide: false }); // → "3 × 10–15"
 */
export function formatDosage(d: Dosage): string {
  const side = d.perSide ? " each side" : "";
  if (d.kind === "duration") return `${d.sets} × ${d.seconds} s${side}`;
  const reps = d.reps.min === d.reps.max ? `${d.reps.min}` : `${d.reps.min}–${d.reps.max}`;
  return `${d.sets} × ${reps}${side}`;
}

function loadText(item: StrengthItem, unit: WeightUnit): string {
  if (catalogue().byId(item.exerciseId).loadType === "band") return "a band that leaves 1–2 reps in reserve";
  return item.load ? renderLoad(item.load, unit) : "a load that leaves 1–2 reps in reserve";
}

function itemLines(item: PlanItem, unit: WeightUnit, n: number, circuit: boolean): string[] {
  switch (item.type) {
    case "strength": {
      const rest = circuit ? "" : `, rest ${item.restSeconds} s`;
      const lines = [`${n}. ${item.name} — ${formatDosage(item.dosage)}${rest}, ${loadText(item, unit)}`];
      if (item.note) lines.push(`   ${item.note}`);
      return lines;
    }
    case "cardio": {
      const label = {
        main: "",
        "warm-up": "Warm-up: ",
        between: "Then row: ",
        finish: "Finish: ",
        "after-strength": "Then cardio: ",
      }[item.role];
      return [`${label}${item.name}, ${item.minutes} min ${item.pace === "easy" ? "easy" : "steady"}`];
    }
    case "intervals":
      return [
        `${item.role === "finisher" ? "Finisher: " : ""}${item.name}: ${item.description} (timer: ${item.timerPattern})`,
      ];
    case "mobility":
      return [`Posture/stretch: ${item.name}, ${formatDosage(item.dosage)}`];
  }
}

function sessionLines(s: Session, unit: WeightUnit): string[] {
  const head = `${DAY_NAMES[s.day]}  ${s.title}`;
  const daily = s.daily ? ` + ${s.daily.name.toLowerCase()} (${s.daily.minutes} min)` : "";
  if (s.kind === "rest") return [`${head}${daily}`];
  const cardio = s.countsAsCardio && s.kind === "strength" ? `, ${s.cardioMinutes} min cardio` : "";
  const lines = [`${head} (about ${s.minutes} min${cardio})${daily}`];
  if (s.activeRest)
    lines.push(`     Each rest between sets: ${s.activeRest.seconds} s ${s.activeRest.name.toLowerCase()}`);
  if (s.format === "circuit")
    lines.push(
      `     Circuit: one set of each exercise straight after another, no rest between them; rest ${CIRCUIT_ROUND_REST_SECONDS} s after each round`,
    );
  let n = 0;
  for (const item of s.items) {
    if (item.type === "strength") n++;
    for (const l of itemLines(item, unit, n, s.format === "circuit")) lines.push(`     ${l}`);
  }
  for (const w of s.why) lines.push(`     why: ${w}`);
  return lines;
}

const sameContent = (a: PlanWeek, b: PlanWeek) =>
  JSON.stringify(a.sessions) === JSON.stringify(b.sessions) &&
  JSON.stringify(a.changes) === JSON.stringify(b.changes);

/**
 * Renders a plan as text. Consecutive identical weeks are printed once ("Weeks 1–2").
 *
 * @example
 * renderPlan(generateProgram(profile), { unit: "kg" }).startsWith("leanback plan"); // → true
 */
export function renderPlan(plan: Plan, o: { unit: WeightUnit }): string {
  const i = plan.input;
  const out = [
    `leanback plan ${plan.id} — ${i.weeks} week${i.weeks === 1 ? "" : "s"}, ${i.level}`,
    `Days: ${i.days.map((d) => DAY_NAMES[d]).join(", ")} · up to ${i.minutes} min a session`,
    `Equipment: ${i.equipment.length > 0 ? i.equipment.join(", ") : "none"} · cardio: ${i.cardio.length > 0 ? i.cardio.join(", ") : "any"} · excluded: ${i.exclude.length > 0 ? i.exclude.join(", ") : "nothing"}`,
    "",
    "How this plan works",
    ...plan.notes.map((n) => `  - ${n}`),
  ];
  const daily = plan.weeks[0]?.sessions.find((s) => s.daily)?.daily;
  if (daily) {
    const drills = daily.items.map((x) => `${x.name} ${formatDosage(x.dosage)}`);
    const timer = daily.timerPattern ? ` (timer: ${daily.timerPattern})` : "";
    out.push(
      `  - Every day, training or rest: ${daily.name.toLowerCase()}, ${daily.minutes} min${timer}: ${drills.join("; ")}.`,
    );
  }
  if (plan.tradeOffs.length > 0) out.push("", "Trade-offs", ...plan.tradeOffs.map((t) => `  - ${t}`));
  let w = 0;
  while (w < plan.weeks.length) {
    const first = plan.weeks[w];
    if (!first) break;
    let last = w;
    while (last + 1 < plan.weeks.length && sameContent(first, plan.weeks[last + 1] as PlanWeek)) last++;
    const head = last > w ? `Weeks ${first.week}–${first.week + last - w}` : `Week ${first.week}`;
    out.push("", `${head}${first.lighter ? " (lighter week)" : ""}`);
    for (const c of first.changes ?? []) out.push(`  change: ${c}`);
    for (const s of first.sessions) out.push(...sessionLines(s, o.unit).map((l) => `  ${l}`));
    w = last + 1;
  }
  return out.join("\n") + "\n";
}
