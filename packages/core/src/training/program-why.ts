import { catalogue } from "./catalogue.js";
import { BACK_FRIENDLY_MODALITIES, regionsOf, type Level, type Modality } from "./exercise.js";
import type { IntervalItem, PlanItem, Session, StrengthFormat } from "./program-types.js";

/** The "why" lines of sessions: each says in plain words which rule of the protocol (docs/protocol.md) a choice follows. */

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
 * // → "Back every session: upper back (—), lower back (—)"
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
    `Back every session: upper back (${upper.join(", ") || "—"}), lower back (${lower.join(", ") || "—"})`,
    rest.length > 0
      ? `No spot reduction, so the whole body: ${rest.join(", ")} here too`
      : "No spot reduction, so the whole body: the week's other sessions train legs, push and core",
    o.level === "beginner" && o.sets < 3
      ? `A beginner's first weeks: ${o.sets} sets (3 from week 3)`
      : "3 sets of 10–15 reps is the default",
  ];
  const most = Math.max(0, ...o.items.map((i) => (i.type === "strength" ? i.dosage.sets : 0)));
  if (most < o.sets)
    why.push(`time budget: ${most} set${most === 1 ? "" : "s"} each here so the session fits your minutes`);
  if (o.format === "circuit") why.push("Circuit: one exercise straight after another raises the energy cost");
  if (o.format === "active-rest" && o.activeRest)
    why.push(
      `Active rest: ${o.activeRest.seconds} s of ${o.activeRest.name.toLowerCase()} in each rest between sets`,
    );
  if (o.format === "rowing")
    why.push("Rowing pattern: rowing warm-up, 3 min rowing between exercises, 10 min rowing to finish");
  if (o.combined && o.format !== "rowing")
    why.push("At least 30 min of cardio after strength: too few days for a separate cardio day");
  const finisher = o.items.find((i): i is IntervalItem => i.type === "intervals");
  if (finisher) why.push(`Intervals as a finisher: ${finisher.description}`);
  if (o.items.some((i) => i.type === "mobility")) why.push("Posture: a short posture drill to finish");
  return why;
}

/**
 * Why lines of a cardio or interval session.
 *
 * @example
 * cardioWhy("rowing", 4, false)[1]; // → "Back-friendly cardio first: rowing"
 */
export function cardioWhy(m: Modality, weekly: number, chosen: boolean, intervals?: IntervalItem): string[] {
  const why = [`At least 30 min of cardio, ${weekly} sessions this week (3–5, default 4)`];
  why.push(
    chosen
      ? `${cap(m)}: your choice; adherence beats the "best" modality`
      : BACK_FRIENDLY_MODALITIES.includes(m)
        ? `Back-friendly cardio first: ${m}`
        : `${cap(m)}: what your equipment allows, rotated for variety`,
  );
  if (intervals) why.push(`Intervals: ${intervals.description}`);
  return why;
}
