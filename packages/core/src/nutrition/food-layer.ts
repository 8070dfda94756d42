import { z } from "zod";
import rawAliases from "../../../../data/food-aliases.json" with { type: "json" };
import rawPortions from "../../../../data/portions.json" with { type: "json" };
import { InvalidInputError } from "../errors.js";
import type { FoodPortion } from "./sr28.js";

// Our curated layer over the SR28 foods (data/food-aliases.json, data/portions.json): everyday
// names and readable display names, and household portions people think in. Gram weights are
// facts, each with its source; the wording is ours.

const ndb = z.string().regex(/^\d{5}$/, "an SR28 NDB number is 5 digits");

const aliasFileSchema = z.strictObject({
  $comment: z.string().optional(),
  foods: z.array(
    z.strictObject({
      ndb,
      /** Readable display name replacing the abbreviated SR28 one. */
      name: z.string().min(2).max(80).optional(),
      /** What people type for this food, lowercase. */
      aliases: z.array(
        z
          .string()
          .min(2)
          .max(60)
          .regex(/^[a-z0-9 %'-]+$/, "aliases are lowercase words"),
      ),
    }),
  ),
});

const portionFileSchema = z.strictObject({
  $comment: z.string().optional(),
  foods: z.array(
    z.strictObject({
      ndb,
      portions: z
        .array(
          z.strictObject({
            label: z.string().min(2).max(60),
            grams: z.number().positive().max(2000),
            /** Where the gram weight comes from (SR28 weight table line, or "label"). */
            source: z.string().min(3).max(160),
          }),
        )
        .min(1),
    }),
  ),
});

export interface CuratedFood {
  readonly ndb: string;
  readonly name: string | undefined;
  readonly aliases: readonly string[];
  readonly portions: readonly FoodPortion[];
}

export interface FoodLayer {
  readonly foods: ReadonlyMap<string, CuratedFood>;
  /** Every alias phrase with the food it names, in file order. */
  readonly aliases: readonly { readonly phrase: string; readonly ndb: string }[];
}

function firstIssue(field: string, error: z.ZodError): InvalidInputError {
  const issue = error.issues[0];
  return new InvalidInputError(field, `${issue?.path.join(".")}: ${issue?.message}`);
}

/**
 * Validates the two curated files and joins them by NDB number. Throws InvalidInputError on a
 * malformed entry, an NDB listed twice in one file, or an alias phrase used twice.
 *
 * @example
 * buildFoodLayer({ foods: [{ ndb: "09040", aliases: ["banana"] }] }, { foods: [] })
 *   .foods.get("09040")?.aliases; // → ["banana"]
 */
export function buildFoodLayer(aliasData: unknown, portionData: unknown): FoodLayer {
  const a = aliasFileSchema.safeParse(aliasData);
  if (!a.success) throw firstIssue("food-aliases", a.error);
  const p = portionFileSchema.safeParse(portionData);
  if (!p.success) throw firstIssue("portions", p.error);
  const foods = new Map<string, CuratedFood>();
  const phrases = new Map<string, string>();
  const aliases: { phrase: string; ndb: string }[] = [];
  for (const f of a.data.foods) {
    if (foods.has(f.ndb)) throw new InvalidInputError("food-aliases", `${f.ndb} is listed twice`);
    for (const phrase of f.aliases) {
      const clean = phrase.trim().replace(/ +/g, " ");
      const other = phrases.get(clean);
      if (other !== undefined)
        throw new InvalidInputError("food-aliases", `"${clean}" names both ${other} and ${f.ndb}`);
      phrases.set(clean, f.ndb);
      aliases.push({ phrase: clean, ndb: f.ndb });
    }
    foods.set(f.ndb, { ndb: f.ndb, name: f.name, aliases: f.aliases, portions: [] });
  }
  const seenPortions = new Set<string>();
  for (const f of p.data.foods) {
    if (seenPortions.has(f.ndb)) throw new InvalidInputError("portions", `${f.ndb} is listed twice`);
    seenPortions.add(f.ndb);
    const labels = new Set<string>();
    for (const x of f.portions) {
      if (labels.has(x.label)) throw new InvalidInputError("portions", `${f.ndb}: "${x.label}" twice`);
      labels.add(x.label);
    }
    const portions = f.portions.map((x) => ({ label: x.label, grams: x.grams }));
    const known = foods.get(f.ndb);
    foods.set(f.ndb, { ndb: f.ndb, name: known?.name, aliases: known?.aliases ?? [], portions });
  }
  return { foods, aliases };
}

let cached: FoodLayer | undefined;

/**
 * The bundled curated layer (data/food-aliases.json + data/portions.json), validated once.
 *
 * @example
 * foodLayer().foods.get("09040")?.portions[0]; // → { label: "1 medium banana", grams: 118 }
 */
export function foodLayer(): FoodLayer {
  cached ??= buildFoodLayer(rawAliases, rawPortions);
  return cached;
}

const FRACTIONS: Readonly<Record<string, string>> = {
  ".5": "1/2",
  ".25": "1/4",
  ".75": "3/4",
  ".33": "1/3",
  ".333": "1/3",
  ".67": "2/3",
  ".666": "2/3",
  ".667": "2/3",
  ".125": "1/8",
};

/**
 * An SR28 household-weight label as a person reads it: ".5 breast" → "1/2 breast", and the
 * yield notes ("(yield from 1 lb ready-to-cook chicken)") dropped. `odd` marks labels that say
 * little to a person (a yield-only "unit", an NLEA serving), which go after the others.
 *
 * @example
 * tidyPortionLabel(".5 breast, bone removed (yield from 1 lb ready-to-cook chicken)");
 * // → { label: "1/2 breast, bone removed", odd: true }
 */
export function tidyPortionLabel(label: string): { label: string; odd: boolean } {
  const text = label.slice(0, 200);
  const odd = /yield|nlea|quantity not specified|^1 unit\b/i.test(text);
  let out = text.replace(/(?<!\s)\s*(?:,\s*)?\(yield[^)]*\)/gi, "").replace(/,\s*\(/g, " (");
  const lead = /^(\d*)(\.\d+)(?=\s)/.exec(out);
  if (lead !== null && lead[1] === "" && lead[2] !== undefined && Object.hasOwn(FRACTIONS, lead[2]))
    out = `${FRACTIONS[lead[2]] ?? lead[2]}${out.slice(lead[0].length)}`;
  out = out.replace(/(?<![\s,])[\s,]+$/, "").trim();
  return { label: out === "" ? text : out, odd };
}

/**
 * The portions a food offers, in the order a person wants them: our curated household portions
 * first, then SR28's own (tidied), odd yield descriptions last; a label appears once.
 *
 * @example
 * orderPortions([{ label: "1 medium banana", grams: 118 }], [{ label: "1 cup, sliced", grams: 150 }]);
 * // → [{ label: "1 medium banana", grams: 118 }, { label: "1 cup, sliced", grams: 150 }]
 */
export function orderPortions(curated: readonly FoodPortion[], sr28: readonly FoodPortion[]): FoodPortion[] {
  const seen = new Set(curated.map((p) => p.label.toLowerCase()));
  const plain: FoodPortion[] = [];
  const odd: FoodPortion[] = [];
  for (const p of sr28) {
    const t = tidyPortionLabel(p.label);
    if (seen.has(t.label.toLowerCase())) continue;
    seen.add(t.label.toLowerCase());
    (t.odd ? odd : plain).push({ label: t.label, grams: p.grams });
  }
  return [...curated, ...plain, ...odd];
}
