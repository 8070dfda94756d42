// `npm run bench [-- topic …]`: runs every bench/<topic>.ts (each exports `run()` printing a
// markdown table), or only the named topics. Timings are printed, never asserted.
import { readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface BenchModule {
  run(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const topics = readdirSync(here)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".test.ts") && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .filter((t) => wanted.length === 0 || wanted.includes(t))
  .sort();

const cpu = cpus()[0]?.model ?? "unknown cpu";
console.log(
  `# leanback bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB\n`,
);
for (const topic of topics) {
  console.log(`## ${topic}\n`);
  const mod = (await import(pathToFileURL(join(here, `${topic}.ts`)).href)) as BenchModule;
  await mod.run();
  console.log("");
}
