import { catalogue } from "./catalogue.js";
import { BACK_FRIENDLY_MODALITIES, regionsOf, type Level, type Modality } from "./exercise.js";
import type { IntervalItem, PlanItem, Session, StrengthFormat } from "./program-types.js";

/** The "why" lines of sessions: each names the protocol rule (PRODUCT.md §) behind a choice. */

const namesFor = (items: readonly PlanItem[], region: string): string[] =>
  items
    .filter(
      (i) => i.type === "strength" && regionsOf(catalogue().byId(i.exerciseId)).some((g) => g === region),
    )
    .map((i) => (i.type === "strength" ? i.name : ""));

/**
 * Why lines of a strength session.
 *
 * @example
 * strengthWhy({ items: [], format: "circuit", combined: false, sets: 3, level: "advanced" })[0];
 * // → "§1 back every session: upper back (—), lower back (—)"
 */
export function strengthWhy(o: {
  items: readonly PlanItem[];
  format: StrengthFormat;
  combined: boolean;
  sets: number;
  level: Level;
  activeRest?: Session["activeRest"];
}): string[] {
  const upper = namesFor(o.items, "upper-back");
  const lower = namesFor(o.items, "lower-back");
  const rest = (["legs", "push", "core"] as const).filter((g) => namesFor(o.items, g).length > 0);
  const why = [
    `§1 back every session: upper back (${upper.join(", ") || "—"}), lower back (${lower.join(", ") || "—"})`,
    rest.length > 0
      ? `§0 no spot reduction: whole body — ${rest.join(", ")} here too`
      : "§0 no spot reduction: whole body — the week's other sessions train legs, push and core",
    o.level === "beginner" && o.sets < 3
      ? `§1 a beginner's first weeks: ${o.sets} sets (3 from week 3)`
      : "§1 3 sets of 10–15 reps is the default",
  ];
  const most = Math.max(0, ...o.items.map((i) => (i.type === "strength" ? i.dosage.sets : 0)));
  if (most < o.sets)
    why.push(`time budget: ${most} set${most === 1 ? "" : "s"} each here so the session fits your minutes`);
  if (o.format === "circuit")
    why.push("§1 circuit: one exercise straight after another raises the energy cost");
  if (o.format === "active-rest" && o.activeRest)
    why.push(
      `§1 active rest: ${o.activeRest.seconds} s of ${o.activeRest.name.toLowerCase()} in each rest between sets`,
    );
  if (o.format === "rowing")
    why.push("§2 rowing pattern: rowing warm-up, 3 min rowing between exercises, 10 min rowing to finish");
  if (o.combined && o.format !== "rowing")
    why.push("§2 ≥30 min cardio after strength: too few days for a separate cardio day");
  const finisher = o.items.find((i): i is IntervalItem => i.type === "intervals");
  if (finisher) why.push(`§3 intervals as a finisher: ${finisher.description}`);
  if (o.items.some((i) => i.type === "mobility")) why.push("§7 posture: a short posture drill to finish");
  return why;
}

/**
 * Why lines of a cardio or interval session.
 *
 * @example
 * cardioWhy("rowing", 4, false)[1]; // → "§2 back-friendly modality first: rowing"
 */
export function cardioWhy(m: Modality, weekly: number, chosen: boolean, intervals?: IntervalItem): string[] {
  const why = [`§2 ≥30 min cardio, ${weekly} sessions this week (3–5, default 4)`];
  why.push(
    chosen
      ? `§2 ${m}: your choice; adherence beats the "best" modality`
      : BACK_FRIENDLY_MODALITIES.includes(m)
        ? `§2 back-friendly modality first: ${m}`
        : `§2 ${m}: what your equipment allows, rotated for variety`,
  );
  if (intervals) why.push(`§3 intervals: ${intervals.description}`);
  return why;
}
