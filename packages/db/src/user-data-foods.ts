import type { Kysely } from "kysely";
import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import type { ServingTag } from "@leanback/core/nutrition/servings";
import { upsertFoods, userFoodSourceId } from "./food/food-repo.js";
import type { Database } from "./schema.js";

// How the foods a person's data refer to travel in an export (docs/export-format.md).
// The person's own foods are rows of tables.foods and keep their UUIDs. A shared food (no owner:
// SR28, FDC, Open Food Facts) has a different id on every server, so the export writes it as
// the portable reference "source:source_id" and carries a copy of it in sharedFoods; the import
// matches it by source and source id, or, when this server lacks it, stores the copy as the
// importer's own food. A user import never creates or edits a shared row.

type Cell = string | number | null;
type Row = Record<string, Cell>;

/** Columns (outside foods' own children) that name a food the person may log. */
export const FOOD_REF_COLUMNS: ReadonlyArray<{ table: string; column: string }> = [
  { table: "recipe_ingredients", column: "food_id" },
  { table: "diary_entries", column: "food_id" },
  { table: "food_tag_overrides", column: "food_id" },
];

const text = (max: number) => z.string().max(max);
const milli = (max: number) => z.int().min(0).max(max).nullable();

/** One shared food as it travels: the stored columns, minus id, owner and search columns. */
export const sharedFoodSchema = z.strictObject({
  source: z.enum(["usda-sr28", "fdc", "off"]),
  source_id: z.string().min(1).max(200),
  name: z.string().min(1).max(500),
  display_name: z.string().min(1).max(500),
  original_name: text(500).nullable(),
  brand: text(200).nullable(),
  category: text(200).nullable(),
  barcode: text(20).nullable(),
  kcal_milli: z.int().min(0).max(950_000),
  protein_mg: milli(100_000),
  fat_mg: milli(100_000),
  carb_mg: milli(100_000),
  fiber_mg: milli(100_000),
  sugar_mg: milli(100_000),
  sat_fat_mg: milli(100_000),
  sodium_ug: milli(100_000_000),
  tags: z.array(z.enum(["protein-food", "healthy-fat", "vegetable", "treat"])).max(4),
  kcal_estimated: z.union([z.literal(0), z.literal(1)]),
  portions: z
    .array(z.strictObject({ label: z.string().min(1).max(200), grams: z.number().positive().max(100_000) }))
    .max(100),
});
export type SharedFood = z.infer<typeof sharedFoodSchema>;

/** The portable reference of a shared food: "usda-sr28:01001". */
export function sharedRef(f: { source: string; source_id: string }): string {
  return `${f.source}:${f.source_id}`;
}

const BATCH = 400;

async function chunked<T>(ids: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += BATCH) out.push(...(await run(ids.slice(i, i + BATCH))));
  return out;
}

/**
 * Rewrites, in place, every reference to a shared food into its portable reference and returns
 * those foods (sorted by reference) to travel with the export. A reference to a food the person
 * neither owns nor shares is left as it is (and will not import): it is never copied out.
 */
export async function portableSharedFoods(
  db: Kysely<Database>,
  tables: Record<string, Row[]>,
): Promise<SharedFood[]> {
  const own = new Set((tables.foods ?? []).map((f) => String(f.id)));
  const wanted = new Set<string>();
  for (const { table, column } of FOOD_REF_COLUMNS)
    for (const r of tables[table] ?? []) {
      const v = r[column];
      if (typeof v === "string" && !own.has(v)) wanted.add(v);
    }
  const foods = await chunked([...wanted], (chunk) =>
    db.selectFrom("foods").selectAll().where("id", "in", chunk).where("owner_user_id", "is", null).execute(),
  );
  const portions = await chunked(
    foods.map((f) => f.id),
    (chunk) =>
      db
        .selectFrom("food_portions")
        .select(["food_id", "label", "grams"])
        .where("food_id", "in", chunk)
        .orderBy("food_id")
        .orderBy("position")
        .execute(),
  );
  const refOf = new Map(foods.map((f) => [f.id, sharedRef(f)]));
  for (const { table, column } of FOOD_REF_COLUMNS)
    for (const r of tables[table] ?? []) {
      const ref = refOf.get(String(r[column]));
      if (ref !== undefined) r[column] = ref;
    }
  const out = foods.map((f): SharedFood => ({
    source: f.source as SharedFood["source"],
    source_id: f.source_id,
    name: f.name,
    display_name: f.display_name,
    original_name: f.original_name,
    brand: f.brand,
    category: f.category,
    barcode: f.barcode,
    kcal_milli: Number(f.kcal_milli),
    protein_mg: f.protein_mg,
    fat_mg: f.fat_mg,
    carb_mg: f.carb_mg,
    fiber_mg: f.fiber_mg,
    sugar_mg: f.sugar_mg,
    sat_fat_mg: f.sat_fat_mg,
    sodium_ug: f.sodium_ug,
    tags: JSON.parse(f.tags) as SharedFood["tags"],
    kcal_estimated: Number(f.kcal_estimated) === 1 ? 1 : 0,
    portions: portions.filter((p) => p.food_id === f.id).map((p) => ({ label: p.label, grams: p.grams })),
  }));
  return out.sort((a, b) => (sharedRef(a) < sharedRef(b) ? -1 : 1));
}

