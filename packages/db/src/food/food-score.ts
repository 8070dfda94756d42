import type { AliasHit } from "./alias-match.js";
import type { Food } from "./food-repo.js";
import type { MatchKind, TermPlan } from "./search-plan.js";
import { tokenize } from "./search-text.js";

// How one candidate food ranks against the query: word match quality, the static prior, the
// form people log, and the person's own use. The same on both dialects.

/** Words that describe state or cut, so they do not count as "more specific than asked". */
const NEUTRAL = new Set([
  "raw",
  "cooked",
  "roasted",
  "boiled",
  "baked",
  "broiled",
  "grilled",
  "steamed",
  "meat",
  "only",
  "skin",
  "and",
  "with",
  "without",
  "plain",
  "whole",
  "fresh",
  "salt",
  "drained",
]);

/**
 * Words that make a food another product or an ingredient of the one asked for ("pizza sauce",
 * "oatmeal bread", "rice flour"): such a food drops below the food itself unless the query asks.
 */
const DERIVED = new Set([
  "sauce",
  "soup",
  "gravy",
  "dressing",
  "bread",
  "cookie",
  "cookies",
  "cracker",
  "crackers",
  "flour",
  "bran",
  "germ",
  "starch",
  "noodles",
  "cake",
  "muffin",
  "muffins",
  "bar",
  "bars",
  "mix",
  "substitute",
  "sub",
  "powder",
  "candies",
  "cereal",
  "chips",
  "pie",
  "pudding",
  "spread",
  "seasoning",
  "syrup",
  "beverage",
  "drink",
  "rolls",
  "crust",
  "topping",
  "stuffing",
  "juice",
  "nectar",
  "burger",
  "loaf",
  "sandwich",
  "nuggets",
  "patties",
  "babyfood",
  "liqueur",
  "wine",
  "ketchup",
  "flakes",
  "tortilla",
  "tortillas",
]);

/** Whether a word makes a food another product than the one named before it (see DERIVED). */
export const isDerivedWord = (word: string): boolean => DERIVED.has(word);
/** Foods people log cooked (grains, pasta, legumes): cooked up, raw or dry down unless asked. */
const LOGGED_COOKED = new Set(["Cereal Grains and Pasta", "Legumes and Legume Products"]);
const COOKED_WORDS = new Set(["cooked", "boiled", "prepared"]);
const RAW_WORDS = new Set(["raw", "dry", "uncooked", "unprepared"]);

const GRADE: Record<MatchKind, number> = { exact: 3, form: 2.7, prefix: 2, typo: 1.4 };

/** A display name without its parenthesised note: "cod (maybe previously frozen)" → "cod ". */
function beforeNote(name: string): string {
  const open = name.indexOf("(");
  return open === -1 ? name : name.slice(0, open);
}

function grade(plan: TermPlan, word: string): MatchKind | undefined {
  if (plan.exact.has(word)) return "exact";
  if (plan.forms.has(word)) return "form";
  if (plan.prefix && word.startsWith(plan.token)) return "prefix";
  if (plan.typos.has(word)) return "typo";
  return undefined;
}

/** Score adjustments for the form people log (our heuristic): see DERIVED and LOGGED_COOKED. */
function formAdjustment(food: Food, head: readonly string[], plans: readonly TermPlan[]): number {
  const asked = (w: string) => plans.some((p) => grade(p, w) !== undefined);
  let adj = 0;
  let derived = 0;
  for (const w of head) if (DERIVED.has(w) && !asked(w)) derived += 1;
  adj -= 1.2 * Math.min(derived, 2);
  if (food.category !== null && LOGGED_COOKED.has(food.category)) {
    const words = new Set(head);
    const wantsRaw = plans.some((p) => RAW_WORDS.has(p.token));
    const cooked = [...COOKED_WORDS].some((w) => words.has(w));
    const raw = [...RAW_WORDS].some((w) => words.has(w));
    if (!wantsRaw && cooked) adj += 0.6;
    if (!wantsRaw && raw && !cooked) adj -= 0.6;
  }
  return adj;
}

/** Scores one candidate against the query (our heuristic); undefined when a word does not match. */
export function scoreFood(
  food: Food & { searchText?: string },
  plans: readonly TermPlan[],
  prior: number,
  uses: number,
): { score: number; match: MatchKind } | undefined {
  const display = tokenize(food.displayName);
  const all = new Set([
    ...display,
    ...tokenize(food.name),
    ...tokenize(food.originalName ?? ""),
    ...tokenize(food.brand ?? ""),
    ...(food.barcode ? [food.barcode] : []),
  ]);
  let score = prior / 100;
  let worst: MatchKind = "exact";
  const matchedDisplay = new Set<number>();
  for (const [qi, plan] of plans.entries()) {
    let best: MatchKind | undefined;
    let inDisplay = false;
    for (const [di, word] of display.entries()) {
      const g = grade(plan, word);
      if (g !== undefined && (best === undefined || GRADE[g] > GRADE[best])) {
        best = g;
        inDisplay = true;
      }
      if (g !== undefined) {
        matchedDisplay.add(di);
        if (di === 0) score += qi === 0 ? 1.5 : 0.8;
      }
    }
    for (const word of all) {
      const g = grade(plan, word);
      if (g !== undefined && (best === undefined || GRADE[g] > GRADE[best])) {
        best = g;
        inDisplay = false;
      }
    }
    if (best === undefined) return undefined;
    score += GRADE[best] + (inDisplay ? 0.5 : 0);
    if (GRADE[best] < GRADE[worst]) worst = best;
  }
  // Words in a parenthesised note ("(maybe previously frozen)") do not make a food more specific.
  const noteStart = tokenize(beforeNote(food.displayName)).length;
  const extra = display.filter((w, i) => i < noteStart && !matchedDisplay.has(i) && !NEUTRAL.has(w)).length;
  score -= 0.15 * extra;
  score += formAdjustment(food, display.slice(0, noteStart), plans);
  if (uses > 0) score += usesBonus(uses);
  return { score, match: worst };
}

export const usesBonus = (uses: number) => 2 + 0.5 * Math.log2(1 + uses);

/**
 * An alias hit's score (our heuristic): above any ordinary word match (those stay under ~12),
 * ordered by how fully the query says the alias, and still lifted by the person's own use.
 */
export function aliasScore(hit: AliasHit, uses: number): number {
  return 11 + 6 * hit.strength + (uses > 0 ? usesBonus(uses) : 0);
}
