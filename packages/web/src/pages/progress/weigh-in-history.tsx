import { InvalidInputError } from "@leanback/core/errors";
import { kgToLb } from "@leanback/core/units/convert";
import { parseBodyMassKg } from "@leanback/core/units/parse";
import { useState } from "preact/hooks";
import { ApiError, errorMessage, fieldErrors } from "../../api/errors.js";
import type { WeighIn } from "../../api/types.js";
import { Field, Notice } from "../../ui/field.js";
import { UndoToast } from "../../ui/undo-toast.js";
import { progressApi } from "../../api/progress-api.js";
import type { MassUnit } from "./weight-chart.js";

/** Weigh-ins shown before "Show all". */
export const HISTORY_ROWS = 10;

export interface WeighInHistoryProps {
  readonly weighIns: readonly WeighIn[];
  readonly unit: MassUnit;
  readonly today: string;
  /** Something changed on the server: reload the weigh-ins. */
  readonly onChanged: () => void;
}

/** Weigh-ins newest first, at most `limit` (all when null). */
export function newestFirst(list: readonly WeighIn[], limit: number | null): WeighIn[] {
  const sorted = [...list].sort((a, b) => b.date.localeCompare(a.date));
  return limit === null ? sorted : sorted.slice(0, limit);
}

/** The weigh-in history: each day's weight, with Edit (date, weight) and Delete (with Undo). */
export function WeighInHistory({ weighIns, unit, today, onChanged }: WeighInHistoryProps) {
  const [showAll, setShowAll] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ key: number; weighIn: WeighIn } | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const fmt = (kg: number) => `${(unit === "lb" ? kgToLb(kg) : kg).toFixed(1)} ${unit}`;
  if (weighIns.length === 0) return null;
  const rows = newestFirst(weighIns, showAll ? null : HISTORY_ROWS);

  async function remove(w: WeighIn) {
    try {
      await progressApi.deleteWeighIn(w.id);
      setNotice(null);
      setRemoved({ key: Date.now(), weighIn: w });
    } catch (err) {
      setNotice({ kind: "error", text: errorMessage(err) });
    } finally {
      onChanged();
    }
  }

  async function undo(w: WeighIn) {
    try {
      await progressApi.logWeighIn({ date: w.date, weightKg: w.weightKg, note: w.note });
      setNotice({ kind: "ok", text: `Put back ${fmt(w.weightKg)} on ${w.date}.` });
    } catch (err) {
      setNotice({ kind: "error", text: `Could not put it back: ${errorMessage(err)}` });
    } finally {
      onChanged();
    }
  }

  return (
    <section aria-labelledby="weigh-in-history-h" class="weigh-in-history">
      <h3 id="weigh-in-history-h">Weigh-ins</h3>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <ul class="weigh-in-list">
        {rows.map((w) => (
          <li key={w.id} data-testid="weigh-in-row">
            <span class="weigh-in-list__date">{w.date}</span>
            <strong>{fmt(w.weightKg)}</strong>
            <span class="weigh-in-list__buttons">
              <button
                type="button"
                class="button secondary"
                aria-expanded={editing === w.id}
                aria-label={`Edit the weigh-in of ${w.date}`}
                onClick={() => setEditing(editing === w.id ? null : w.id)}
              >
                Edit
              </button>
              <button
                type="button"
                class="button secondary"
                aria-label={`Delete the weigh-in of ${w.date}`}
                onClick={() => void remove(w)}
              >
                Delete
              </button>
            </span>
            {editing === w.id && (
              <WeighInEditor
                weighIn={w}
                unit={unit}
                today={today}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  setEditing(null);
                  setNotice({ kind: "ok", text: `Saved ${fmt(saved.weightKg)} on ${saved.date}.` });
                  onChanged();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {weighIns.length > HISTORY_ROWS && (
        <button type="button" class="button secondary" onClick={() => setShowAll(!showAll)}>
          {showAll ? "Show the latest only" : `Show all ${weighIns.length}`}
        </button>
      )}
      {removed && (
        <UndoToast
          key={removed.key}
          message={`Deleted the weigh-in of ${removed.weighIn.date}.`}
          onUndo={() => undo(removed.weighIn)}
          onClose={() => setRemoved((r) => (r?.key === removed.key ? null : r))}
        />
      )}
    </section>
  );
}

function WeighInEditor(p: {
  weighIn: WeighIn;
  unit: MassUnit;
  today: string;
  onCancel: () => void;
  onSaved: (w: WeighIn) => void;
}) {
  const { weighIn: w, unit } = p;
  const [date, setDate] = useState(w.date);
  const [weight, setWeight] = useState((unit === "lb" ? kgToLb(w.weightKg) : w.weightKg).toFixed(1));
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);

  async function save(e: Event) {
    e.preventDefault();
    let weightKg: number;
    try {
      weightKg = parseBodyMassKg(weight, "weight", unit);
    } catch (err) {
      setErrors({ weightKg: err instanceof InvalidInputError ? err.rule : String(err) });
      return;
    }
    const shown = (unit === "lb" ? kgToLb(w.weightKg) : w.weightKg).toFixed(1);
    const patch: { date?: string; weightKg?: number } = {};
    if (date !== w.date) patch.date = date;
    if (weight.trim() !== shown) patch.weightKg = Math.round(weightKg * 100) / 100;
    if (Object.keys(patch).length === 0) return p.onCancel();
    setErrors({});
    setBusy(true);
    try {
      p.onSaved(await progressApi.editWeighIn(w.id, patch));
    } catch (err) {
      const f = fieldErrors(err);
      // Another weigh-in already on that day: said beside the date.
      if (err instanceof ApiError && err.status === 409) setErrors({ date: errorMessage(err) });
      else setErrors(Object.keys(f).length > 0 ? f : { "": errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="weigh-in-editor" noValidate onSubmit={save}>
      <div class="inline-fields">
        <Field
          label="Date"
          type="date"
          value={date}
          max={p.today}
          error={errors.date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <Field
          label="Weight"
          inputMode="decimal"
          autoComplete="off"
          value={weight}
          suffix={unit}
          error={errors.weightKg}
          onInput={(e) => setWeight(e.currentTarget.value)}
        />
      </div>
      <div class="actions">
        <button type="submit" disabled={busy}>
          Save
        </button>
        <button type="button" class="button secondary" onClick={p.onCancel}>
          Cancel
        </button>
      </div>
      {errors[""] && (
        <p class="field__error" role="alert">
          {errors[""]}
        </p>
      )}
    </form>
  );
}
