import type { Meal } from "@leanback/core/nutrition/diary";
import { chooseUnit, needsConfirmation } from "@leanback/core/nutrition/entry-amount";
import { MAX_ENTRY_GRAMS } from "@leanback/core/nutrition/nutrients";
import { ozToG } from "@leanback/core/units/convert";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import { diaryApi, type Food, type Portion } from "../../api/diary-api.js";
import { sentence } from "./edit-problem.js";
import { entryAmountText } from "./entry-amount-text.js";
import { MEAL_NAMES, MealField } from "./meal-field.js";
import type { RecentFood } from "./recent-foods.js";

/** Grams of an amount: a count of a household portion, or grams directly. */
export function amountGrams(unit: string, amount: number, portions: readonly Portion[]): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  if (unit === "g") return amount;
  if (unit === "oz") return ozToG(amount);
  const p = portions.find((x) => x.label === unit);
  return p ? p.grams * amount : null;
}

export interface PortionPickerProps {
  readonly foodId: string;
  readonly date: string;
  readonly meal: Meal;
  /** The amount last logged of this food, offered first. */
  readonly last?: RecentFood["last"] | undefined;
  /** `queued`: offline, kept in the outbox until the server is reachable. */
  readonly onAdded: (food: { id: string; name: string }, last: RecentFood["last"], queued: boolean) => void;
  readonly onCancel: () => void;
  /** Loads the food and its portions; the API by default (the diary passes one that works offline). */
  readonly load?: (id: string, signal: AbortSignal) => Promise<{ food: Food; portions: Portion[] }>;
}

