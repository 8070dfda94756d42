import { useMemo, useState } from "preact/hooks";
import { InvalidInputError } from "@leanback/core/errors";
import { kgToLb } from "@leanback/core/units/convert";
import { parseBodyMassKg } from "@leanback/core/units/parse";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import type { Profile, WeighIn } from "../../api/types.js";
import { TimeChart } from "../../charts/time-chart.js";
import { QueuedWeighIns } from "../../pwa/queued-weigh-ins.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import { Field, Notice } from "../../ui/field.js";
import { formatMass } from "../../ui/units.js";
import type { Targets } from "../../api/progress-api.js";
import { WeighInHistory } from "./weigh-in-history.js";
import { weightChart, type MassUnit } from "./weight-chart.js";

export interface WeightSectionProps {
  readonly profile: Profile;
  readonly weighIns: readonly WeighIn[];
  readonly targets: Targets | undefined;
  readonly today: string;
  /** Called after a weigh-in is logged; without it the section is read only (no form). */
  readonly onLogged?: () => void;
}

/** How far past today the plan line runs. */
export const AHEAD_DAYS = 28;

export const massUnitOf = (p: Profile): MassUnit => (p.unitSystem === "imperial" ? "lb" : "kg");

/** The weigh-in form and the weight chart (weigh-ins, trend, plan band). */
export function WeightSection({ profile, weighIns, targets, today, onLogged }: WeightSectionProps) {
  const unit = massUnitOf(profile);
  const chart = useMemo(
    () =>
      weightChart({
        weighIns,
        person: {
          sex: profile.sex,
          ageYears: profile.ageYears,
          heightCm: profile.heightMm / 10,
          pal: targets?.pal ?? profile.pal ?? 1.6,
          ...(profile.bodyFatPct !== null ? { bodyFatPct: profile.bodyFatPct } : {}),
        },
        targetKcal: targets?.targetKcal ?? null,
        today,
        aheadDays: AHEAD_DAYS,
        unit,
      }),
    [weighIns, profile, targets, today, unit],
  );
  const fmt = (kg: number) => `${(unit === "lb" ? kgToLb(kg) : kg).toFixed(1)} ${unit}`;
  const summary =
    chart.latestTrendKg === null
      ? "No weigh-ins yet."
      : `${weighIns.length} weigh-ins; trend weight ${fmt(chart.latestTrendKg)}.${chart.planMissing ? "" : " The dashed line and shaded band show the plan."}`;
  return (
    <section aria-labelledby="weight-h" class="card card--wide">
      <h2 id="weight-h">Weight</h2>
      {onLogged && <WeighInForm unit={unit} units={profile.unitSystem} today={today} onLogged={onLogged} />}
      {chart.latestTrendKg !== null && (
        <p>
          Trend weight: <strong data-testid="trend-weight">{fmt(chart.latestTrendKg)}</strong>
        </p>
      )}
      <TimeChart model={chart.model} title="Weight: plan vs actual" summary={summary} testId="weight-chart" />
      {chart.planMissing && weighIns.length > 0 && (
        <p class="muted">The plan line is not shown: {chart.planMissing}.</p>
      )}
      {/* The history edits and deletes: the owner's only (a trainer's view has no onLogged). */}
      {onLogged && <WeighInHistory weighIns={weighIns} unit={unit} today={today} onChanged={onLogged} />}
    </section>
  );
}

/** The weigh-in form alone, when the weigh-ins cannot be read (offline before any online visit). */
export function WeighInOnly({
  profile,
  today,
  onLogged,
}: {
  readonly profile: Profile;
  readonly today: string;
  readonly onLogged: () => void;
}) {
  return (
    <section aria-labelledby="weight-h" class="card card--wide">
      <h2 id="weight-h">Weight</h2>
      <WeighInForm unit={massUnitOf(profile)} units={profile.unitSystem} today={today} onLogged={onLogged} />
    </section>
  );
}

/** Logs a weigh-in; offline it waits in the outbox like Today's (same path, same summary). */
function WeighInForm({
  unit,
  units,
  today,
  onLogged,
}: {
  unit: MassUnit;
  units: Profile["unitSystem"];
  today: string;
  onLogged: () => void;
}) {
  const [date, setDate] = useState(today);
  const [weight, setWeight] = useState("");
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [banner, setBanner] = useState<{ kind: "ok" | "info" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBanner(null);
    let weightKg: number;
    try {
      weightKg = parseBodyMassKg(weight, "weight", unit);
    } catch (err) {
      setErrors({ weightKg: err instanceof InvalidInputError ? err.rule : String(err) });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const kg = Math.round(weightKg * 100) / 100;
      const sent = await sendOrQueue<WeighIn>(
        "POST",
        "/api/users/me/weigh-ins",
        { date, weightKg: kg },
        `Weigh-in ${formatMass(kg, units)} on ${date}`,
      );
      setWeight("");
      if (sent.queued) {
        setBanner({ kind: "info", text: "Saved on this device; it will sync when you are back online." });
        return;
      }
      setBanner({
        kind: "ok",
        text: `Logged ${weight.trim()}${/[a-z]/i.test(weight) ? "" : ` ${unit}`} on ${date}.`,
      });
      onLogged();
    } catch (err) {
      setErrors(fieldErrors(err));
      setBanner({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} class="weigh-in-form" noValidate>
      <div class="inline-fields">
        <Field
          label="Date"
          type="date"
          value={date}
          max={today}
          required
          error={errors.date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <Field
          label="Weight"
          inputMode="decimal"
          autoComplete="off"
          value={weight}
          required
          suffix={unit}
          error={errors.weightKg}
          onInput={(e) => setWeight(e.currentTarget.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        Log weight
      </button>
      {banner && <Notice kind={banner.kind}>{banner.text}</Notice>}
      <QueuedWeighIns />
    </form>
  );
}
