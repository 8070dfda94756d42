// CLI start-up: `leanback --help` and `leanback timer …` against bare `node -e ""`, measured as
// alternating paired runs (bare, command, bare, command …) so drift in machine load hits both.
// Target (issue 16): each command ≤ 3× bare node. Timings are printed, never asserted.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "packages/cli/bin/leanback.js");
const PAIRS = 15;

function wallMs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export async function run(): Promise<void> {
  const cases: readonly { name: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
    { name: "leanback --help (compiled)", args: [BIN, "--help"] },
    {
      name: "leanback timer --pattern boxing-30-30 (compiled)",
      args: [BIN, "timer", "--pattern", "boxing-30-30"],
    },
    {
      name: "leanback timer --pattern boxing-30-30 (tsx, before)",
      args: [BIN, "timer", "--pattern", "boxing-30-30"],
      env: { ...process.env, LEANBACK_TSX: "1" },
    },
  ];
  wallMs([BIN, "--help"]); // builds the bundle if the sources changed; not measured
  console.log(
    "| command | pairs | bare node median ms | command median ms | ratio (median of pairs) | target ≤ 3× |",
  );
  console.log("|---|---:|---:|---:|---:|---|");
  for (const c of cases) {
    const bare: number[] = [];
    const cmd: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const b = wallMs(["-e", ""]);
      const m = wallMs(c.args, c.env);
      bare.push(b);
      cmd.push(m);
      ratios.push(m / b);
    }
    const ratio = median(ratios);
    console.log(
      `| ${c.name} | ${PAIRS} | ${median(bare).toFixed(0)} | ${median(cmd).toFixed(0)} | ${ratio.toFixed(2)}× | ${ratio <= 3 ? "met" : "not met"} |`,
    );
  }
}
