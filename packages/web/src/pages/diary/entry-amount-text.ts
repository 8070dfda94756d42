import { amountLabel } from "@leanback/core/nutrition/entry-amount";

/** What the diary line says about an amount: the unit as logged, grams beside it. */
export interface AmountText {
  /** "5 oz", "2 large eggs", "150 g", "quick add". */
  readonly amount: string;
  /** The stored grams when the line was logged in another unit ("142 g"), else null. */
  readonly grams: string | null;
}

/**
 * An entry's amount as the person logged it ("5 oz", "2 large") with the grams secondary; a line
 * logged in grams says only its grams.
 *
 * @example
 * entryAmountText({ grams: 141.748, portionLabel: "oz", portionCount: 5 }); // → { amount: "5 oz", grams: "142 g" }
 */
export function entryAmountText(e: {
  readonly grams: number | null;
  readonly portionLabel: string | null;
  readonly portionCount: number | null;
}): AmountText {
  const g = e.grams === null ? null : `${Math.round(e.grams)} g`;
  if (e.portionLabel !== null) return { amount: amountLabel(e.portionCount ?? 1, e.portionLabel), grams: g };
  return { amount: g ?? "quick add", grams: null };
}
