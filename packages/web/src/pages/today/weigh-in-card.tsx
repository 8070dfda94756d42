import { useEffect, useState } from "preact/hooks";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import type { UnitSystem, WeighIn } from "../../api/types.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import { QueuedWeighIns } from "../../pwa/queued-weigh-ins.js";
import { Field, Notice } from "../../ui/field.js";
import { formatMass, massUnit, massValue } from "../../ui/units.js";
import { lbToKg } from "@leanback/core/units/convert";

export interface WeighInCardProps {
  readonly today: string;
  readonly units: UnitSystem;
  /** The newest weigh-in the server has (prefills the field). */
  readonly latest: WeighIn | null;
  /** Called after the server stored a weigh-in (not for queued ones). */
  readonly onSaved: () => void;
}

/** One-tap weigh-in: the field starts at the last weight; offline it is queued and synced later. */
export function WeighInCard({ today, units, latest, onSaved }: WeighInCardProps) {
  const [value, setValue] = useState(latest ? massValue(latest.weightKg, units).toFixed(1) : "");
  const [status, setStatus] = useState<{ kind: "ok" | "info" | "error"; text: string } | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (latest && value === "") setValue(massValue(latest.weightKg, units).toFixed(1));
  }, [latest]);

  const save = async (e: Event) => {
    e.preventDefault();
    setError(undefined);
    setStatus(null);
    const n = Number(value.replace(",", "."));
    if (value.trim() === "" || !Number.isFinite(n)) {
      setError(`enter your weight in ${massUnit(units)}`);
      return;
    }
    const weightKg = Math.round((units === "imperial" ? lbToKg(n) : n) * 100) / 100;
    setBusy(true);
    try {
      const r = await sendOrQueue<WeighIn>(
        "POST",
        "/api/users/me/weigh-ins",
        { date: today, weightKg },
        `Weigh-in ${formatMass(weightKg, units)} on ${today}`,
      );
      if (r.queued) {
        setStatus({ kind: "info", text: "Saved on this device; it will sync when you are back online." });
      } else {
        setStatus({ kind: "ok", text: `Saved: ${formatMass(r.value.weightKg, units)}.` });
        onSaved();
      }
    } catch (err) {
      setError(fieldErrors(err).weightKg);
      if (!fieldErrors(err).weightKg) setStatus({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const weighedToday = latest?.date === today;
  return (
    <section class="card" id="weigh-in" aria-labelledby="weigh-in-title">
      <h2 id="weigh-in-title">Weigh-in</h2>
      <p data-testid="todays-weight">
        {weighedToday && latest
          ? `Today: ${formatMass(latest.weightKg, units)}`
          : "Not weighed in today yet."}
      </p>
      <form class="row" onSubmit={save} noValidate>
        <Field
          label="Weight"
          suffix={massUnit(units)}
          name="weight"
          type="text"
          inputMode="decimal"
          value={value}
          error={error}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          Save weight
        </button>
      </form>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <QueuedWeighIns />
    </section>
  );
}
