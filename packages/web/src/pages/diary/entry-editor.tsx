import type { Meal } from "@leanback/core/nutrition/diary";
import { useState } from "preact/hooks";
import type { Entry, EntryEdit } from "./diary-api.js";
import { MealField } from "./meal-field.js";

export interface EntryEditorProps {
  readonly entry: Entry;
  readonly busy: boolean;
  readonly onSave: (edit: EntryEdit) => void;
  readonly onCancel: () => void;
}

/** What the amount field edits: a portion count, grams, or a quick add's calories. */
function amountField(e: Entry): { label: string; value: number; key: "count" | "grams" | "kcal" } {
  if (e.foodId === null) return { label: "Calories", value: Math.round(e.kcal), key: "kcal" };
  if (e.portionLabel !== null)
    return { label: `Number of ${e.portionLabel}`, value: e.portionCount ?? 1, key: "count" };
  return { label: "Grams", value: Math.round((e.grams ?? 0) * 10) / 10, key: "grams" };
}

/**
 * Changes a logged entry in place: its amount (grams, number of portions, or a quick add's
 * calories) and its meal. Sends only what changed; the server checks the rules and names the
 * field it refuses.
 */
export function EntryEditor({ entry, busy, onSave, onCancel }: EntryEditorProps) {
  const field = amountField(entry);
  const [amount, setAmount] = useState(String(field.value));
  const [meal, setMeal] = useState<Meal>(entry.meal);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `edit-${entry.id}`;
  return (
    <form
      class="entry-editor"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const value = Number(amount.trim().replace(",", "."));
        if (amount.trim() === "" || !Number.isFinite(value) || value <= 0) {
          setProblem(`${field.label} must be a number above 0.`);
          return;
        }
        setProblem(null);
        const edit: { -readonly [K in keyof EntryEdit]: EntryEdit[K] } = {};
        if (value !== field.value) edit[field.key] = value;
        if (meal !== entry.meal) edit.meal = meal;
        if (Object.keys(edit).length === 0) onCancel();
        else onSave(edit);
      }}
    >
      <div class="field">
        <label for={`${id}-amount`}>{field.label}</label>
        <input
          id={`${id}-amount`}
          type="text"
          inputMode="decimal"
          value={amount}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-err` : undefined}
          onInput={(ev) => setAmount(ev.currentTarget.value)}
        />
        {problem && (
          <p class="field__error" id={`${id}-err`} role="alert">
            {problem}
          </p>
        )}
      </div>
      <MealField id={`${id}-meal`} value={meal} onChange={setMeal} />
      <div class="actions">
        <button type="submit" class="button" disabled={busy}>
          Save
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
