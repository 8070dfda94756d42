import { MEALS, type Meal } from "@leanback/core/nutrition/diary";

export const MEAL_NAMES: Readonly<Record<Meal, string>> = {
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snacks: "Snacks",
};

export interface MealFieldProps {
  /** The select's id (its label points at it). */
  readonly id: string;
  readonly value: Meal;
  readonly onChange: (meal: Meal) => void;
}

/** "Meal": a labelled select of the four meals, as every diary form asks it. */
export function MealField({ id, value, onChange }: MealFieldProps) {
  return (
    <div class="field">
      <label for={id}>Meal</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Meal)}>
        {MEALS.map((m) => (
          <option key={m} value={m}>
            {MEAL_NAMES[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