/**
 * The source id of an imported own food, in the importer's namespace ("<user id>:<key>"), so an
 * import can never pre-claim another person's custom-food key.
 */
export function importedUserSourceId(sourceId: string, exportedBy: string, importer: string): string {
  const prefix = `${exportedBy}:`;
  return userFoodSourceId(importer, sourceId.startsWith(prefix) ? sourceId.slice(prefix.length) : sourceId);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves, in place, every food reference of an import to a row the importer may see: one of
 * the export's own foods, a shared food matched by source and source id (or by id, for a file
 * from this server), or a copy of a travelling shared food stored as the importer's own.
 * Anything else (another person's private food, an unknown id) is refused naming the cell.
 */
export async function resolveFoodRefs(
  trx: Kysely<Database>,
  tables: Record<string, Row[]>,
  sharedFoods: readonly SharedFood[],
  importer: string,
  now: number,
): Promise<void> {
  const own = new Set((tables.foods ?? []).map((f) => String(f.id)));
  (tables.recipes ?? []).forEach((r, i) => {
    if (!own.has(String(r.food_id)))
      throw new InvalidInputError(`tables.recipes[${i}].food_id`, "must be one of the export's own foods");
  });
  const travelling = new Map<string, SharedFood>();
  sharedFoods.forEach((f, i) => {
    const ref = sharedRef(f);
    if (travelling.has(ref)) throw new InvalidInputError(`sharedFoods[${i}]`, `${ref} appears twice`);
    travelling.set(ref, f);
  });
  const byRef = new Set<string>();
  const byId = new Set<string>();
  for (const { table, column } of FOOD_REF_COLUMNS)
    (tables[table] ?? []).forEach((r, i) => {
      const v = r[column];
      if (v === null || v === undefined || (typeof v === "string" && own.has(v))) return;
      if (typeof v === "string" && travelling.has(v)) byRef.add(v);
      else if (typeof v === "string" && UUID.test(v)) byId.add(v);
      else
        throw new InvalidInputError(
          `tables.${table}[${i}].${column}`,
          "refers to a food that is not in the export",
        );
    });

  const resolved = new Map<string, string>();
  for (const ref of byRef) {
    const f = travelling.get(ref) as SharedFood;
    const hit = await trx
      .selectFrom("foods")
      .select("id")
      .where("source", "=", f.source)
      .where("source_id", "=", f.source_id)
      .where("owner_user_id", "is", null)
      .executeTakeFirst();
    resolved.set(ref, hit?.id ?? (await storeOwnCopy(trx, f, importer, now)));
  }
  const shared = await chunked([...byId], (chunk) =>
    trx
      .selectFrom("foods")
      .select("id")
      .where("id", "in", chunk)
      .where("owner_user_id", "is", null)
      .execute(),
  );
  const sharedIds = new Set(shared.map((s) => s.id));
  for (const { table, column } of FOOD_REF_COLUMNS)
    (tables[table] ?? []).forEach((r, i) => {
      const v = r[column];
      if (typeof v !== "string" || own.has(v)) return;
      const to = resolved.get(v);
      if (to !== undefined) r[column] = to;
      else if (!sharedIds.has(v))
        // Same words whether the id is unknown or another person's: nothing is revealed.
        throw new InvalidInputError(
          `tables.${table}[${i}].${column}`,
          "refers to a food that is not in the export",
        );
    });
}

/** A travelling shared food this server lacks, kept as the importer's own (never as shared). */
async function storeOwnCopy(
  trx: Kysely<Database>,
  f: SharedFood,
  importer: string,
  now: number,
): Promise<string> {
  const [id] = await upsertFoods(
    trx,
    [
      {
        source: "user",
        sourceId: userFoodSourceId(importer, `shared:${sharedRef(f)}`),
        name: f.name,
        displayName: f.display_name,
        originalName: f.original_name,
        brand: f.brand,
        category: f.category,
        // The copy is private: its barcode stays with the shared catalogue.
        barcode: null,
        per100g: {
          kcal: f.kcal_milli,
          proteinG: f.protein_mg,
          fatG: f.fat_mg,
          carbG: f.carb_mg,
          fiberG: f.fiber_mg,
          sugarG: f.sugar_mg,
          satFatG: f.sat_fat_mg,
          sodiumMg: f.sodium_ug,
        },
        tags: f.tags as readonly ServingTag[],
        kcalEstimated: f.kcal_estimated === 1,
        ownerUserId: importer,
        portions: f.portions,
      },
    ],
    now,
  );
  if (id === undefined) throw new Error("import: the copied food vanished");
  return id;
}
