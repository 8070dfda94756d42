import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect-of.js";
import type { Database } from "../schema.js";

// The set of indexed terms, for edit-distance-1 typo expansion. Loaded once per database handle
// (SQLite: the fts5vocab table; PostgreSQL: ts_stat over the tsvector column) and reloaded after
// a TTL so other instances' imports show up. Small writes in this process (a custom food, a
// barcode) add their words to `extra` instead of forcing a reload; bulk writes (seed, imports)
// start a new generation, so every handle reloads once.
const TTL_MS = 5 * 60_000;
const BULK = 1000;
const cache = new WeakMap<object, { terms: Promise<Set<string>>; at: number; generation: number }>();
const extra = new Set<string>();
let generation = 0;

/** What the search needs from the vocabulary. */
export interface Vocabulary {
  has(term: string): boolean;
}

/** Called by every food write with the written foods' search texts. */
export function noteVocabularyWrite(searchTexts: readonly string[]): void {
  if (searchTexts.length >= BULK) {
    generation += 1;
    extra.clear();
    return;
  }
  for (const text of searchTexts) for (const t of text.split(" ")) if (t !== "") extra.add(t);
}

export async function vocabulary(db: Kysely<Database>, now: number = Date.now()): Promise<Vocabulary> {
  let hit = cache.get(db);
  if (hit === undefined || hit.generation !== generation || now - hit.at >= TTL_MS) {
    const terms = load(db);
    hit = { terms, at: now, generation };
    cache.set(db, hit);
    terms.catch(() => cache.delete(db));
  }
  const terms = await hit.terms;
  return { has: (t) => terms.has(t) || extra.has(t) };
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
