import { useEffect } from "preact/hooks";
import { api } from "../../api/client.js";
import { ApiError, errorMessage, NetworkError } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { ProteinPortions, Targets, WeighIn } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useCurrentPlan } from "../../api/use-week-plan.js";
import { onSynced } from "../../pwa/outbox-sync.js";
import { calorieStatus } from "../../ui/calorie-status.js";
import { localToday, shortDate, weekdayId } from "../../ui/dates.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { ProteinTarget } from "../../ui/protein-per-meal.js";
import { loggedSession } from "../../api/logged-session.js";
import { pickSessions } from "../../api/plan-source.js";
import type { PageProps } from "../registry.js";
import { nextAction, plannedSessionLogged } from "./next-action.js";
import { TreatCard } from "./treat-card.js";
import { WeighInCard } from "./weigh-in-card.js";

interface DiaryDay {
  entries: readonly unknown[];
  totals: { kcal: number; proteinG: number };
  servings: { fatServings: number; vegetableServings: number };
}

/**
 * null when the resource is missing (404, e.g. a server without the diary yet) or unreachable
 * (offline with no cached copy): Today still renders, and the weigh-in still works offline.
 */
async function optional<T>(p: Promise<T>, offline: { value: boolean }): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    if (e instanceof NetworkError) {
      offline.value = true;
      return null;
    }
    throw e;
  }
}

function Meter({
  label,
  eaten,
  target,
  unit,
}: {
  label: string;
  eaten: number;
  target: number;
  unit: string;
}) {
  // Calories over the target are said in words and marked (diary.css shares the look).
  const over = unit === "kcal" ? calorieStatus(eaten, target) : null;
  return (
    <div class={over?.kind === "over" ? "meter meter--over" : "meter"}>
      <span>{label}</span>
      <span>
        {Math.round(eaten).toLocaleString()} / {Math.round(target).toLocaleString()} {unit}
      </span>
      <progress
        max={target}
        value={Math.min(eaten, target)}
        aria-label={`${label}: ${Math.round(eaten)} of ${Math.round(target)} ${unit}`}
      />
      {over?.kind === "over" && (
        <span class="meter__status" data-testid="today-kcal-over">
          {over.text}
        </span>
      )}
    </div>
  );
}

