import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import type { Targets } from "../../api/types.js";
import { newClientId } from "../../pwa/client-id.js";
import { Field, Notice } from "../../ui/field.js";
import { shortDate } from "../../ui/dates.js";

interface TreatPlanView {
  plan: {
    days: readonly { date: string; targetKcal: number; changeKcal: number }[];
    weeklyBudgetKcal: number;
    feasible: boolean;
    overBudgetKcal: number;
    forecastDelayDays: number | null;
  };
}

/**
 * Plan a treat inside the week's budget (docs/protocol.md §6): the server lowers the week's other days,
 * never below the floor, and says what it costs when the budget cannot hold.
 */
export function TreatCard({ today, targets }: { today: string; targets: Targets }) {
  const [kcal, setKcal] = useState("");
  const [date, setDate] = useState(today);
  const [result, setResult] = useState<TreatPlanView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const deficit = targets.rateKgPerWeek > 0 ? Math.round((targets.rateKgPerWeek * 7700) / 7) : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api.post<TreatPlanView>("/api/users/me/treats", {
        date,
        kcal: Math.round(Number(kcal)),
        planned: date >= today,
        targetKcal: targets.targetKcal,
        floorKcal: Math.round(targets.floorKcal),
        today,
        ...(deficit ? { dailyDeficitKcal: deficit } : {}),
        clientId: newClientId(),
      });
      setResult(r);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="card" aria-labelledby="treat-title">
      <h2 id="treat-title">Treat budget</h2>
      <p class="muted">Plan a treat and the rest of the week makes room for it.</p>
      <form onSubmit={submit} noValidate>
        <div class="row">
          <Field
            label="Treat calories"
            suffix="kcal"
            name="treatKcal"
            type="text"
            inputMode="numeric"
            value={kcal}
            error={errors.kcal}
            onInput={(e) => setKcal(e.currentTarget.value)}
          />
          <Field
            label="Day"
            type="date"
            name="treatDate"
            value={date}
            error={errors.date}
            onInput={(e) => setDate(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit" class="secondary">
            Plan treat
          </button>
        </div>
      </form>
      {error !== null && Object.keys(errors).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
      {result && (
        <div role="status">
          <p>
            {result.plan.feasible
              ? `Fits: the week's budget of ${result.plan.weeklyBudgetKcal.toLocaleString()} kcal holds.`
              : `Over the week's budget by ${Math.round(result.plan.overBudgetKcal)} kcal${result.plan.forecastDelayDays !== null ? `, about ${Math.round(result.plan.forecastDelayDays)} days later to the goal` : ""}.`}
          </p>
          <ul>
            {result.plan.days
              .filter((d) => d.changeKcal !== 0)
              .map((d) => (
                <li key={d.date}>
                  {shortDate(d.date)}: {d.targetKcal} kcal ({d.changeKcal > 0 ? "+" : ""}
                  {d.changeKcal})
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}
