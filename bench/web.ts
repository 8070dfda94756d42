// Web app: first-load JavaScript (gzip) of the production build, and Lighthouse mobile scores of
// the Today and Diary pages for a signed-in user (Debian chromium via chrome-launcher).
// `npx tsx bench/run.ts web`. Bounded: one build, two Lighthouse runs of ≤ 60 s each.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { buildWeb, startServer } from "../packages/web/e2e/harness/server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), not dynamic ones. */
function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)(?:[^"'`;()]*from)?\s*["'`](\.\.?\/[^"'`]+\.js)["'`]/g,
  ))
    if (m[1]) out.add(m[1]);
  return [...out];
}

/** Every file the browser must fetch to run `entry`: the chunk and its static imports, transitively. */
function closure(dir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(dir, entry), "utf8");
  for (const rel of staticImports(code)) closure(dir, path.posix.join(path.posix.dirname(entry), rel), seen);
  return seen;
}

function gz(dir: string, files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(path.join(dir, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n: number) => (n / 1024).toFixed(1);

function firstLoad(dist: string): string[][] {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error("no module entry in index.html");
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  const shell = closure(dist, entry);
  const assets = readdirSync(path.join(dist, "assets"));
  const rows: string[][] = [];
  const shellJs = gz(dist, shell);
  rows.push(["app shell (entry + static imports)", String(shell.size), kb(shellJs.raw), kb(shellJs.gzip)]);
  for (const page of ["today-page", "diary-page", "onboarding-page"]) {
    const chunk = assets.find((a) => a.startsWith(`${page}-`) && a.endsWith(".js"));
    if (!chunk) {
      rows.push([`shell + ${page}`, "—", "not built", "—"]);
      continue;
    }
    const files = closure(dist, `assets/${chunk}`, new Set(shell));
    const size = gz(dist, files);
    rows.push([
      `shell + ${page} (first load of that route)`,
      String(files.size),
      kb(size.raw),
      kb(size.gzip),
    ]);
  }
  const cssSize = gz(dist, css);
  rows.push(["CSS in index.html", String(css.length), kb(cssSize.raw), kb(cssSize.gzip)]);
  return rows;
}

async function seedCookie(base: string): Promise<string> {
  const email = `bench-${Date.now().toString(36)}@example.org`;
  const r = await fetch(`${base}/api/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery staple" }),
  });
  if (r.status !== 201) throw new Error(`signup: ${r.status} ${await r.text()}`);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const send = async (method: string, p: string, body: unknown) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
  };
  await send("PUT", "/api/users/me/profile", {
    sex: "female",
    birthDate: "1988-03-02",
    heightMm: 1680,
    unitSystem: "metric",
    timezone: "UTC",
    pal: 1.6,
    goal: { weightKg: 64, rate: { kind: "pctPerWeek", value: 0.5 } },
    equipment: ["dumbbells", "pullup-bar"],
    schedule: { days: ["mon", "wed", "fri"], minutes: 45 },
    cardioPrefs: ["rowing"],
    fitness: { level: "beginner", pullups: 0, canHang: true },
  });
  await send("POST", "/api/users/me/weigh-ins", {
    date: new Date().toISOString().slice(0, 10),
    weightKg: 72,
  });
  return cookie;
}

async function lighthouseRows(base: string, cookie: string): Promise<string[][]> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const rows: string[][] = [];
  try {
    for (const [name, p] of [
      ["Today", "/"],
      ["Diary", "/diary"],
    ] as const) {
      const result = await lighthouse(`${base}${p}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: { cookie },
        maxWaitForLoad: 60_000,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`lighthouse returned nothing for ${p}`);
      const score = (id: string) => {
        const s = lhr.categories[id]?.score;
        return s === null || s === undefined ? "—" : String(Math.round(s * 100));
      };
      const plain = (id: string, f: (v: number) => string) => {
        const v = lhr.audits[id]?.numericValue;
        return v === undefined ? "—" : f(v);
      };
      const ms = (id: string) => {
        const v = lhr.audits[id]?.numericValue;
        return v === undefined ? "—" : `${(v / 1000).toFixed(2)} s`;
      };
      rows.push([
        name,
        p,
        score("performance"),
        score("accessibility"),
        ms("first-contentful-paint"),
        ms("largest-contentful-paint"),
        plain("total-blocking-time", (v) => `${Math.round(v)} ms`),
        ms("speed-index"),
        plain("cumulative-layout-shift", (v) => v.toFixed(3)),
      ]);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

export async function run(): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), "leanback-bench-web-"));
  const dist = path.join(tmp, "dist");
  try {
    buildWeb(dist);
    console.log("First-load JavaScript of the production build (gzip level 9; budget 150 KB gzip):\n");
    console.log(table(["what", "files", "raw KB", "gzip KB"], firstLoad(dist)));
    const server = await startServer(dist);
    try {
      const cookie = await seedCookie(server.url);
      console.log("\nLighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown), signed-in user:\n");
      console.log(
        table(
          ["page", "path", "performance", "accessibility", "FCP", "LCP", "TBT", "Speed Index", "CLS"],
          await lighthouseRows(server.url, cookie),
        ),
      );
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
