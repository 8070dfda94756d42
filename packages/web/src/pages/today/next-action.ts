/** The one thing Today suggests doing next. */
export interface NextAction {
  readonly label: string;
  readonly href: string;
  readonly why: string;
}

export interface DayFacts {
  /** A weigh-in exists (or waits in the outbox) for today. */
  readonly weighedToday: boolean;
  /** Title of today's planned session(s), null on a rest day. */
  readonly sessionToday: string | null;
  /**
   * Today's planned session has been logged (a workout carrying its plannedRef, see
   * plannedSessionLogged). Other workouts (a timer, an extra row) do not count.
   */
  readonly trainedToday: boolean;
  /** Meals logged today (diary entries), or null when the diary could not be read. */
  readonly entriesToday: number | null;
}

/**
 * Whether a workout logged today plays today's planned session: the player logs it with
 * plannedRef `<planId>:w<week>-<day>` (player-page.tsx). The plan id is not compared, so a
 * session played from the device's fallback plan still counts once the server plan loads.
 *
 * @example plannedSessionLogged([{ plannedRef: "p1:w3-fri" }], 3, "fri") // true
 */
export function plannedSessionLogged(
  workouts: readonly { readonly plannedRef?: string | null }[],
  week: number,
  day: string,
): boolean {
  const suffix = `:w${week}-${day}`;
  return workouts.some((w) => typeof w.plannedRef === "string" && w.plannedRef.endsWith(suffix));
}

/**
 * Morning weigh-in first (the trend needs daily data; Hall 2011, adaptive expenditure), then the
 * planned session, then food logging, then a look at progress.
 *
 * @example nextAction({ weighedToday: false, sessionToday: null, trainedToday: false, entriesToday: 0 }).href // "#weigh-in"
 */
export function nextAction(f: DayFacts): NextAction {
  if (!f.weighedToday)
    return {
      label: "Weigh in",
      href: "#weigh-in",
      why: "A daily weight keeps your trend and your targets accurate.",
    };
  if (f.sessionToday !== null && !f.trainedToday)
    return {
      label: `Start: ${f.sessionToday}`,
      href: "/player/today",
      why: "Today's session is planned and waiting.",
    };
  if (f.entriesToday !== null && f.entriesToday === 0)
    return {
      label: "Log your first meal",
      href: "/diary",
      why: "Logging is how the plan learns what you really eat.",
    };
  return { label: "See your progress", href: "/progress", why: "Everything for today is done. Nice work." };
}
