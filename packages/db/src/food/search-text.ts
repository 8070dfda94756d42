// Text normalisation shared by indexing and querying, so SQLite FTS5 (unicode61) and the
// PostgreSQL 'simple' tsvector see the same space-separated lowercase tokens.

/**
 * The most UTF-16 units of one name or query that tokenizing and ranking look at: names are
 * stored at most 200 long (core's FOOD_TEXT_MAX), queries are refused above 200; this also bounds
 * the work on anything stored before that limit.
 */
export const TEXT_MAX = 200;

/** Lowercase, strip diacritics, keep letters and digits, split on everything else (first TEXT_MAX units). */
export function tokenize(text: string): string[] {
  return text
    .slice(0, TEXT_MAX)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/'s\b/g, "s")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Unique tokens of all the given names, in first-seen order, joined by spaces. */
export function searchTextOf(names: readonly (string | null | undefined)[]): string {
  const seen = new Set<string>();
  for (const n of names) if (n) for (const t of tokenize(n)) seen.add(t);
  return [...seen].join(" ");
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every string at Damerau–Levenshtein distance 1 from `word` (deletion, transposition,
 * substitution, insertion; Damerau 1964), lowercase a–z only; ≈ 54n + 25 strings.
 */
export function editsOne(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b.length > 0) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + (b[1] ?? "") + (b[0] ?? "") + b.slice(2));
    for (const c of ALPHABET) {
      if (b.length > 0) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(word);
  return out;
}

/** Damerau–Levenshtein (optimal string alignment) distance, capped at `max + 1` for speed. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(v);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? max + 1;
}

/** British and common alternative spellings that are further than one edit apart. */
export const SPELLING_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  yoghurt: ["yogurt"],
  yoghourt: ["yogurt"],
  porridge: ["oats", "oatmeal"],
  courgette: ["zucchini"],
  aubergine: ["eggplant"],
  prawn: ["shrimp"],
  prawns: ["shrimp"],
  mince: ["ground"],
  rocket: ["arugula"],
  coriander: ["cilantro"],
  chickpeas: ["chickpeas", "garbanzo"],
};

/** Group words whose foods are generic and whole, for the static ranking prior. */
const WHOLE_GROUPS = new Set([
  "Dairy and Egg Products",
  "Fats and Oils",
  "Poultry Products",
  "Fruits and Fruit Juices",
  "Pork Products",
  "Vegetables and Vegetable Products",
  "Nut and Seed Products",
  "Beef Products",
  "Finfish and Shellfish Products",
  "Legumes and Legume Products",
  "Lamb, Veal, and Game Products",
  "Cereal Grains and Pasta",
  "Spices and Herbs",
]);
const FAR_GROUPS = new Set([
  "Baby Foods",
  "Fast Foods",
  "Restaurant Foods",
  "American Indian/Alaska Native Foods",
  "Meals, Entrees, and Side Dishes",
]);

/**
 * Static prior ×100 (our heuristic): generic whole foods up, branded, baby, fast and restaurant
 * foods down, long descriptions slightly down; "raw" or a simple cooking method up a little.
 */
export function rankPrior(food: {
  category: string | null;
  brand: string | null;
  name: string;
  source: string;
}): number {
  const name = food.name.slice(0, TEXT_MAX);
  let p = 0;
  if (food.category !== null && WHOLE_GROUPS.has(food.category)) p += 100;
  if (food.category !== null && FAR_GROUPS.has(food.category)) p -= 150;
  if (food.brand !== null && food.brand !== "") p -= 60;
  if (
    /(?<![A-Z])[A-Z]{2,}'S\b|\b(kellogg|kraft|general mills|campbell|quaker|mcdonald|burger king|wendy|subway|pizza hut|taco bell|kfc|oscar mayer|hormel)/i.test(
      name,
    )
  )
    p -= 80;
  const parts = name.split(",").length;
  p -= Math.max(0, parts - 4) * 15;
  if (
    /\b(breaded|battered|batter|fried|tenders|nuggets|patties|patty|dried|dehydrated|powder|flavored|imitation)\b/.test(
      name,
    )
  )
    p -= 40;
  if (/\b(raw|plain|whole)\b/.test(name)) p += 20;
  if (food.source === "usda-sr28" || food.source === "fdc") p += 10;
  return p;
}
