import { useEffect, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useApi } from "../../api/use-api.js";
import { Field, Notice } from "../../ui/field.js";

interface TreatLimits {
  maxKcal: number;
  maxPerWeek: number;
  isDefault: boolean;
}

/** Treat limits: the largest treat and how many a week (the protocol's default: one planned treat). */
export function TreatSettings() {
  const current = useApi((signal) => api.get<TreatLimits>("/api/users/me/treat-settings", { signal }), []);
  const [maxKcal, setMaxKcal] = useState("");
  const [perWeek, setPerWeek] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);
  useEffect(() => {
    if (current.data) {
      setMaxKcal(String(current.data.maxKcal));
      setPerWeek(String(current.data.maxPerWeek));
    }
  }, [current.data]);

  const number = (s: string) => (s.trim() === "" || Number.isNaN(Number(s)) ? s : Math.round(Number(s)));
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api.put<TreatLimits>("/api/users/me/treat-settings", {
        maxKcal: number(maxKcal),
        maxPerWeek: number(perWeek),
      });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="card" aria-labelledby="treat-settings-title">
      <h2 id="treat-settings-title">Treats</h2>
      <p class="muted">
        Treats are occasional and planned: the rest of the week makes room for them. Treats already planned
        keep their plan when you change these.
      </p>
      {current.error !== undefined && <Notice kind="error">{errorMessage(current.error)}</Notice>}
      <form onSubmit={save} noValidate>
        <div class="row">
          <Field
            label="Largest treat"
            suffix="kcal"
            hint="Above the day's target, 100–1500."
            name="treatMaxKcal"
            type="text"
            inputMode="numeric"
            value={maxKcal}
            error={errors.maxKcal}
            onInput={(e) => setMaxKcal(e.currentTarget.value)}
          />
          <Field
            label="Treats a week"
            hint="1–3."
            name="treatMaxPerWeek"
            type="text"
            inputMode="numeric"
            value={perWeek}
            error={errors.maxPerWeek}
            onInput={(e) => setPerWeek(e.currentTarget.value)}
          />
        </div>
        <div class="actions">
          <button type="submit">Save treat limits</button>
        </div>
      </form>
      {saved && <Notice kind="ok">Saved.</Notice>}
      {error !== null && Object.keys(errors).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </section>
  );
}
