import { workoutSessionKey } from "@leanback/core/training/workout-log";

/** The fields of a stored workout that say which planned session it carried out. */
export interface LoggedWorkoutRef {
  readonly id: string;
  readonly date: string;
  readonly plannedRef?: string | null;
}

/**
 * The workout that carried out planned session `w<week>-<day>` on `date`, if one is logged: the
 * server's own rule (core workoutSessionKey, unique per user), so what shows as done here is
 * exactly what the server refuses to log twice. The plan id in plannedRef is not compared.
 *
 * @example loggedSession([{ id: "a", date: "2026-11-20", plannedRef: "p1:w3-fri" }], "2026-11-20", "w3-fri")?.id // "a"
 */
export function loggedSession<W extends LoggedWorkoutRef>(
  workouts: readonly W[],
  date: string,
  session: string,
): W | undefined {
  const key = workoutSessionKey(date, session);
  return workouts.find((w) => workoutSessionKey(w.date, w.plannedRef) === key);
}

/**
 * The first workout that carried out planned session `w<week>-<day>` on any day (the Plan page
 * asks over the workouts since its plan started: a session made up a day late is still done).
 *
 * @example workoutForSession([{ id: "a", date: "2026-11-21", plannedRef: "p1:w3-fri" }], "w3-fri")?.id // "a"
 */
export function workoutForSession<W extends LoggedWorkoutRef>(
  workouts: readonly W[],
  session: string,
): W | undefined {
  return workouts.find((w) => {
    const key = workoutSessionKey(w.date, w.plannedRef);
    return key !== null && key.slice(key.indexOf("/") + 1) === session;
  });
}
