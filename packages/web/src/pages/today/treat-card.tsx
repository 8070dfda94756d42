import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useApi } from "../../api/use-api.js";
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

interface PlannedTreat {
  id: string;
  date: string;
  kcal: number;
  planned: boolean;
  label: string | null;
  adjustments: readonly { date: string; changeKcal: number }[];
}

function signed(n: number): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : ""}${Math.abs(n)}`;
}

/**
 * Plan a treat inside the week's budget: the server lowers the week's other days (never below the
 * floor, never a past or completed day) from the accepted target, stores the plan, and lists it here
 * to delete. `onChanged` lets the page reload the day's targets, which the treat moves.
 */
export function TreatCard({ today, onChanged }: { today: string; onChanged: () => void }) {
  const [kcal, setKcal] = useState("");
  const [date, setDate] = useState(today);
  const [result, setResult] = useState<TreatPlanView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const list = useApi(
    (signal) => api.get<{ treats: PlannedTreat[] }>("/api/users/me/treats", { signal }),
    [],
  );

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      // The server takes the target, floor and deficit from the accepted plan (never a treat-moved day).
      const r = await api.post<TreatPlanView>("/api/users/me/treats", {
        date,
        kcal: kcal.trim() === "" ? kcal : Math.round(Number(kcal)),
        planned: date >= today,
        today,
        clientId: newClientId(),
      });
      setResult(r);
      setKcal("");
      list.reload();
      onChanged();
    } catch (err) {
      setError(err);
    }
  };

  const remove = async (t: PlannedTreat) => {
    setRemoveError(null);
    try {
      await api.del(`/api/users/me/treats/${encodeURIComponent(t.id)}`);
      setResult(null);
      list.reload();
      onChanged();
    } catch (err) {
      setRemoveError(err);
    }
  };

  const treats = list.data?.treats ?? [];
  return (
    <section class="card" aria-labelledby="treat-title">
      <h2 id="treat-title">Treat budget</h2>
      <p class="muted">Plan a treat and the rest of the week makes room for it.</p>
      {treats.length > 0 && (
        <ul class="treat-list" aria-label="Planned treats" data-testid="planned-treats">
          {treats.map((t) => (
            <li key={t.id}>
              <span>
                {t.label ?? "Treat"} {shortDate(t.date)}: +{t.kcal} kcal
                {t.adjustments.some((a) => a.date !== t.date) && (
                  <span class="muted">
                    {" "}
                    (
                    {t.adjustments
                      .filter((a) => a.date !== t.date)
                      .map((a) => `${shortDate(a.date)} ${signed(a.changeKcal)}`)
                      .join(", ")}
                    )
                  </span>
                )}
              </span>{" "}
              {t.date >= today && (
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Delete the treat on ${shortDate(t.date)}`}
                  onClick={() => void remove(t)}
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {removeError !== null && <Notice kind="error">{errorMessage(removeError)}</Notice>}
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
              ? `Planned: the week's budget of ${result.plan.weeklyBudgetKcal.toLocaleString()} kcal holds.`
              : `Over the week's budget by ${Math.round(result.plan.overBudgetKcal)} kcal${result.plan.forecastDelayDays !== null ? `, about ${Math.round(result.plan.forecastDelayDays)} days later to the goal` : ""}.`}
          </p>
          <ul>
            {result.plan.days
              .filter((d) => d.changeKcal !== 0)
              .map((d) => (
                <li key={d.date}>
                  {shortDate(d.date)}: {d.targetKcal} kcal ({signed(d.changeKcal)})
                </li>
              ))}
          </ul>
        </div>
      )}
    </section>
  );
}
