import type { ProteinPortions, Targets, UnitSystem } from "../api/types.js";
import { formatMass } from "./units.js";
import { proteinMealText } from "./protein-text.js";

const BASIS: Record<Targets["proteinBasis"], string> = {
  "fat-free-mass": "your fat-free mass",
  "goal-weight": "your goal weight",
  weight: "your weight",
  "bmi-25-weight": "the weight at BMI 25 for your height",
};

/**
 * "Protein: N g a day (G g per kg of …), about M g protein a meal — e.g. …": the accepted
 * protein, and a meal's share as portions of the foods the person logs most (common examples
 * until they log some; none while the portions are unavailable).
 */
export function ProteinTarget({
  targets: t,
  portions,
  units,
}: {
  readonly targets: Targets;
  readonly portions: ProteinPortions | null;
  readonly units: UnitSystem;
}) {
  const list = portions?.portions ?? [];
  const examples = list.some((p) => p.source === "example");
  return (
    <span data-testid="protein-target">
      Protein: {Math.round(t.proteinGPerDay)} g a day ({t.proteinGPerKg} g per kg of {BASIS[t.proteinBasis]},{" "}
      {formatMass(t.proteinBasisKg, units)}),{" "}
      <span data-testid="protein-per-meal">{proteinMealText(t.proteinGPerMeal, list, units)}</span>
      {examples ? " (common foods, until your diary shows what you eat)" : ""}
    </span>
  );
}