/** Pick the amount of a chosen food (household portions from the API, or grams) and log it. */
export function PortionPicker({
  foodId,
  date,
  meal: initialMeal,
  last,
  onAdded,
  onCancel,
  load = diaryApi.food,
}: PortionPickerProps) {
  const id = useId();
  const [detail, setDetail] = useState<{ food: Food; portions: Portion[] } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [unit, setUnit] = useState<string>(last?.portion ?? "g");
  const [amount, setAmount] = useState<string>(
    String(last?.portion ? (last.count ?? 1) : (last?.grams ?? 100)),
  );
  const [meal, setMeal] = useState<Meal>(initialMeal);
  const [saving, setSaving] = useState(false);
  // Each problem beside the control it is about: the amount, the unit, or the whole form.
  const [errors, setErrors] = useState<{ amount?: string; unit?: string; form?: string }>({});
  // Set when the amount is far above what people eat of this food: Add then asks once more.
  const [confirming, setConfirming] = useState(false);
  const amountInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const c = new AbortController();
    setDetail(null);
    load(foodId, c.signal).then(
      (d) => {
        setDetail(d);
        // A remembered portion the food no longer has falls back to grams.
        setUnit((u) => (u === "g" || u === "oz" || d.portions.some((p) => p.label === u) ? u : "g"));
      },
      (e: unknown) => !c.signal.aborted && setLoadError(errorMessage(e)),
    );
    return () => c.abort();
  }, [foodId, load]);

  // Focus the amount once the food is shown: the next thing to do is say how much.
  useEffect(() => {
    if (detail) amountInput.current?.focus();
  }, [detail]);

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!detail) return <p class="loading">Loading food…</p>;
  const { food, portions } = detail;
  const n = Number(amount.trim().replace(",", "."));
  const grams = amountGrams(unit, n, portions);
  const per = (k: "kcal" | "proteinG") => food.per100g[k];
  const kcal = grams === null || per("kcal") === null ? null : Math.round(((per("kcal") ?? 0) * grams) / 100);
  const protein =
    grams === null || per("proteinG") === null
      ? null
      : Math.round(((per("proteinG") ?? 0) * grams) / 10) / 10;

  async function add(e: Event) {
    e.preventDefault();
    if (grams === null) return setErrors({ amount: "Enter an amount more than 0." });
    if (grams > MAX_ENTRY_GRAMS)
      return setErrors({ amount: `One entry can be at most ${MAX_ENTRY_GRAMS.toLocaleString("en")} g.` });
    const implausible = needsConfirmation({ kcalPer100g: food.per100g.kcal, portions }, grams);
    if (implausible && !confirming) {
      setConfirming(true);
      return;
    }
    setSaving(true);
    setErrors({});
    // Grams as grams; ounces and portions as the unit and its count, so the entry reads back as
    // logged ("5 oz") while the server stores the grams.
    const lastAmount: RecentFood["last"] =
      unit === "g" ? { grams: Math.round(grams * 10) / 10 } : { portion: unit, count: n };
    try {
      // Offline (a shop, a basement canteen) the entry waits in the outbox with its clientId.
      const shown = entryAmountText({
        grams,
        portionLabel: unit === "g" ? null : unit,
        portionCount: unit === "g" ? null : n,
      });
      const sent = await sendOrQueue(
        "POST",
        `/api/users/me/diary/${date}/entries`,
        { meal, foodId, ...lastAmount, ...(implausible ? { confirm: true } : {}) },
        `${food.displayName} in ${MEAL_NAMES[meal].toLowerCase()} on ${date}`,
        undefined,
        {
          date,
          meal,
          name: food.displayName,
          amount: shown.grams === null ? shown.amount : `${shown.amount} (${shown.grams})`,
          kcal,
        },
      );
      setConfirming(false);
      onAdded({ id: food.id, name: food.displayName }, lastAmount, sent.queued);
    } catch (err) {
      const f = fieldErrors(err);
      const amountProblem = f.grams ?? f.count;
      setErrors(
        amountProblem !== undefined || f.portion !== undefined
          ? {
              ...(amountProblem !== undefined ? { amount: sentence(amountProblem) } : {}),
              ...(f.portion !== undefined ? { unit: sentence(f.portion) } : {}),
            }
          : { form: errorMessage(err) },
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card portion-picker" onSubmit={add} aria-labelledby={`${id}-name`} noValidate>
      <h3 id={`${id}-name`}>{food.displayName}</h3>
      <p class="muted">
        {food.per100g.kcal === null ? "Energy unknown" : `${Math.round(food.per100g.kcal)} kcal`}
        {food.per100g.proteinG === null
          ? ""
          : `, ${Math.round(food.per100g.proteinG * 10) / 10} g protein`}{" "}
        per 100 g
      </p>
      <div class="portion-picker__row">
        <div class="field">
          <label for={`${id}-amount`}>Amount</label>
          <input
            id={`${id}-amount`}
            ref={amountInput}
            type="text"
            inputMode="decimal"
            value={amount}
            onInput={(e) => {
              setAmount(e.currentTarget.value);
              setConfirming(false);
            }}
            aria-invalid={errors.amount ? true : undefined}
            aria-describedby={errors.amount ? `${id}-amount-err` : undefined}
          />
          {errors.amount && (
            <p class="field__error" id={`${id}-amount-err`} role="alert">
              {errors.amount}
            </p>
          )}
        </div>
        <div class="field">
          <label for={`${id}-unit`}>Unit</label>
          <select
            id={`${id}-unit`}
            value={unit}
            aria-invalid={errors.unit ? true : undefined}
            aria-describedby={errors.unit ? `${id}-unit-err` : undefined}
            onChange={(e) => {
              // A new unit starts at its own sensible amount (1 portion, 1 oz, 100 g), never at
              // the number typed for the old one.
              const next = chooseUnit({ unit, amount }, e.currentTarget.value);
              setUnit(next.unit);
              setAmount(next.amount);
              setConfirming(false);
            }}
          >
            <option value="g">grams</option>
            <option value="oz">ounces</option>
            {portions.map((p) => (
              <option key={p.label} value={p.label}>
                {p.label} ({Math.round(p.grams)} g)
              </option>
            ))}
          </select>
          {errors.unit && (
            <p class="field__error" id={`${id}-unit-err`} role="alert">
              {errors.unit}
            </p>
          )}
        </div>
      </div>
      <MealField id={`${id}-meal`} value={meal} onChange={setMeal} />
      <p data-testid="portion-preview" aria-live="polite">
        {grams === null
          ? "Enter an amount."
          : `${Math.round(grams)} g${kcal === null ? "" : ` · ${kcal} kcal`}${protein === null ? "" : ` · ${protein} g protein`}`}
      </p>
      {confirming && grams !== null && (
        <p class="notice notice--error" role="alert" data-testid="amount-confirm">
          {Math.round(grams)} g{kcal === null ? "" : ` (${kcal.toLocaleString("en")} kcal)`} is far more{" "}
          {food.displayName} than people eat at once. Check the amount, or press Add again to log it anyway.
        </p>
      )}
      {errors.form && (
        <p class="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="button" disabled={saving}>
          Add to {MEAL_NAMES[meal].toLowerCase()}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
