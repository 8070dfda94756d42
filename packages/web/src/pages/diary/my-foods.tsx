import { useId, useState } from "preact/hooks";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { newClientId } from "../../pwa/client-id.js";
import { Field } from "../../ui/field.js";
import { diaryApi } from "../../api/diary-api.js";
import { FoodSearch } from "./food-search.js";

const num = (s: string): number | null => {
  const t = s.trim().replace(",", ".");
  return t === "" ? null : Number(t);
};

/** Add your own food per 100 g, with an optional household portion. */
export function CustomFoodForm({ onCreated }: { onCreated: (food: { id: string; name: string }) => void }) {
  const [f, setF] = useState({
    name: "",
    kcal: "",
    protein: "",
    fat: "",
    carb: "",
    portion: "",
    portionG: "",
  });
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { currentTarget: HTMLInputElement }) =>
    setF({ ...f, [k]: e.currentTarget.value });

  async function submit(e: Event) {
    e.preventDefault();
    const kcal = num(f.kcal);
    if (f.name.trim().length < 2) return setErrors({ name: "Give the food a name (2 characters or more)." });
    if (kcal === null || !Number.isFinite(kcal))
      return setErrors({ "per100g.kcal": "Enter the calories per 100 g." });
    const pg = num(f.portionG);
    try {
      const food = await diaryApi.createFood({
        name: f.name.trim(),
        per100g: { kcal, proteinG: num(f.protein), fatG: num(f.fat), carbG: num(f.carb) },
        ...(f.portion.trim() && pg !== null ? { portions: [{ label: f.portion.trim(), grams: pg }] } : {}),
        clientId: newClientId(),
      });
      setErrors({});
      setError(null);
      setF({ name: "", kcal: "", protein: "", fat: "", carb: "", portion: "", portionG: "" });
      onCreated({ id: food.id, name: food.displayName });
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add your own food">
      <Field label="Name" type="text" value={f.name} onInput={set("name")} error={errors.name} />
      <Field
        label="Calories per 100 g"
        type="text"
        inputMode="decimal"
        suffix="kcal"
        value={f.kcal}
        onInput={set("kcal")}
        error={errors["per100g.kcal"]}
      />
      <Field
        label="Protein per 100 g"
        type="text"
        inputMode="decimal"
        suffix="g"
        value={f.protein}
        onInput={set("protein")}
        error={errors["per100g.proteinG"]}
      />
      <Field
        label="Fat per 100 g"
        type="text"
        inputMode="decimal"
        suffix="g"
        value={f.fat}
        onInput={set("fat")}
        error={errors["per100g.fatG"]}
      />
      <Field
        label="Carbohydrate per 100 g"
        type="text"
        inputMode="decimal"
        suffix="g"
        value={f.carb}
        onInput={set("carb")}
        error={errors["per100g.carbG"]}
      />
      <Field
        label="Portion name (optional)"
        type="text"
        value={f.portion}
        onInput={set("portion")}
        hint="e.g. 1 bar"
      />
      <Field
        label="Portion weight"
        type="text"
        inputMode="decimal"
        suffix="g"
        value={f.portionG}
        onInput={set("portionG")}
      />
      {error && Object.keys(errors).length === 0 && <p class="field__error">{error}</p>}
      <button type="submit" class="button">
        Save food
      </button>
    </form>
  );
}

/** A recipe: ingredients found with the search, each in grams, and an optional cooked weight. */
export function RecipeForm({
  onCreated,
}: {
  readonly onCreated: (food: { id: string; name: string }) => void;
}) {
  const id = useId();
  const [name, setName] = useState("");
  const [yieldG, setYieldG] = useState("");
  const [ingredients, setIngredients] = useState<readonly { id: string; name: string; grams: number }[]>([]);
  const [pending, setPending] = useState<{ id: string; name: string } | null>(null);
  const [grams, setGrams] = useState("100");
  const [error, setError] = useState<string | null>(null);

  function addIngredient() {
    const g = num(grams);
    if (!pending) return;
    if (g === null || !(g > 0) || g > 5000)
      return setError("Ingredient grams must be more than 0 and at most 5000.");
    setIngredients([...ingredients, { ...pending, grams: g }]);
    setPending(null);
    setError(null);
  }

  async function submit(e: Event) {
    e.preventDefault();
    if (name.trim().length < 2) return setError("Give the recipe a name (2 characters or more).");
    if (ingredients.length === 0) return setError("Add at least one ingredient.");
    const y = num(yieldG);
    try {
      const food = await diaryApi.createRecipe({
        name: name.trim(),
        ingredients: ingredients.map((i) => ({ foodId: i.id, grams: i.grams })),
        ...(y !== null ? { yieldGrams: y } : {}),
        clientId: newClientId(),
      });
      setError(null);
      setName("");
      setIngredients([]);
      onCreated({ id: food.id, name: food.displayName });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>New recipe</h3>
      <Field label="Recipe name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <FoodSearch onPick={setPending} label="Find an ingredient" />
      {pending && (
        <div class="field__row">
          <Field
            label={`Grams of ${pending.name}`}
            type="text"
            inputMode="decimal"
            suffix="g"
            value={grams}
            onInput={(e) => setGrams(e.currentTarget.value)}
          />
          <button type="button" class="button secondary" onClick={addIngredient}>
            Add ingredient
          </button>
        </div>
      )}
      {ingredients.length > 0 && (
        <ul aria-label="Ingredients">
          {ingredients.map((i, n) => (
            <li key={`${i.id}-${n}`}>
              {i.name}, {i.grams} g{" "}
              <button
                type="button"
                class="button secondary"
                onClick={() => setIngredients(ingredients.filter((_, k) => k !== n))}
                aria-label={`Remove ${i.name}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <Field
        label="Cooked weight (optional)"
        type="text"
        inputMode="decimal"
        suffix="g"
        hint="Weigh the finished dish so portions are right"
        value={yieldG}
        onInput={(e) => setYieldG(e.currentTarget.value)}
      />
      {error && <p class="field__error">{error}</p>}
      <button type="submit" class="button">
        Save recipe
      </button>
    </form>
  );
}
