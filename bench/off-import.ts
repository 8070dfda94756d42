// Open Food Facts import at size: generates an OFF-shaped JSONL.gz of OFF_BENCH_N products
// (default 1,000,000; streamed to a temp file, never held in memory), imports it into a fresh
// SQLite file (WAL, synchronous=FULL) and prints rows/s (wall clock, and per CPU-second of this
// process, which a loaded machine skews less) and the process's peak RSS. Printed only.
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { openDatabase } from "@leanback/db/connection";
import { countFoods } from "@leanback/db/food/food-repo";
import { migrateToLatest } from "@leanback/db/migrate";
import { importOffFile } from "@leanback/server/food/import-off";

const WORDS = [
  "oat",
  "rye",
  "crunchy",
  "organic",
  "dark",
  "chocolate",
  "yogurt",
  "lentil",
  "tomato",
  "honey",
];

function ean13(n: number): string {
  const body = String(300_000_000_000 + n);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[11 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (sum % 10)) % 10);
}

/** One line in the JSONL export's shape, with some of the fields we do not read, like the real one. */
function line(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length] ?? "food";
  const bad = i % 50 === 0; // 2 % without energy: skipped and counted
  return (
    JSON.stringify({
      code: ean13(i),
      product_name: `${w(0)} ${w(1)} ${w(2)} ${i}`,
      brands: `Brand ${i % 5000},Other`,
      categories: "Plant-based foods,Cereals and potatoes,Breakfast cereals",
      categories_tags: ["en:plant-based-foods", "en:cereals-and-potatoes", "en:breakfast-cereals"],
      countries_tags: ["en:france", "en:germany"],
      ingredients_text: `${w(3)}, ${w(4)}, sugar, salt, emulsifier (soy lecithin), natural flavouring`,
      serving_size: "30 g",
      serving_quantity: 30,
      nutriscore_grade: "c",
      nutriments: bad
        ? { proteins_100g: 10 }
        : {
            "energy-kcal_100g": 100 + (i % 400),
            energy_100g: (100 + (i % 400)) * 4.184,
            proteins_100g: (i % 30) + 0.5,
            fat_100g: (i % 20) + 0.1,
            carbohydrates_100g: (i % 60) + 1,
            sugars_100g: i % 25,
            fiber_100g: (i % 8) + 0.2,
            "saturated-fat_100g": (i % 10) / 2,
            sodium_100g: (i % 100) / 1000,
          },
    }) + "\n"
  );
}

async function* lines(n: number): AsyncGenerator<string> {
  const BLOCK = 1000;
  for (let i = 0; i < n; i += BLOCK) {
    let s = "";
    for (let k = i; k < Math.min(n, i + BLOCK); k++) s += line(k);
    yield s;
  }
}

/** Writes `n` generated products to `path` as JSONL.gz, streaming. */
export async function generateOffJsonlGz(path: string, n: number): Promise<void> {
  await pipeline(Readable.from(lines(n)), createGzip({ level: 6 }), createWriteStream(path));
}

export async function run(): Promise<void> {
  const n = Number(process.env.OFF_BENCH_N ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), "leanback-bench-off-"));
  try {
    const gz = join(dir, "products.jsonl.gz");
    let t = performance.now();
    await generateOffJsonlGz(gz, n);
    const genS = (performance.now() - t) / 1000;
    const rssAfterGen = process.resourceUsage().maxRSS / 1024;
    const opened = openDatabase({ sqlitePath: join(dir, "bench.db") });
    try {
      await migrateToLatest(opened.db);
      t = performance.now();
      const cpu0 = process.cpuUsage();
      const report = await importOffFile(opened.db, gz, "jsonl");
      const s = (performance.now() - t) / 1000;
      const used = process.cpuUsage(cpu0);
      const cpuS = (used.user + used.system) / 1e6;
      const peak = process.resourceUsage().maxRSS / 1024;
      const stored = await countFoods(opened.db, "off");
      const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
      console.log(
        "| products in file | .gz size | generate | import | products/s (rows read) | per CPU-second | imported / skipped | peak RSS (after generating) |",
      );
      console.log("|---|---|---|---|---|---|---|---|");
      console.log(
        `| ${n.toLocaleString("en")} | ${mb(statSync(gz).size)} | ${genS.toFixed(1)} s | ${s.toFixed(1)} s | ${Math.round(n / s).toLocaleString("en")} | ${Math.round(n / cpuS).toLocaleString("en")} (${cpuS.toFixed(1)} CPU-s) | ${report.imported.toLocaleString("en")} (${stored.toLocaleString("en")} stored) / ${(report.skippedTotal ?? 0).toLocaleString("en")} | ${peak.toFixed(0)} MB (${rssAfterGen.toFixed(0)} MB) |`,
      );
    } finally {
      await opened.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
