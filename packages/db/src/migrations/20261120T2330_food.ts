// FROZEN once shipped: never edit; add a new timestamped file instead. Imports only kysely.
// Food tables (food engineer). Portable column types as in 20261120T2300_core; the search index
// is the one dialect branch: SQLite FTS5 (own content, rowids kept in food_search_rows so they
// survive VACUUM) and PostgreSQL tsvector + pg_trgm.
import { PostgresAdapter, sql, type Kysely } from "kysely";

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable("foods")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('usda-sr28', 'fdc', 'off', 'user')`))
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("original_name", "text")
    .addColumn("brand", "text")
    .addColumn("category", "text")
    .addColumn("barcode", "text")
    .addColumn("kcal_milli", "integer", (c) =>
      c.notNull().check(sql`kcal_milli >= 0 and kcal_milli <= 950000`),
    )
    .addColumn("protein_mg", "integer", (c) => c.check(sql`protein_mg >= 0 and protein_mg <= 100000`))
    .addColumn("fat_mg", "integer", (c) => c.check(sql`fat_mg >= 0 and fat_mg <= 100000`))
    .addColumn("carb_mg", "integer", (c) => c.check(sql`carb_mg >= 0 and carb_mg <= 100000`))
    .addColumn("fiber_mg", "integer", (c) => c.check(sql`fiber_mg >= 0 and fiber_mg <= 100000`))
    .addColumn("sugar_mg", "integer", (c) => c.check(sql`sugar_mg >= 0 and sugar_mg <= 100000`))
    .addColumn("sat_fat_mg", "integer", (c) => c.check(sql`sat_fat_mg >= 0 and sat_fat_mg <= 100000`))
    .addColumn("sodium_ug", "integer", (c) => c.check(sql`sodium_ug >= 0 and sodium_ug <= 100000000`))
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("kcal_estimated", "integer", (c) => c.notNull().check(sql`kcal_estimated in (0, 1)`))
    .addColumn("owner_user_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("search_text", "text", (c) => c.notNull())
    .addColumn("rank_prior", "integer", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("foods_source_uq", ["source", "source_id"])
    .execute();
  await db.schema.createIndex("foods_barcode_idx").on("foods").column("barcode").execute();
  await db.schema.createIndex("foods_owner_idx").on("foods").column("owner_user_id").execute();

  await db.schema
    .createTable("food_portions")
    .addColumn("food_id", "text", (c) => c.notNull().references("foods.id").onDelete("cascade"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("grams", "double precision", (c) => c.notNull().check(sql`grams > 0 and grams <= 100000`))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("food_portions_pk", ["food_id", "label"])
    .execute();

  await db.schema
    .createTable("recipes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("food_id", "text", (c) => c.notNull().references("foods.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("yield_grams", "double precision")
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("recipe_ingredients")
    .addColumn("recipe_id", "text", (c) => c.notNull().references("recipes.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("food_id", "text", (c) => c.notNull().references("foods.id"))
    .addColumn("mg", "integer", (c) => c.notNull().check(sql`mg > 0`))
    .addPrimaryKeyConstraint("recipe_ingredients_pk", ["recipe_id", "position"])
    .execute();

  await db.schema
    .createTable("diary_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("meal", "text", (c) =>
      c.notNull().check(sql`meal in ('breakfast', 'lunch', 'dinner', 'snacks')`),
    )
    .addColumn("food_id", "text", (c) => c.references("foods.id"))
    .addColumn("mg", "integer", (c) => c.check(sql`mg > 0 and mg <= 5000000`))
    .addColumn("portion_label", "text")
    .addColumn("portion_count", "double precision")
    .addColumn("quick_kcal_milli", "integer", (c) => c.check(sql`quick_kcal_milli > 0`))
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addCheckConstraint(
      "diary_entries_kind",
      sql`(food_id is not null and mg is not null and quick_kcal_milli is null) or (food_id is null and mg is null and quick_kcal_milli is not null)`,
    )
    .addUniqueConstraint("diary_entries_client_uq", ["user_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("diary_entries_user_date_idx")
    .on("diary_entries")
    .columns(["user_id", "date"])
    .execute();
  await db.schema
    .createIndex("diary_entries_user_food_idx")
    .on("diary_entries")
    .columns(["user_id", "food_id"])
    .execute();

  await db.schema
    .createTable("diary_days")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("complete", "integer", (c) => c.notNull().check(sql`complete in (0, 1)`))
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("diary_days_pk", ["user_id", "date"])
    .execute();

  await db.schema
    .createTable("food_tag_overrides")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("food_id", "text", (c) => c.notNull().references("foods.id").onDelete("cascade"))
    .addColumn("tags", "text", (c) => c.notNull())
    .addColumn("updated_at", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("food_tag_overrides_pk", ["user_id", "food_id"])
    .execute();

  await db.schema
    .createTable("treats")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("kcal", "integer", (c) => c.notNull().check(sql`kcal > 0 and kcal <= 10000`))
    .addColumn("planned", "integer", (c) => c.notNull().check(sql`planned in (0, 1)`))
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("created_at", "bigint", (c) => c.notNull())
    .addUniqueConstraint("treats_client_uq", ["user_id", "client_id"])
    .execute();

  if (pg) {
    // pg_trgm is database-wide; install it once in public (tests use per-run schemas that are
    // dropped, which must not take the extension with them) and qualify its opclass.
    await sql`create extension if not exists pg_trgm schema public`.execute(db).catch(async (e: unknown) => {
      // Two migrations racing on a fresh database: the loser sees a duplicate; fine if it now exists.
      const r = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_extension where extname = 'pg_trgm'`.execute(db);
      if ((r.rows[0]?.n ?? 0) === 0) throw e;
    });
    const ns = await sql<{ nspname: string }>`
      select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(
      db,
    );
    const schema = ns.rows[0]?.nspname ?? "public";
    await sql`alter table foods add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored`.execute(
      db,
    );
    await sql`create index foods_search_vector_idx on foods using gin (search_vector)`.execute(db);
    await sql`create index foods_search_trgm_idx on foods using gin (search_text ${sql.id(schema)}.gin_trgm_ops)`.execute(
      db,
    );
  } else {
    await sql`create table food_search_rows (rowid integer primary key, food_id text not null unique references foods(id) on delete cascade)`.execute(
      db,
    );
    await sql`create virtual table foods_fts using fts5(display_name, search_text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`.execute(
      db,
    );
    await sql`create virtual table foods_fts_vocab using fts5vocab(foods_fts, row)`.execute(db);
    await sql`create trigger foods_fts_ai after insert on foods begin
      insert into food_search_rows(food_id) values (new.id);
      insert into foods_fts(rowid, display_name, search_text)
        values ((select rowid from food_search_rows where food_id = new.id), new.display_name, new.search_text);
    end`.execute(db);
    await sql`create trigger foods_fts_au after update of display_name, search_text on foods begin
      update foods_fts set display_name = new.display_name, search_text = new.search_text
        where rowid = (select rowid from food_search_rows where food_id = new.id);
    end`.execute(db);
    await sql`create trigger foods_fts_bd before delete on foods begin
      delete from foods_fts where rowid = (select rowid from food_search_rows where food_id = old.id);
    end`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`drop table if exists foods_fts_vocab`.execute(db);
    await sql`drop table if exists foods_fts`.execute(db);
    await sql`drop table if exists food_search_rows`.execute(db);
  }
  for (const t of [
    "treats",
    "food_tag_overrides",
    "diary_days",
    "diary_entries",
    "recipe_ingredients",
    "recipes",
    "food_portions",
    "foods",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
