import type { Meal } from "@leanback/core/nutrition/diary";
import type { Entry, Totals } from "./diary-api.js";
import { MEAL_NAMES } from "./portion-picker.js";

function amountText(e: Entry): string {
  if (e.portionLabel !== null) return `${e.portionCount ?? 1} × ${e.portionLabel}`;
  if (e.grams !== null) return `${Math.round(e.grams)} g`;
  return "quick add";
}

export interface MealSectionProps {
  readonly meal: Meal;
  readonly entries: readonly Entry[];
  readonly totals: Totals;
  readonly busy: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (e: Entry) => void;
  readonly onCopyToTomorrow: () => void;
}

/** One meal: its entries with amounts and calories, its totals, add / copy / delete. */
export function MealSection({
  meal,
  entries,
  totals,
  busy,
  onAdd,
  onRemove,
  onCopyToTomorrow,
}: MealSectionProps) {
  const title = MEAL_NAMES[meal];
  return (
    <section class="card meal" aria-labelledby={`meal-${meal}`} data-testid={`meal-${meal}`}>
      <div class="meal__head">
        <h2 id={`meal-${meal}`}>{title}</h2>
        <span class="muted" data-testid={`meal-${meal}-kcal`}>
          {Math.round(totals.kcal)} kcal · {Math.round(totals.proteinG)} g protein
        </span>
      </div>
      {entries.length === 0 ? (
        <p class="muted">Nothing logged.</p>
      ) : (
        <ul class="meal__entries">
          {entries.map((e) => (
            <li key={e.id}>
              <span class="meal__food">{e.foodName ?? "Quick add"}</span>
              <span class="muted">
                {amountText(e)} · {Math.round(e.kcal)} kcal
              </span>
              <button
                type="button"
                class="button secondary meal__remove"
                disabled={busy}
                onClick={() => onRemove(e)}
                aria-label={`Remove ${e.foodName ?? "quick add"} from ${title.toLowerCase()}`}
              >
                Remove
              </button>
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
