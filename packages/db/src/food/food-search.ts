import { InvalidInputError } from "@leanback/core/errors";
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect-of.js";
import type { Database } from "../schema.js";
import { matchAliases, type AliasHit, type AliasIndex } from "./alias-match.js";
import { toFood, type Food } from "./food-repo.js";
import { aliasScore, isDerivedWord, scoreFood } from "./food-score.js";
import { planTerms, type MatchKind, type TermPlan } from "./search-plan.js";
import { tokenize } from "./search-text.js";
import { vocabulary } from "./vocabulary.js";

export { planTerms, type MatchKind };

const CANDIDATES = 150;
/** FTS5 matches ranked by bm25 before the static prior re-orders them (SQLite path). */
const POOL = 1000;

export interface SearchOptions {
  readonly query: string;
  /** 1–50, default 20. */
  readonly limit?: number;
  /** Skip this many ranked results (paging), 0–200, default 0. */
  readonly offset?: number;
  /** Everyday names for foods (the curated layer); their foods rank first. */
  readonly aliases?: AliasIndex;
  /** Ranks this person's recent and frequent foods first and includes their own foods. */
  readonly userId?: string | null;
  /** "Today" for the recent-foods window, YYYY-MM-DD; default: no window (all history). */
  readonly since?: string;
}

export interface SearchHit {
  readonly food: Food;
  readonly score: number;
  /** The weakest way a query word matched (exact, form, prefix, typo). */
  readonly match: MatchKind;
  /** How often the person logged this food in the window (0 when anonymous). */
  readonly uses: number;
}

const quoteFts = (t: string) => `"${t.replace(/"/g, '""')}"`;
const safeTs = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, "");

/**
 * Match expressions for both dialects: `prefix: false` uses whole words only (the word, its
 * forms, typo corrections), so exact matches always reach the candidates even when a prefix
 * matches thousands of longer words ("egg" vs "eggplant").
 */
function ftsExpression(plans: readonly TermPlan[], prefix: boolean): string {
  return plans
    .map((p) => {
      const alts = [...p.forms].map(quoteFts);
      alts.unshift(prefix && p.prefix ? `${quoteFts(p.token)}*` : quoteFts(p.token));
      for (const t of p.typos) alts.push(quoteFts(t));
      return `(${alts.join(" OR ")})`;
    })
    .join(" AND ");
}

function tsQuery(plans: readonly TermPlan[], prefix: boolean): string {
  return plans
    .map((p) => {
      const alts = [`${safeTs(p.token)}${prefix && p.prefix ? ":*" : ""}`, ...[...p.forms].map(safeTs)];
      for (const t of p.typos) alts.push(safeTs(t));
      return `(${alts.join(" | ")})`;
    })
    .join(" & ");
}

let trgmSchema: Promise<string> | undefined;
function pgTrgmSchema(db: Kysely<Database>): Promise<string> {
  trgmSchema ??= sql<{ nspname: string }>`
      select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`
    .execute(db)
    .then((r) => r.rows[0]?.nspname ?? "public");
  return trgmSchema;
}

async function candidateIds(
  db: Kysely<Database>,
  plans: readonly TermPlan[],
  query: string,
  userId: string | null,
): Promise<string[]> {
  const ids: string[] = [];
  const add = (rows: readonly { id: string }[]) => {
    for (const x of rows) if (!ids.includes(x.id)) ids.push(x.id);
  };
  const passes = plans.some((p) => p.prefix) ? [false, true] : [false];
  if (dialectOf(db) === "sqlite") {
    // Rank inside FTS5 first (its built-in bm25), join only the best POOL matches, then let the
    // static prior re-order those: joining every match first costs more than the search at 300k.
    // CROSS JOIN pins the join order (SQLite query planner docs §6): otherwise the planner may
    // start from the owner index and walk every food.
    for (const prefix of passes) {
      if (prefix && ids.length >= CANDIDATES) break; // whole words already fill the candidates
      const r = await sql<{ id: string }>`
        select f.id from (
          select rowid as rid, bm25(foods_fts, 2.0, 1.0) as s from foods_fts
          where foods_fts match ${ftsExpression(plans, prefix)}
          order by s limit ${POOL}
        ) m
        cross join food_search_rows r
        cross join foods f
        where r.rowid = m.rid and f.id = r.food_id
          and (+f.owner_user_id is null or +f.owner_user_id = ${userId})
        order by m.s - f.rank_prior / 60.0
        limit ${CANDIDATES}`.execute(db);
      add(r.rows);
    }
    return ids;
  }
  for (const prefix of passes) {
    if (prefix && ids.length >= CANDIDATES) break;
    const q = tsQuery(plans, prefix);
    const r = await sql<{ id: string }>`
      select id from foods
      where search_vector @@ to_tsquery('simple', ${q})
        and (owner_user_id is null or owner_user_id = ${userId})
      order by ts_rank(search_vector, to_tsquery('simple', ${q}), 1) * 10 + rank_prior / 60.0 desc
      limit ${CANDIDATES}`.execute(db);
    add(r.rows);
  }
  if (ids.length < 10) {
    // Nothing (or little) via words: fall back to trigram word similarity (pg_trgm, Postgres docs F.35).
    const schema = await pgTrgmSchema(db);
    const text = tokenize(query).join(" ");
    const t = await sql<{ id: string }>`
      select id from foods
      where ${text} operator(${sql.id(schema)}.<%) search_text
        and (owner_user_id is null or owner_user_id = ${userId})
      order by ${sql.id(schema)}.word_similarity(${text}, search_text) desc
      limit 50`.execute(db);
    add(t.rows);
  }
  return ids;
}

