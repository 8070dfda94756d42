import { useMemo, useState } from "preact/hooks";
import { waistToHeight, WHTR_LINE, type WaistToHeight } from "@leanback/core/body/waist-to-height";
import { InvalidInputError } from "@leanback/core/errors";
import { cmToIn } from "@leanback/core/units/convert";
import { parseLengthCm } from "@leanback/core/units/parse";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import type { Profile } from "../../api/types.js";
import { alignSeries } from "../../charts/chart-model.js";
import { TimeChart } from "../../charts/time-chart.js";
import { Field, Notice } from "../../ui/field.js";
import { shortDate } from "../../ui/format.js";
import { progressApi, type Measurement } from "../../api/progress-api.js";

type LengthUnit = "cm" | "in";
const TAPE = [
  { key: "waistMm", label: "Waist", hint: "At the navel, relaxed" },
  { key: "neckMm", label: "Neck", hint: "Just below the larynx" },
  { key: "hipMm", label: "Hip", hint: "Widest point (needed for women)" },
  { key: "chestMm", label: "Chest", hint: "Optional; at the nipples" },
  { key: "armMm", label: "Upper arm", hint: "Optional; relaxed, mid-way" },
  { key: "thighMm", label: "Thigh", hint: "Optional; below the glutes" },
] as const;
const EMPTY: Record<TapeKey, string> = {
  waistMm: "",
  neckMm: "",
  hipMm: "",
  chestMm: "",
  armMm: "",
  thighMm: "",
};
type TapeKey = (typeof TAPE)[number]["key"];

export interface MeasurementsSectionProps {
  readonly profile: Profile;
  readonly measurements: readonly Measurement[];
  readonly today: string;
  /** Called after measurements are added; without it the section is read only (no form). */
  readonly onAdded?: () => void;
}

