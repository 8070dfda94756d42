import { MEALS } from "@leanback/core/nutrition/diary";
import type { DayView, DiaryTargets } from "../../api/diary-api.js";
import { calorieStatus, type CalorieStatus } from "../../ui/calorie-status.js";
import { MEAL_NAMES } from "./meal-field.js";
import { incompleteNote } from "./nutrient-names.js";

function Meter(p: {
  label: string;
  value: number;
  target: number | null;
  unit: string;
  testId: string;
  /** Said under the bar (calories: "Over by 150 kcal", "320 kcal left"). */
  status?: CalorieStatus | undefined;
}) {
  const v = Math.round(p.value * 10) / 10;
  const over = p.status?.kind === "over";
  return (
    <div class={over ? "meter meter--over" : "meter"} data-testid={p.testId}>
      <span>{p.label}</span>
      <span>
        {v}
        {p.target !== null ? ` / ${Math.round(p.target)}` : ""} {p.unit}
      </span>
      {p.target !== null && p.target > 0 && (
        <progress
          max={p.target}
          value={Math.min(p.value, p.target)}
          aria-label={`${p.label}: ${v} of ${Math.round(p.target)} ${p.unit}${p.status ? `, ${p.status.text.toLowerCase()}` : ""}`}
        />
      )}
      {p.status && (
        <span class="meter__status" data-testid={`${p.testId}-status`} data-state={p.status.kind}>
          {p.status.text}
        </span>
      )}
    </div>
  );
}

/**
 * The day against its targets: calories, protein, protein food at each meal (docs/protocol.md §5:
 * 55–115 g a meal), healthy-fat and vegetable servings.
 */
export function DayTotals({ day, targets }: { day: DayView; targets: DiaryTargets | null }) {
  const s = day.servings;
  const kcalTarget = targets?.targetKcal ?? null;
  const note = incompleteNote(day.incomplete);
  return (
    <section class="card" aria-labelledby="totals-title">
      <h2 id="totals-title">Day totals</h2>
      <Meter
        label="Calories"
        value={day.totals.kcal}
        target={kcalTarget}
        unit="kcal"
        testId="total-kcal"
        status={kcalTarget === null ? undefined : calorieStatus(day.totals.kcal, kcalTarget)}
      />
      <Meter
        label="Protein"
        value={day.totals.proteinG}
        target={targets?.proteinGPerDay ?? null}
        unit="g"
        testId="total-protein"
      />
      <Meter
        label="Healthy-fat servings"
        value={s.fatServings}
        target={targets?.fatServings ?? null}
        unit=""
        testId="total-fat-servings"
      />
      <Meter
        label="Vegetable servings"
        value={s.vegetableServings}
        target={targets?.vegetableServings ?? null}
        unit=""
        testId="total-veg-servings"
      />
      {note !== null && (
        <p class="muted" data-testid="incomplete-note">
          {note}
        </p>
      )}
      <h3>Protein food per meal</h3>
      <ul class="protein-meals">
        {MEALS.map((m) => (
          <li key={m}>
            {MEAL_NAMES[m]}: {Math.round(s.proteinFoodGramsByMeal[m])} g
            {targets ? ` of ${Math.round(targets.proteinFoodGPerMeal)} g` : ""}
            {s.mealsShortOfProtein.includes(m) ? " — short of protein" : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}