/** Today: the next action, targets vs eaten, the day's sessions, weigh-in and treat budget. */
export function TodayPage(_props: PageProps) {
  const { profile } = useSession();
  const tz = profile?.timezone ?? "UTC";
  const today = localToday(tz);
  const data = useApi(
    async (signal) => {
      const offline = { value: false };
      const [targets, portions, weighIns, diary, workouts] = await Promise.all([
        optional(api.get<Targets>("/api/users/me/targets", { signal }), offline),
        optional(api.get<ProteinPortions>("/api/users/me/targets/protein-portions", { signal }), offline),
        optional(api.get<{ weighIns: WeighIn[] }>("/api/users/me/weigh-ins", { signal }), offline),
        optional(api.get<DiaryDay>(`/api/users/me/diary/${today}`, { signal }), offline),
        optional(
          api.get<{ workouts: { id: string; date: string; plannedRef?: string | null }[] }>(
            "/api/users/me/workouts",
            {
              signal,
              query: { from: today, to: today },
            },
          ),
          offline,
        ),
      ]);
      return {
        targets,
        portions,
        latest: weighIns?.weighIns.at(-1) ?? null,
        diary,
        workouts: workouts?.workouts ?? [],
        offline: offline.value,
      };
    },
    [today],
  );
  useEffect(() => onSynced(data.reload), [data.reload]);

  const plan = useCurrentPlan(profile);
  // The player's own pick for /player/today: week ⌊(today − start)/7⌋ + 1, today's weekday.
  const picked = plan ? pickSessions(plan.program, plan.startDate, today, "today") : null;
  const week = picked?.week ?? 0;
  const sessions = picked?.sessions ?? [];
  // The posture and low-back routine offered with every day of the plan, rest days too.
  const daily =
    picked && picked.outside === null
      ? plan?.program.weeks.find((w) => w.week === week)?.sessions.find((s) => s.day === picked.day)?.daily
      : undefined;
  const d = data.data;
  const t = d?.targets ?? null;
  // The workout that played today's sessions (the player logs them as one, ref w<week>-<day>).
  const done = picked ? loggedSession(d?.workouts ?? [], today, `w${week}-${picked.day}`) : undefined;
  // The sessions listed below (each with Start) are what the player plays as one workout.
  const action = nextAction({
    weighedToday: d?.latest?.date === today,
    sessionToday: sessions.length > 0 ? sessions.map((s) => s.title).join(" + ") : null,
    trainedToday: done !== undefined || plannedSessionLogged(d?.workouts ?? [], week, weekdayId(today)),
    entriesToday: d?.diary ? d.diary.entries.length : null,
  });

  if (!profile) return null;
  // One paint with every card: cards arriving one by one push the others down (layout shift).
  if (!data.error && (!d || plan === undefined))
    return (
      <section>
        <PageHeading>Today</PageHeading>
        <p class="loading">Loading today…</p>
      </section>
    );
  return (
    <section>
      <PageHeading>Today</PageHeading>
      <p class="muted">{shortDate(today)}</p>
      {data.error !== undefined && <Notice kind="error">{errorMessage(data.error)}</Notice>}
      {data.data?.offline && (
        <Notice kind="info">Offline: showing what this device has; changes sync later.</Notice>
      )}
      {d && plan !== undefined && (
        <section class="card" aria-labelledby="next-title" data-testid="next-action">
          <h2 id="next-title">Next</h2>
          <p>
            <a class="button" href={action.href}>
              {action.label}
            </a>
          </p>
          <p class="muted">{action.why}</p>
        </section>
      )}
      {t && (
        <section class="card" aria-labelledby="targets-title" data-testid="targets">
          <h2 id="targets-title">Eaten vs target</h2>
          <Meter label="Calories" eaten={d?.diary?.totals.kcal ?? 0} target={t.targetKcal} unit="kcal" />
          <Meter label="Protein" eaten={d?.diary?.totals.proteinG ?? 0} target={t.proteinGPerDay} unit="g" />
          <p class="muted">
            <ProteinTarget targets={t} portions={d?.portions ?? null} units={profile.unitSystem} />
          </p>
          <Meter
            label="Vegetable servings"
            eaten={d?.diary?.servings.vegetableServings ?? 0}
            target={t.vegetableServings}
            unit=""
          />
          <Meter
            label="Healthy-fat servings"
            eaten={d?.diary?.servings.fatServings ?? 0}
            target={t.fatServings}
            unit=""
          />
          {d && !d.diary && <p class="muted">The food diary is not available on this server yet.</p>}
        </section>
      )}
      <section class="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Training</h2>
        {plan === undefined ? (
          <p class="loading">Loading the plan…</p>
        ) : sessions.length === 0 ? (
          <p>Rest day. A walk still counts.</p>
        ) : (
          <ul data-testid="today-sessions">
            {sessions.map((s) => (
              <li key={s.title} data-done={done ? "true" : undefined}>
                {s.title}, {s.minutes} min{" "}
                {done ? (
                  <>
                    <span class="done-badge">Done ✓</span>{" "}
                    <a href={`/workouts/${done.id}`} aria-label={`View or edit ${s.title}`}>
                      View or edit
                    </a>
                  </>
                ) : (
                  <a href="/player/today" aria-label={`Start ${s.title}`}>
                    Start
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
        {daily && (
          <p data-testid="today-daily">
            {daily.name}, {daily.minutes} min{" "}
            {daily.timerPattern ? (
              <a href={`/timer/${daily.timerPattern}`} aria-label={`Start the ${daily.name.toLowerCase()}`}>
                Start
              </a>
            ) : (
              <span class="muted">({daily.items.map((i) => i.name).join(", ")})</span>
            )}
          </p>
        )}
      </section>
      {d && <WeighInCard today={today} units={profile.unitSystem} latest={d.latest} onSaved={data.reload} />}
      {t && <TreatCard today={today} onChanged={data.reload} />}
    </section>
  );
}
