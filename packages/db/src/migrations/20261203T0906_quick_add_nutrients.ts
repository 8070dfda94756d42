// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// Quick adds may carry macronutrients besides energy (an imported MyFitnessPal meal brings its
// protein, fat, carbohydrate, fibre, sugar, saturated fat and sodium). Same units as the foods
// table: integer mg for grams, µg for sodium; null = not known. Only a quick add carries them.
import { sql, type Kysely } from "kysely";

const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ["quick_protein_mg", 5_000_000],
  ["quick_fat_mg", 5_000_000],
  ["quick_carb_mg", 5_000_000],
  ["quick_fiber_mg", 5_000_000],
  ["quick_sugar_mg", 5_000_000],
  ["quick_sat_fat_mg", 5_000_000],
  ["quick_sodium_ug", 1_000_000_000],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, max] of COLUMNS) {
    await db.schema
      .alterTable("diary_entries")
      .addColumn(name, "integer", (c) =>
        c.check(
          sql`${sql.ref(name)} is null or (${sql.ref(name)} >= 0 and ${sql.ref(name)} <= ${sql.lit(max)} and quick_kcal_milli is not null)`,
        ),
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) {
    await db.schema.alterTable("diary_entries").dropColumn(name).execute();
  }
}
