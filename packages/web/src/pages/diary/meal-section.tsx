import type { Meal } from "@leanback/core/nutrition/diary";
import { useState } from "preact/hooks";
import type { Entry, EntryEdit, Totals } from "../../api/diary-api.js";
import type { EditProblem } from "./entry-editor.js";
import { entryAmountText } from "./entry-amount-text.js";
import { EntryEditor } from "./entry-editor.js";
import { MEAL_NAMES } from "./meal-field.js";
import type { PendingEntry } from "./pending-entries.js";

export interface MealSectionProps {
  readonly meal: Meal;
  readonly entries: readonly Entry[];
  /** Logged offline, waiting to sync: shown, not yet in the totals. */
  readonly pending?: readonly PendingEntry[];
  /** Entries with an edit or removal waiting to sync (by entry id). */
  readonly changing?: ReadonlyMap<string, "edit" | "remove">;
  readonly totals: Totals;
  readonly busy: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (e: Entry) => void;
  /** Saves an edit; resolves null when the server took it (the editor then closes), else the problem. */
  readonly onEdit: (e: Entry, edit: EntryEdit) => Promise<EditProblem | null>;
  readonly onCopyToTomorrow: () => void;
}

/** One meal: its entries with amounts and calories, its totals, add / edit / copy / delete. */
export function MealSection({
  meal,
  entries,
  pending = [],
  changing = new Map(),
  totals,
  busy,
  onAdd,
  onRemove,
  onEdit,
  onCopyToTomorrow,
}: MealSectionProps) {
  const title = MEAL_NAMES[meal];
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section class="card meal" aria-labelledby={`meal-${meal}`} data-testid={`meal-${meal}`}>
      <div class="meal__head">
        <h2 id={`meal-${meal}`}>{title}</h2>
        <span class="muted" data-testid={`meal-${meal}-kcal`}>
          {Math.round(totals.kcal)} kcal · {Math.round(totals.proteinG)} g protein
        </span>
      </div>
      {entries.length === 0 && pending.length === 0 ? (
        <p class="muted">Nothing logged.</p>
      ) : (
        <ul class="meal__entries">
          {entries.map((e) => {
            const name = e.foodName ?? "quick add";
            const amount = entryAmountText(e);
            const change = changing.get(e.id);
            return (
              <li key={e.id} class={change ? "meal__pending" : undefined}>
                <span class="meal__food">{e.foodName ?? "Quick add"}</span>
                <span class="muted" data-testid="entry-amount">
                  <span class="meal__amount">{amount.amount}</span>
                  {amount.grams !== null && ` (${amount.grams})`} · {Math.round(e.kcal)} kcal
                  {change && (
                    <span data-testid="pending-change">
                      {change === "edit" ? " · edit" : " · removal"} waiting to sync
                    </span>
                  )}
                </span>
                <span class="meal__buttons">
                  <button
                    type="button"
                    class="button secondary"
                    disabled={busy || change === "remove"}
                    aria-expanded={editing === e.id}
                    onClick={() => setEditing(editing === e.id ? null : e.id)}
                    aria-label={`Edit ${name} in ${title.toLowerCase()}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={busy || change === "remove"}
                    onClick={() => onRemove(e)}
                    aria-label={`Remove ${name} from ${title.toLowerCase()}`}
                  >
                    Remove
                  </button>
                </span>
                {editing === e.id && (
                  <EntryEditor
                    entry={e}
                    busy={busy}
                    onCancel={() => setEditing(null)}
                    onSave={async (edit) => {
                      const problem = await onEdit(e, edit);
                      if (problem === null) setEditing(null);
                      return problem;
                    }}
                  />
                )}
              </li>
            );
          })}
          {pending.map((p) => (
            <li key={p.clientId} class="meal__pending" data-testid="pending-entry">
              <span class="meal__food">{p.name ?? "Quick add"}</span>
              <span class="muted">
                {p.amount !== "" && `${p.amount} · `}
                {p.kcal === null ? "" : `${Math.round(p.kcal)} kcal · `}pending: sent when you are back online
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={onAdd}
          aria-label={`Add food to ${title.toLowerCase()}`}
        >
          Add food
        </button>
        {entries.length > 0 && (
          <button type="button" class="button secondary" disabled={busy} onClick={onCopyToTomorrow}>
            Copy to tomorrow
          </button>
        )}
      </div>
    </section>
  );
}
