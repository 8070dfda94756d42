import type { Adherence, ClientFlag, Comment } from "./coaching-api.js";

/** What each flag says on the client list (the rules: core/coaching/client-flags.ts). */
export const FLAG_TEXT: Readonly<Record<ClientFlag, string>> = {
  stalled: "Stalled: under 0.2 kg lost in 3 weeks",
  "too-fast": "Losing faster than 1 % of body weight a week",
  "no-log": "Nothing logged for 7 days",
};

/**
 * One line of adherence counts.
 *
 * @example
 * adherenceText({ sessionsPlanned: 3, sessionsDone: 2, diaryDaysComplete: 5, weighInDays: 6, days: 7, … })
 * // → "2 of 3 sessions · 5 of 7 diary days complete · 6 weigh-ins"
 */
export function adherenceText(a: Adherence): string {
  const w = a.weighInDays === 1 ? "1 weigh-in" : `${a.weighInDays} weigh-ins`;
  return `${a.sessionsDone} of ${a.sessionsPlanned} sessions · ${a.diaryDaysComplete} of ${a.days} diary days complete · ${w}`;
}

/** "−0.40 kg/week" with a true minus sign; "—" when unknown. */
export function rateText(kgPerWeek: number | null): string {
  if (kgPerWeek === null) return "—";
  const v = Math.abs(kgPerWeek).toFixed(2);
  return `${kgPerWeek < 0 && v !== "0.00" ? "−" : kgPerWeek > 0 && v !== "0.00" ? "+" : ""}${v} kg/week`;
}

/** Where a comment belongs: "Week of 2026-11-30" or "2026-12-02, session 1". */
export function commentPlace(c: Pick<Comment, "subject" | "subjectKey">): string {
  if (c.subject === "week") return `Week of ${c.subjectKey}`;
  const [date, n] = c.subjectKey.split("/");
  return `${date ?? ""}, session ${Number(n ?? 0) + 1}`;
}
