import type { Meal } from "@leanback/core/nutrition/diary";
import { OUNCES_UNIT } from "@leanback/core/nutrition/entry-amount";
import { useState } from "preact/hooks";
import type { Entry, EntryEdit } from "../../api/diary-api.js";
import type { EditProblem } from "./edit-problem.js";
import { MealField } from "./meal-field.js";

export type { EditProblem } from "./edit-problem.js";

export interface EntryEditorProps {
  readonly entry: Entry;
  readonly busy: boolean;
  /** Saves; resolves null when the server took it, else the problem to show. */
  readonly onSave: (edit: EntryEdit) => Promise<EditProblem | null>;
  readonly onCancel: () => void;
}

/** What the amount field edits: a portion count (ounces too), grams, or a quick add's calories. */
function amountField(e: Entry): { label: string; value: number; key: "count" | "grams" | "kcal" } {
  if (e.foodId === null) return { label: "Calories", value: Math.round(e.kcal), key: "kcal" };
  if (e.portionLabel === OUNCES_UNIT) return { label: "Ounces", value: e.portionCount ?? 1, key: "count" };
  if (e.portionLabel !== null)
    return { label: `Number of ${e.portionLabel}`, value: e.portionCount ?? 1, key: "count" };
  return { label: "Grams", value: Math.round((e.grams ?? 0) * 10) / 10, key: "grams" };
}

/**
 * Changes a logged entry in place: its amount (grams, number of portions or ounces, or a quick
 * add's calories) and its meal. Sends only what changed; what the server refuses is shown beside
 * the control it is about.
 */
export function EntryEditor({ entry, busy, onSave, onCancel }: EntryEditorProps) {
  const field = amountField(entry);
  const [amount, setAmount] = useState(String(field.value));
  const [meal, setMeal] = useState<Meal>(entry.meal);
  const [problem, setProblem] = useState<EditProblem | null>(null);
  const id = `edit-${entry.id}`;
  const amountProblem = problem?.field === "amount" ? problem.text : null;
  return (
    <form
      class="entry-editor"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const value = Number(amount.trim().replace(",", "."));
        if (amount.trim() === "" || !Number.isFinite(value) || value <= 0) {
          setProblem({
            field: "amount",
            text: `${field.label} must be a number above 0.`,
            needsConfirm: false,
          });
          return;
        }
        const edit: { -readonly [K in keyof EntryEdit]: EntryEdit[K] } = {};
        if (value !== field.value) edit[field.key] = value;
        if (meal !== entry.meal) edit.meal = meal;
        if (Object.keys(edit).length === 0) return onCancel();
        // Asked once already about this amount: Save again keeps it.
        if (problem?.needsConfirm) edit.confirm = true;
        setProblem(null);
        void onSave(edit).then(setProblem);
      }}
    >
      <div class="field">
        <label for={`${id}-amount`}>{field.label}</label>
        <input
          id={`${id}-amount`}
          type="text"
          inputMode="decimal"
          value={amount}
          aria-invalid={amountProblem ? true : undefined}
          aria-describedby={amountProblem ? `${id}-err` : undefined}
          onInput={(ev) => {
            setAmount(ev.currentTarget.value);
            if (problem?.needsConfirm) setProblem(null);
          }}
        />
        {amountProblem && (
          <p class="field__error" id={`${id}-err`} role="alert">
            {amountProblem}
          </p>
        )}
      </div>
      <div class="entry-editor__meal">
        <MealField id={`${id}-meal`} value={meal} onChange={setMeal} />
        {problem?.field === "meal" && (
          <p class="field__error" role="alert">
            {problem.text}
          </p>
        )}
      </div>
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          Save
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem?.field === "form" && (
        <p class="field__error" role="alert">
          {problem.text}
        </p>
      )}
    </form>
  );
}
