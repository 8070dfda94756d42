import { useState } from "preact/hooks";
import { addDays } from "@leanback/core/trend/iso-day";
import { applySwaps } from "@leanback/core/training/swaps";
import { api } from "../../api/client.js";
import { ApiError, errorMessage } from "../../api/errors.js";
import type { Profile, WeighIn } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { DayView } from "../../api/diary-api.js";
import type { PlanView } from "../../api/plan-api.js";
import { planWeek, sessionDate } from "../../api/plan-model.js";
import { DAY_NAMES } from "../../ui/day-names.js";
import type { PageProps } from "../registry.js";
import { AuditList } from "./audit-list.js";
import { coachingApi } from "./coaching-api.js";
import { adherenceText, FLAG_TEXT, rateText } from "./client-text.js";
import { CommentThread } from "./comment-thread.js";
import { TrainerSwap } from "./trainer-swap.js";
import "./coaching.css";

/** null for a 404 (no plan yet, no diary day): the page shows "none" instead of an error. */
async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/**
 * One client, read only, for their trainer: the numbers of the client list, this week of the
 * plan with comments on the week and each session, recent weigh-ins, today's diary, and what
 * trainers changed. Nothing here writes to the client's data; comments are the trainer's own.
 */
export function ClientPage({ params }: PageProps) {
  const clientId = params.clientId ?? "";
  const base = `/api/users/${encodeURIComponent(clientId)}`;
  const summary = useApi(
    async (signal) => (await coachingApi.clients(signal)).clients.find((c) => c.userId === clientId) ?? null,
    [clientId],
  );
  const today = summary.data?.today;
  const data = useApi(
    async (signal) => {
      if (!today) return null;
      const [plan, weighIns, diary, profile] = await Promise.all([
        orNull(api.get<PlanView>(`${base}/plan`, { signal })),
        api.get<{ weighIns: WeighIn[] }>(`${base}/weigh-ins`, {
          signal,
          query: { from: addDays(today, -27) },
        }),
        orNull(api.get<DayView>(`${base}/diary/${today}`, { signal })),
        orNull(api.get<Profile>(`${base}/profile`, { signal })),
      ]);
      return { plan, weighIns: weighIns.weighIns, diary, profile };
    },
    [clientId, today],
  );
  const comments = useApi((signal) => coachingApi.comments(clientId, signal), [clientId]);
  const [auditTick, setAuditTick] = useState(0);

  if (summary.error !== undefined) return <Notice kind="error">{errorMessage(summary.error)}</Notice>;
  if (summary.data === undefined) return <p class="loading">Loading…</p>;
  const c = summary.data;
  if (c === null)
    return (
      <section aria-labelledby="page-title">
        <PageHeading>Client not found</PageHeading>
        <p>This person is not your client, or the link has ended.</p>
        <p>
          <a href="/clients">Back to your clients</a>
        </p>
      </section>
    );

  const plan = data.data?.plan ?? null;
  const pw = plan && today ? planWeek(plan.startDate, today, plan.weeks) : null;
  const program = plan ? applySwaps(plan.program, plan.swaps) : null;
  const week = pw && program ? program.weeks.find((w) => w.week === pw.week) : undefined;
  const weekKey = plan && pw ? addDays(plan.startDate, 7 * (pw.week - 1)) : null;
  const list = comments.data?.comments ?? [];
  const posted = () => comments.reload();
  const profile = data.data?.profile ?? null;

  return (
    <section aria-labelledby="page-title">
      <PageHeading>{c.displayName ?? c.email}</PageHeading>
      <p>
        <a href="/clients">All clients</a> · Read only: what {c.email} sees, without the buttons that change
        it.
      </p>
      {c.flags.length > 0 && (
        <ul class="client-flags" aria-label="Flags">
          {c.flags.map((f) => (
            <li key={f} class="badge badge--warn">
              {FLAG_TEXT[f]}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/clients/${encodeURIComponent(clientId)}/progress`}>Progress, as the client sees it</a>
      </p>
      <div class="card">
        <h2>Adherence and trend</h2>
        <p>This week: {adherenceText(c.thisWeek)}</p>
        <p>Last 4 weeks: {adherenceText(c.fourWeeks)}</p>
        <p>
          Trend weight {c.trendKg === null ? "—" : `${c.trendKg.toFixed(1)} kg`}, {rateText(c.kgPerWeek)}{" "}
          (plan {rateText(c.plannedKgPerWeek)})
        </p>
      </div>
      {data.error !== undefined && <Notice kind="error">{errorMessage(data.error)}</Notice>}
      <div class="card">
        <h2>Plan: {pw ? `week ${pw.week}` : "no plan yet"}</h2>
        {plan && weekKey && (
          <CommentThread
            clientId={clientId}
            subject="week"
            subjectKey={weekKey}
            label={`Comment on week ${pw?.week ?? ""}`}
            comments={list}
            onPosted={posted}
          />
        )}
        {week && plan && pw && (
          <ol class="client-sessions">
            {week.sessions
              .filter((s) => s.kind !== "rest")
              .map((s) => {
                const date = sessionDate(plan.startDate, pw.week, s.day);
                const n = week.sessions.filter((x) => x.day === s.day).indexOf(s);
                return (
                  <li key={`${s.day}-${n}`}>
                    <h3>
                      {DAY_NAMES[s.day]} {date}: {s.title} ({s.minutes} min)
                    </h3>
                    <p class="muted">{s.items.map((i) => i.name).join(" · ")}</p>
                    {c.planConsent &&
                      profile &&
                      s.items.map((i) =>
                        i.type === "strength" ? (
                          <TrainerSwap
                            key={i.exerciseId}
                            clientId={clientId}
                            item={i}
                            equipment={profile.equipment}
                            exclusions={profile.exclusions}
                            onSwapped={() => {
                              data.reload();
                              setAuditTick((t) => t + 1);
                            }}
                          />
                        ) : null,
                      )}
                    <CommentThread
                      clientId={clientId}
                      subject="session"
                      subjectKey={`${date}/${n}`}
                      label={`Comment on ${DAY_NAMES[s.day]}'s session`}
                      comments={list}
                      onPosted={posted}
                    />
                  </li>
                );
              })}
          </ol>
        )}
      </div>
      <div class="card">
        <h2>Weigh-ins, last 4 weeks</h2>
        {data.data && data.data.weighIns.length === 0 && <p>None.</p>}
        <ul>
          {[...(data.data?.weighIns ?? [])].reverse().map((w) => (
            <li key={w.id}>
              {w.date}: {w.weightKg.toFixed(1)} kg
            </li>
          ))}
        </ul>
      </div>
      <div class="card">
        <h2>Diary today</h2>
        {data.data?.diary ? (
          <>
            <p>
              {Math.round(data.data.diary.totals.kcal)} kcal eaten
              {data.data.diary.complete ? ", day marked complete" : ""}
            </p>
            <ul>
              {data.data.diary.entries.map((e) => (
                <li key={e.id}>
                  {e.meal}: {e.foodName ?? "quick add"}, {Math.round(e.kcal)} kcal
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Nothing logged today.</p>
        )}
      </div>
      <AuditList key={auditTick} userId={clientId} />
    </section>
  );
}
