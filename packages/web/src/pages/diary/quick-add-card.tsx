import type { Meal } from "@leanback/core/nutrition/diary";
import { useState } from "preact/hooks";
import { fieldErrors } from "../../api/errors.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import { sentence } from "./edit-problem.js";
import { MEAL_NAMES, MealField } from "./meal-field.js";

export interface QuickAddCardProps {
  readonly date: string;
  readonly busy: boolean;
  /** The page's runner: shows the outcome sentence (or the error) and reloads the day. */
  readonly act: (run: () => Promise<string | null>) => Promise<boolean>;
}

/**
 * Quick add calories (no food) to a meal; works offline through the outbox. A refused amount is
 * said beside the Calories box.
 */
export function QuickAddCard({ date, busy, act }: QuickAddCardProps) {
  const [quickKcal, setQuickKcal] = useState("");
  const [quickError, setQuickError] = useState<string | null>(null);
  const [quickMeal, setQuickMeal] = useState<Meal>("snacks");
  return (
    <section class="card" aria-labelledby="quick-title">
      <h2 id="quick-title">Quick add calories</h2>
      <form
        class="quick-add"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const kcal = Number(quickKcal.trim());
          if (quickKcal.trim() === "" || !Number.isFinite(kcal) || kcal < 1 || kcal > 20000) {
            setQuickError("Enter calories from 1 to 20,000.");
            return;
          }
          setQuickError(null);
          void act(async () => {
            const meal = MEAL_NAMES[quickMeal].toLowerCase();
            const sent = await sendOrQueue(
              "POST",
              `/api/users/me/diary/${date}/quick-add`,
              { meal: quickMeal, kcal },
              `${kcal} kcal in ${meal} on ${date}`,
              undefined,
              { date, meal: quickMeal, name: null, amount: "", kcal },
            ).catch((err: unknown) => {
              // A refused amount is said beside the Calories box, not in the page banner.
              const problem = fieldErrors(err).kcal;
              if (problem !== undefined) setQuickError(sentence(problem));
              throw err;
            });
            setQuickKcal("");
            return sent.queued
              ? `Offline: ${kcal} kcal saved on this device, sent when you are back online.`
              : `Added ${kcal} kcal to ${meal}.`;
          });
        }}
      >
        <div class="field">
          <label for="quick-kcal">Calories</label>
          <input
            id="quick-kcal"
            type="text"
            inputMode="numeric"
            value={quickKcal}
            aria-invalid={quickError ? true : undefined}
            aria-describedby={quickError ? "quick-kcal-err" : undefined}
            onInput={(e) => setQuickKcal(e.currentTarget.value)}
          />
          {quickError && (
            <p class="field__error" id="quick-kcal-err" role="alert">
              {quickError}
            </p>
          )}
        </div>
        <MealField id="quick-meal" value={quickMeal} onChange={setQuickMeal} />
        <button type="submit" class="button" disabled={busy}>
          Quick add
        </button>
      </form>
    </section>
  );
}
