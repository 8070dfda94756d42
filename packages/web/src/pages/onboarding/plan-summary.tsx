import { useEffect } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import type { Forecast, Profile, ProteinPortions, Targets } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useWeekPlan } from "../../api/use-week-plan.js";
import { Notice } from "../../ui/field.js";
import { ForecastChart } from "../../ui/forecast-chart.js";
import { ProteinTarget } from "../../ui/protein-per-meal.js";
import { PageHeading } from "../../ui/page-heading.js";
import { formatMass } from "../../ui/units.js";
import { DAY_NAMES } from "../../ui/day-names.js";

/** The end of onboarding: targets, servings, the first week and the forecast to the goal. */
export function PlanSummary({ profile }: { profile: Profile }) {
  const units = profile.unitSystem;
  const data = useApi(
    async (signal) => {
      const [targets, forecast, portions] = await Promise.all([
        api.get<Targets>("/api/users/me/targets", { signal }),
        // A year: at a steady target the loss slows (Hall 2011), so goals are often 6–12 months out.
        api.get<Forecast>("/api/users/me/forecast", { signal, query: { days: 365 } }),
        // Examples only, without them the plan still shows the grams.
        api
          .get<ProteinPortions>("/api/users/me/targets/protein-portions", { signal })
          .catch((): ProteinPortions | null => null),
      ]);
      return { targets, forecast, portions };
    },
    [profile.updatedAt],
  );
  const plan = useWeekPlan(profile);
  // The wizard is gone: start screen readers and keyboards at the plan's title.
  useEffect(() => document.getElementById("page-title")?.focus(), []);
  const week = plan?.weeks[0]?.sessions.filter((s) => s.kind !== "rest") ?? [];
  const t = data.data?.targets;
  const f = data.data?.forecast;

  return (
    <section data-testid="plan-summary">
      <PageHeading>Your plan</PageHeading>
      {data.error !== undefined && <Notice kind="error">{errorMessage(data.error)}</Notice>}
      {data.loading && !t && <p class="loading">Working out your plan…</p>}
      {t && (
        <div class="card">
          <h2>Every day</h2>
          <p class="big" data-testid="daily-target">
            {t.targetKcal.toLocaleString()} kcal
          </p>
          <ul>
            <li>
              <ProteinTarget targets={t} portions={data.data?.portions ?? null} units={units} />
            </li>
            <li>Healthy fats: {t.fatServings} servings</li>
            <li>Vegetables: {t.vegetableServings} servings, at least one with every meal</li>
            <li>Exercise calories are not eaten back: the target already counts your activity.</li>
          </ul>
          {t.warnings.map((w) => (
            <p key={w} class="muted">
              {w}
            </p>
          ))}
        </div>
      )}
      <div class="card">
        <h2>This week</h2>
        {plan === undefined ? (
          <p class="loading">Planning your week…</p>
        ) : week.length === 0 ? (
          <p class="muted">No sessions planned yet.</p>
        ) : (
          <ul data-testid="week-sessions">
            {week.map((s) => (
              <li key={s.day}>
                <strong>{DAY_NAMES[s.day]}</strong>: {s.title}, {s.minutes} min
              </li>
            ))}
          </ul>
        )}
      </div>
      {f && (
        <div class="card">
          <h2>Forecast</h2>
          <ForecastChart forecast={f} units={units} />
          <p data-testid="goal-date">
            {f.goalWeightKg === null
              ? "Set a goal to see when you could reach it."
              : f.goalReachedOn
                ? `At this target you could reach ${formatMass(f.goalWeightKg, units)} around ${f.goalReachedOn}. The shaded band is the likely range: your true maintenance may be 10 % higher or lower than estimated.`
                : `${formatMass(f.goalWeightKg, units)} is beyond this forecast's horizon; the weekly check-in will adjust the plan as your data comes in.`}
          </p>
        </div>
      )}
      <div class="card">
        <h2>Why the whole body, not just the back</h2>
        <p>
          Fat on the back comes off as total body fat comes down: the body decides where it draws fat from,
          and exercising one area does not burn the fat on top of it. So the plan is a steady calorie deficit
          with enough protein, plus strength work that builds the back muscles — which is what shows as the
          fat above them goes.
        </p>
      </div>
      <div class="actions">
        <a class="button" href="/">
          Go to Today
        </a>
      </div>
    </section>
  );
}