async function usage(
  db: Kysely<Database>,
  userId: string,
  since: string | undefined,
): Promise<Map<string, number>> {
  let q = db
    .selectFrom("diary_entries")
    .select(["food_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("user_id", "=", userId)
    .where("food_id", "is not", null);
  if (since !== undefined) q = q.where("date", ">=", since);
  const rows = await q.groupBy("food_id").orderBy("n", "desc").limit(200).execute();
  return new Map(rows.map((r) => [r.food_id ?? "", Number(r.n)]));
}

export interface SearchPage {
  readonly hits: readonly SearchHit[];
  /** Whether ranked results remain after this page. */
  readonly more: boolean;
}

/**
 * Typo-tolerant, prefix-as-you-type food search on SQLite FTS5 or PostgreSQL tsvector + pg_trgm,
 * ranked the same way on both: everyday names (the alias layer) first, then word match quality,
 * generic whole foods in the form people log, and the person's own recent and frequent foods
 * lifted; `offset` pages through the ranked results.
 *
 * @example
 * const { hits, more } = await searchFoodsPage(db, { query: "greek yog", userId, limit: 10, offset: 10 });
 */
export async function searchFoodsPage(db: Kysely<Database>, opts: SearchOptions): Promise<SearchPage> {
  const limit = opts.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new InvalidInputError("limit", "limit must be 1–50");
  const offset = opts.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > 200)
    throw new InvalidInputError("offset", "offset must be a whole number 0–200");
  if (opts.query.length > 200) throw new InvalidInputError("query", "query must be at most 200 characters");
  const userId = opts.userId ?? null;
  const plans = planTerms(opts.query, await vocabulary(db));
  const aliasHits =
    opts.aliases === undefined
      ? []
      : matchAliases(opts.aliases, opts.query, { skipUncovered: isDerivedWord });
  const [ids, used, aliasRows] = await Promise.all([
    candidateIds(db, plans, opts.query, userId),
    userId === null ? Promise.resolve(new Map<string, number>()) : usage(db, userId, opts.since),
    selectAliasRows(db, aliasHits),
  ]);
  const aliasOf = new Map<string, AliasHit>();
  for (const r of aliasRows) {
    const hit = aliasHits.find((h) => h.source === r.source && h.sourceId === r.source_id);
    if (hit !== undefined) aliasOf.set(r.id, hit);
  }
  const wanted = [...new Set([...ids, ...used.keys()])].filter((id) => !aliasOf.has(id));
  const rows = [...aliasRows, ...(wanted.length === 0 ? [] : await selectFoodRows(db, wanted))];
  const hits: SearchHit[] = [];
  for (const r of rows) {
    if (r.owner_user_id !== null && r.owner_user_id !== userId) continue;
    const food = toFood(r);
    const uses = used.get(food.id) ?? 0;
    const s = scoreFood(food, plans, r.rank_prior, uses);
    const alias = aliasOf.get(food.id);
    if (alias !== undefined) {
      const score = Math.max(aliasScore(alias, uses), s?.score ?? 0);
      hits.push({ food, score: Math.round(score * 1000) / 1000, match: alias.kind, uses });
    } else if (s !== undefined) {
      hits.push({ food, score: Math.round(s.score * 1000) / 1000, match: s.match, uses });
    }
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.food.displayName.length - b.food.displayName.length ||
      a.food.displayName.localeCompare(b.food.displayName),
  );
  return { hits: hits.slice(offset, offset + limit), more: hits.length > offset + limit };
}

/** The first page of searchFoodsPage. */
export async function searchFoods(db: Kysely<Database>, opts: SearchOptions): Promise<SearchHit[]> {
  return [...(await searchFoodsPage(db, opts)).hits];
}

async function selectAliasRows(db: Kysely<Database>, hits: readonly AliasHit[]) {
  // One IN list per source, so the (source, source_id) unique index answers it.
  const bySource = new Map<AliasHit["source"], string[]>();
  for (const h of hits) bySource.set(h.source, [...(bySource.get(h.source) ?? []), h.sourceId]);
  const out = [];
  for (const [source, ids] of bySource)
    out.push(
      ...(await db
        .selectFrom("foods")
        .selectAll()
        .where("source", "=", source)
        .where("source_id", "in", ids)
        .where("owner_user_id", "is", null)
        .execute()),
    );
  return out;
}

async function selectFoodRows(db: Kysely<Database>, ids: readonly string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += 400) {
    out.push(
      ...(await db
        .selectFrom("foods")
        .selectAll()
        .where("id", "in", ids.slice(i, i + 400))
        .execute()),
    );
  }
  return out;
}
