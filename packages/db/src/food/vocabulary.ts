import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect-of.js";
import type { Database } from "../schema.js";

// The set of indexed terms, for edit-distance-1 typo expansion. Loaded once per database handle
// (SQLite: the fts5vocab table; PostgreSQL: ts_stat over the tsvector column), dropped after any
// food write in this process (a transaction is a different handle, so invalidation is global),
// and reloaded after a TTL so other instances' imports show up.
const TTL_MS = 5 * 60_000;
const cache = new WeakMap<object, { terms: Promise<Set<string>>; at: number; generation: number }>();
let generation = 0;

export function invalidateVocabulary(): void {
  generation += 1;
}

export function vocabulary(db: Kysely<Database>, now: number = Date.now()): Promise<Set<string>> {
  const hit = cache.get(db);
  if (hit !== undefined && hit.generation === generation && now - hit.at < TTL_MS) return hit.terms;
  const terms = load(db);
  cache.set(db, { terms, at: now, generation });
  terms.catch(() => cache.delete(db));
  return terms;
}

async function load(db: Kysely<Database>): Promise<Set<string>> {
  if (dialectOf(db) === "postgres") {
    const r = await sql<{
      word: string;
    }>`select word from ts_stat('select search_vector from foods')`.execute(db);
    return new Set(r.rows.map((x) => x.word));
  }
  const r = await sql<{ term: string }>`select term from foods_fts_vocab`.execute(db);
  return new Set(r.rows.map((x) => x.term));
}
