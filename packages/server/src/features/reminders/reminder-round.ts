import { dueReminders, localClock } from "@leanback/core/reminders/reminder-schedule";
import { getCheckIn } from "@leanback/db/repos/check-ins";
import { claimReminder, remindable } from "@leanback/db/repos/push";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { listWorkouts } from "@leanback/db/repos/workouts";
import { requireCurrentPlan, sessionsOn } from "../plan/plan.js";
import { findProfile } from "../profile/profile.js";
import { addDays } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { sendToUser, type PushTransport } from "./push-service.js";

const PAGE: Record<"weigh-in" | "session" | "check-in", string> = {
  "weigh-in": "/",
  session: "/player/today",
  "check-in": "/checkin",
};

async function plannedToday(deps: UseCaseDeps, userId: string, date: string): Promise<boolean> {
  try {
    return sessionsOn(await requireCurrentPlan(deps, userId), date).sessions.length > 0;
  } catch (e) {
    if (e instanceof NotFoundError) return false;
    throw e;
  }
}

/**
 * One round of the reminder scheduler at `deps.now()`: for everyone with a reminder on and a device
 * subscribed, the reminders due now in their own time zone are claimed (a row in reminder_sends,
 * so each goes out once whatever the number of instances) and sent to their devices.
 */
export async function runReminderRound(
  deps: UseCaseDeps,
  transport: PushTransport,
): Promise<{ claimed: number; sent: number; removed: number }> {
  const now = deps.now();
  const totals = { claimed: 0, sent: 0, removed: 0 };
  for (const { userId, settings } of await remindable(deps.db)) {
    const profile = await findProfile(deps, userId);
    const timeZone = profile?.timezone ?? "UTC";
    // Most rounds have nothing due: ask first as if nothing were done, and load the day only then.
    const candidates = dueReminders(now, timeZone, settings, {
      weighedToday: false,
      sessionPlannedToday: true,
      sessionLoggedToday: false,
      checkInDoneThisWeek: false,
    });
    if (candidates.length === 0) continue;
    const today = localClock(now, timeZone);
    const monday = addDays(today.date, 1 - today.weekday);
    const [weighIns, workouts, checkIn, planned] = await Promise.all([
      listWeighIns(deps.db, userId, { from: today.date, to: today.date }),
      listWorkouts(deps.db, userId, { from: today.date, to: today.date }),
      getCheckIn(deps.db, userId, monday),
      profile === undefined ? Promise.resolve(false) : plannedToday(deps, userId, today.date),
    ]);
    const due = dueReminders(now, timeZone, settings, {
      weighedToday: weighIns.length > 0,
      sessionPlannedToday: planned,
      sessionLoggedToday: workouts.length > 0,
      checkInDoneThisWeek: checkIn !== undefined,
    });
    for (const r of due) {
      if (!(await claimReminder(deps.db, { userId, kind: r.kind, localDate: r.localDate }, now))) continue;
      totals.claimed += 1;
      const res = await sendToUser(deps, transport, userId, {
        title: r.title,
        body: r.body,
        url: PAGE[r.kind],
        tag: `${r.kind}-${r.localDate}`,
      });
      totals.sent += res.sent;
      totals.removed += res.removed;
    }
  }
  return totals;
}

/**
 * Runs a round every `everyMs` (default a minute) until stopped. Rounds never overlap; a failing
 * round is logged and the next one runs. A restart loses nothing: what was sent is in the database.
 */
export function startReminderScheduler(
  deps: UseCaseDeps,
  transport: () => Promise<PushTransport>,
  log: (msg: string, err?: unknown) => void,
  everyMs = 60_000,
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running !== null) return;
    running = transport()
      .then((t) => runReminderRound(deps, t))
      .then(
        () => undefined,
        (e: unknown) => log("reminder round failed", e),
      )
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