/** Tape measurements with the US Navy body-fat estimate (Hodgdon & Beckett 1984, computed by the server). */
export function MeasurementsSection({ profile, measurements, today, onAdded }: MeasurementsSectionProps) {
  const unit: LengthUnit = profile.unitSystem === "imperial" ? "in" : "cm";
  const len = (mm: number | null) =>
    mm === null ? "–" : `${(unit === "in" ? cmToIn(mm / 10) : mm / 10).toFixed(1)} ${unit}`;
  const toUnit = (mm: number) => (unit === "in" ? cmToIn(mm / 10) : mm / 10);
  const waists = measurements.filter((m) => m.waistMm !== null);
  const lineWaist = toUnit(profile.heightMm * WHTR_LINE);
  const model = useMemo(
    () =>
      alignSeries(
        [
          {
            key: "whtr-line",
            label: "Half your height",
            style: "dashed",
            color: "plan",
            points: waists.map((m) => ({ date: m.date, value: lineWaist })),
          },
          {
            key: "waist",
            label: "Waist",
            style: "line",
            color: "accent",
            points: measurements
              .filter((m) => m.waistMm !== null)
              .map((m) => ({
                date: m.date,
                value: unit === "in" ? cmToIn((m.waistMm as number) / 10) : (m.waistMm as number) / 10,
              })),
          },
        ],
        [],
        unit,
      ),
    [measurements, unit, lineWaist],
  );
  const latest = waists[waists.length - 1];
  const whtr = latest ? waistToHeight(latest.waistMm as number, profile.heightMm) : null;
  const recent = [...measurements].reverse().slice(0, 6);
  // Open for a first measurement; after that the person opens and closes it (saving keeps it open).
  const [startOpen] = useState(measurements.length === 0);
  return (
    <section aria-labelledby="measure-h" class="card">
      <h2 id="measure-h">Waist and body fat</h2>
      {onAdded && (
        <details class="add-measurements" open={startOpen}>
          <summary>Add measurements</summary>
          <MeasurementForm unit={unit} today={today} onAdded={onAdded} />
        </details>
      )}
      {measurements.length > 0 && (
        <>
          <TimeChart
            model={model}
            title={`Waist (${unit})`}
            summary={`${measurements.length} measurements.`}
            testId="waist-chart"
            height={160}
          />
          {whtr && <WhtrSummary whtr={whtr} len={len} />}
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Recent measurements">
            <table data-testid="measurements-table">
              <caption class="visually-hidden">Recent measurements</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Waist</th>
                  <th scope="col">Waist ÷ height</th>
                  <th scope="col">Neck</th>
                  <th scope="col">Hip</th>
                  <th scope="col">Body fat</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((m) => (
                  <tr key={m.id}>
                    <td>{shortDate(m.date, today.slice(0, 4))}</td>
                    <td>{len(m.waistMm)}</td>
                    <td>
                      {m.waistMm === null ? "–" : waistToHeight(m.waistMm, profile.heightMm).ratio.toFixed(2)}
                    </td>
                    <td>{len(m.neckMm)}</td>
                    <td>{len(m.hipMm)}</td>
                    <td>
                      {m.navy ? (
                        <span title={`${m.navy.lowPct.toFixed(1)}–${m.navy.highPct.toFixed(1)} %`}>
                          {m.navy.bodyFatPct.toFixed(1)} %
                        </span>
                      ) : (
                        <span class="muted">{m.navyMissing ?? "–"}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <OtherGirths measurements={measurements} len={len} />
          <p class="muted">
            Body fat is the US Navy tape estimate (Hodgdon &amp; Beckett 1984); its standard error is about
            ±3.5 % body fat, so watch the trend rather than one reading.
          </p>
        </>
      )}
    </section>
  );
}

const BAND_WORDS = {
  healthy: "under the 0.5 line",
  increased: "above the 0.5 line",
  high: "at 0.6 or more, well above the 0.5 line",
} as const;

/** The latest waist-to-height ratio and how far the waist is from half the height. */
function WhtrSummary({ whtr, len }: { whtr: WaistToHeight; len: (mm: number | null) => string }) {
  return (
    <p data-testid="whtr">
      Waist-to-height {whtr.ratio.toFixed(2)}: {BAND_WORDS[whtr.band]}.{" "}
      {whtr.aboveLineMm > 0
        ? `Half your height is a waist of ${len(whtr.lineWaistMm)}; ${len(whtr.aboveLineMm)} to go.`
        : `Half your height is a waist of ${len(whtr.lineWaistMm)}; keep it there.`}{" "}
      <span class="muted">
        A waist under half your height goes with less central (and back) fat (Ashwell 2012).
      </span>
    </p>
  );
}

/** Chest, arm and thigh: first and latest value, when any were measured. */
function OtherGirths({
  measurements,
  len,
}: {
  measurements: readonly Measurement[];
  len: (mm: number | null) => string;
}) {
  const rows = (["chestMm", "armMm", "thighMm"] as const)
    .map((k) => {
      const with_ = measurements.filter((m) => m[k] !== null);
      const first = with_[0];
      const last = with_.at(-1);
      return first && last ? { k, first: first[k], last: last[k] } : null;
    })
    .filter((r) => r !== null);
  if (rows.length === 0) return null;
  const label = { chestMm: "Chest", armMm: "Upper arm", thighMm: "Thigh" } as const;
  return (
    <dl class="stats" data-testid="other-girths">
      {rows.map((r) => (
        <div key={r.k}>
          <dt>{label[r.k]}</dt>
          <dd>
            {len(r.last)} <small class="muted">from {len(r.first)}</small>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function MeasurementForm({ unit, today, onAdded }: { unit: LengthUnit; today: string; onAdded: () => void }) {
  const [date, setDate] = useState(today);
  const [values, setValues] = useState<Record<TapeKey, string>>(EMPTY);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [banner, setBanner] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBanner(null);
    const body: Record<string, number | string> = { date };
    const errs: Record<string, string> = {};
    for (const t of TAPE) {
      const raw = values[t.key].trim();
      if (raw === "") continue;
      try {
        body[t.key] = Math.round(parseLengthCm(raw, t.label.toLowerCase(), unit) * 10);
      } catch (err) {
        errs[t.key] = err instanceof InvalidInputError ? err.rule : String(err);
      }
    }
    if (Object.keys(body).length === 1 && Object.keys(errs).length === 0)
      errs.waistMm = "give at least one measurement";
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      const m = await progressApi.addMeasurement(body);
      setValues(EMPTY);
      setBanner({
        kind: "ok",
        text: m.navy
          ? `Saved. Navy body fat ${m.navy.bodyFatPct.toFixed(1)} %.`
          : `Saved (no body-fat estimate: ${m.navyMissing ?? "missing values"}).`,
      });
      onAdded();
    } catch (err) {
      setErrors(fieldErrors(err));
      setBanner({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class="inline-fields">
        <Field
          label="Measured on"
          type="date"
          value={date}
          max={today}
          error={errors.date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        {TAPE.map((t) => (
          <Field
            key={t.key}
            label={t.label}
            hint={t.hint}
            inputMode="decimal"
            autoComplete="off"
            suffix={unit}
            value={values[t.key]}
            error={errors[t.key]}
            onInput={(e) => {
              const v = e.currentTarget.value;
              setValues((old) => ({ ...old, [t.key]: v }));
            }}
          />
        ))}
      </div>
      <button type="submit" disabled={busy}>
        Save measurements
      </button>
      {banner && <Notice kind={banner.kind}>{banner.text}</Notice>}
    </form>
  );
}
