import { InvalidInputError } from "@leanback/core/errors";
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect-of.js";
import type { Database } from "../schema.js";
import { toFood, type Food } from "./food-repo.js";
import { editsOne, SPELLING_VARIANTS, tokenize } from "./search-text.js";
import { vocabulary, type Vocabulary } from "./vocabulary.js";

export interface SearchOptions {
  readonly query: string;
  /** 1–50, default 20. */
  readonly limit?: number;
  /** Ranks this person's recent and frequent foods first and includes their own foods. */
  readonly userId?: string | null;
  /** "Today" for the recent-foods window, YYYY-MM-DD; default: no window (all history). */
  readonly since?: string;
}

export type MatchKind = "exact" | "form" | "prefix" | "typo";

export interface SearchHit {
  readonly food: Food;
  readonly score: number;
  /** The weakest way a query word matched (exact, form, prefix, typo). */
  readonly match: MatchKind;
  /** How often the person logged this food in the window (0 when anonymous). */
  readonly uses: number;
}

interface TermPlan {
  readonly token: string;
  /** The word itself. */
  readonly exact: ReadonlySet<string>;
  /** Plural/singular forms and spelling variants (ranked just below the word itself). */
  readonly forms: ReadonlySet<string>;
  /** Vocabulary words one edit away (only when the token itself is not indexed). */
  readonly typos: ReadonlySet<string>;
  readonly prefix: boolean;
}

const CANDIDATES = 150;
/** FTS5 matches ranked by bm25 before the static prior re-orders them (SQLite path). */
const POOL = 1000;
const MAX_TOKENS = 8;

/** Query words → what each may match, using the indexed vocabulary for typo expansion. */
export function planTerms(query: string, vocab: Vocabulary): TermPlan[] {
  const tokens = tokenize(query).slice(0, MAX_TOKENS);
  if (tokens.length === 0) throw new InvalidInputError("query", "search needs at least one letter or digit");
  return tokens.map((token) => {
    const exact = new Set([token]);
    const forms = new Set<string>();
    if (Object.hasOwn(SPELLING_VARIANTS, token)) for (const v of SPELLING_VARIANTS[token] ?? []) forms.add(v);
    if (token.length >= 4 && token.endsWith("s")) forms.add(token.slice(0, -1));
    if (token.length >= 5 && token.endsWith("es")) forms.add(token.slice(0, -2));
    if (token.length >= 3 && !token.endsWith("s")) {
      forms.add(`${token}s`);
      forms.add(`${token}es`);
    }
    forms.delete(token);
    const typos = new Set<string>();
    if (token.length >= 4 && !vocab.has(token) && ![...forms].some((e) => vocab.has(e))) {
      for (const e of editsOne(token)) {
        if (vocab.has(e)) typos.add(e);
        if (vocab.has(`${e}s`)) typos.add(`${e}s`);
      }
    }
    return { token, exact, forms, typos, prefix: token.length >= 2 };
  });
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

const GRADE: Record<MatchKind, number> = { exact: 3, form: 2.7, prefix: 2, typo: 1.4 };

function grade(plan: TermPlan, word: string): MatchKind | undefined {
  if (plan.exact.has(word)) return "exact";
  if (plan.forms.has(word)) return "form";
  if (plan.prefix && word.startsWith(plan.token)) return "prefix";
  if (plan.typos.has(word)) return "typo";
  return undefined;
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
  const noteStart = tokenize(food.displayName.replace(/\(.*$/, "")).length;
  const extra = display.filter((w, i) => i < noteStart && !matchedDisplay.has(i) && !NEUTRAL.has(w)).length;
  score -= 0.15 * extra;
  if (uses > 0) score += 2 + 0.5 * Math.log2(1 + uses);
  return { score, match: worst };
}

/**
 * Typo-tolerant, prefix-as-you-type food search on SQLite FTS5 or PostgreSQL tsvector + pg_trgm,
 * ranked the same way on both: word match quality, generic whole foods first, and the person's
 * own recent and frequent foods first of all.
 *
 * @example
 * const hits = await searchFoods(db, { query: "greek yog", userId, limit: 10 });
 */
export async function searchFoods(db: Kysely<Database>, opts: SearchOptions): Promise<SearchHit[]> {
  const limit = opts.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new InvalidInputError("limit", "limit must be 1–50");
  if (opts.query.length > 200) throw new InvalidInputError("query", "query must be at most 200 characters");
  const userId = opts.userId ?? null;
  const plans = planTerms(opts.query, await vocabulary(db));
  const [ids, used] = await Promise.all([
    candidateIds(db, plans, opts.query, userId),
    userId === null ? Promise.resolve(new Map<string, number>()) : usage(db, userId, opts.since),
  ]);
  const wanted = [...new Set([...ids, ...used.keys()])];
  const rows = wanted.length === 0 ? [] : await selectFoodRows(db, wanted);
  const hits: SearchHit[] = [];
  for (const r of rows) {
    if (r.owner_user_id !== null && r.owner_user_id !== userId) continue;
    const food = toFood(r);
    const uses = used.get(food.id) ?? 0;
    const s = scoreFood(food, plans, r.rank_prior, uses);
    if (s !== undefined) hits.push({ food, score: Math.round(s.score * 1000) / 1000, match: s.match, uses });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.food.displayName.length - b.food.displayName.length ||
      a.food.displayName.localeCompare(b.food.displayName),
  );
  return hits.slice(0, limit);
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
