import { InvalidInputError } from "@leanback/core/errors";
import { canonicalGtin, isValidGtin } from "@leanback/core/nutrition/barcode";
import { clipFoodText } from "@leanback/core/nutrition/food-name";
import { per100gToMilli, type NutrientKey } from "@leanback/core/nutrition/nutrients";
import type { NewFood } from "@leanback/db/food/food-repo";
import { z } from "zod";
import { tagsFor } from "./sr28-seed.js";

// Open Food Facts product fields (API v2 / JSONL export / CSV export share the names).
// Nutriments are per 100 g; sodium_100g is in grams; energy_100g is kJ (1 kcal = 4.184 kJ).
const numberish = z.union([z.number(), z.string()]).optional().nullable();

export const offProductSchema = z.object({
  code: z.string(),
  product_name: z.string().optional().nullable(),
  generic_name: z.string().optional().nullable(),
  brands: z.string().optional().nullable(),
  categories: z.string().optional().nullable(),
  serving_quantity: numberish,
  serving_size: z.string().optional().nullable(),
  nutriments: z.record(z.string(), z.unknown()).optional().nullable(),
});
export type OffProduct = z.infer<typeof offProductSchema>;

const FIELDS: Readonly<Record<NutrientKey, string>> = {
  kcal: "energy-kcal_100g",
  proteinG: "proteins_100g",
  fatG: "fat_100g",
  carbG: "carbohydrates_100g",
  fiberG: "fiber_100g",
  sugarG: "sugars_100g",
  satFatG: "saturated-fat_100g",
  sodiumMg: "sodium_100g",
};

function toNumber(v: unknown): number | null {
  if (v === undefined || v === null || v === "") return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * Maps an Open Food Facts product to a food (source "off", keyed by barcode), or throws
 * InvalidInputError naming what is wrong (bad barcode, no name, no energy, impossible values).
 */
export function offProductToFood(p: OffProduct): NewFood {
  const code = p.code.trim();
  if (!isValidGtin(code))
    throw new InvalidInputError("barcode", "barcode check digit is wrong (EAN/UPC mod-10)");
  // Outside text is cut to 200 units before tagging and ranking run their patterns over it.
  const name = clipFoodText(p.product_name ?? p.generic_name ?? "");
  if (name === "") throw new InvalidInputError("productName", "product has no name");
  const n = p.nutriments ?? {};
  const values: Partial<Record<NutrientKey, number | null>> = {};
  for (const [key, field] of Object.entries(FIELDS) as [NutrientKey, string][])
    values[key] = toNumber(n[field]);
  if (values.kcal === null) {
    const kj = toNumber(n["energy_100g"]);
    values.kcal = kj === null ? null : kj / 4.184;
  }
  if (values.kcal === null || values.kcal === undefined)
    throw new InvalidInputError("kcal", "product has no energy per 100 g");
  if (values.sodiumMg !== null && values.sodiumMg !== undefined) values.sodiumMg *= 1000;
  const per100g = per100gToMilli(values);
  const brand =
    clipFoodText(p.brands ?? "")
      .split(",")[0]
      ?.trim() || null;
  const categories = p.categories ?? "";
  const category = clipFoodText(categories.slice(categories.lastIndexOf(",") + 1)) || null;
  const servingGrams = toNumber(p.serving_quantity);
  const lower = name.toLowerCase();
  return {
    source: "off",
    sourceId: code,
    // One product, one code: a UPC-A and its EAN-13 are stored the same way.
    barcode: canonicalGtin(code),
    name: lower,
    displayName: name.charAt(0).toUpperCase() + name.slice(1),
    originalName: name,
    brand,
    category,
    per100g,
    tags: tagsFor(lower, category ?? "", per100g),
    portions:
      servingGrams !== null && servingGrams > 0 && servingGrams <= 100_000
        ? [
            {
              label: `1 serving${p.serving_size ? ` (${clipFoodText(p.serving_size, 80)})` : ""}`,
              grams: servingGrams,
            },
          ]
        : [],
  };
}
