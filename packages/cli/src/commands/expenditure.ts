import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { jacksonBodyFatPct } from "@leanback/core/body/jackson";
import { validatePal } from "@leanback/core/energy/pal";
import { mifflinStJeor, type Sex } from "@leanback/core/energy/rmr";
import type { DailyLog } from "@leanback/core/expenditure/daily-log";
import { INTERVAL_CONFIDENCE_RULES } from "@leanback/core/expenditure/estimate-quality";
import { estimateExpenditure } from "@leanback/core/expenditure/window-estimate";
import { isoToDay } from "@leanback/core/trend/iso-day";
import { trendWeights } from "@leanback/core/trend/trend-weight";
import {
  choiceFlag,
  numberFlag,
  optionalNumberFlag,
  requiredFlag,
  stringFlag,
  type Command,
  type ParsedArgs,
} from "../command.js";
import { UsageError, type CliIo } from "../io.js";
import { renderTable } from "../table.js";

const COLUMNS = ["date", "weight_kg", "intake_kcal", "complete"] as const;
const TRUE = new Set(["true", "1", "yes"]);
const FALSE = new Set(["false", "0", "no"]);

/**
 * Parses a log CSV with header `date,weight_kg,intake_kcal,complete` (any column order, empty
 * cells allowed). Every problem is a UsageError naming the line and column.
 */
export function parseLogCsv(text: string, file: string): DailyLog[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((h) => h.trim().toLowerCase());
  const where = (line: number, col?: string) => `${file}: line ${line}${col ? `, column ${col}` : ""}`;
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!(COLUMNS as readonly string[]).includes(h))
      throw new UsageError(`${where(1)}: unknown column "${h}" (the header must be ${COLUMNS.join(",")})`);
    if (index.has(h)) throw new UsageError(`${where(1)}: column "${h}" appears twice`);
    index.set(h, i);
  });
  for (const c of COLUMNS)
    if (!index.has(c))
      throw new UsageError(`${where(1)}: missing column "${c}" (the header must be ${COLUMNS.join(",")})`);

  const out: DailyLog[] = [];
  const seen = new Map<string, number>();
  for (let n = 1; n < lines.length; n++) {
    const raw = lines[n] ?? "";
    if (raw.trim() === "") continue;
    const lineNo = n + 1;
    const cells = raw.split(",").map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim(),
    );
    if (cells.length !== header.length)
      throw new UsageError(`${where(lineNo)}: expected ${header.length} cells, found ${cells.length}`);
    const cell = (c: (typeof COLUMNS)[number]) => cells[index.get(c) ?? -1] ?? "";
    const date = cell("date");
    try {
      isoToDay(date, "date");
    } catch {
      throw new UsageError(
        `${where(lineNo, "date")}: must be a real date written YYYY-MM-DD (got "${date}")`,
      );
    }
    const first = seen.get(date);
    if (first !== undefined)
      throw new UsageError(`${where(lineNo, "date")}: ${date} already appears on line ${first}`);
    seen.set(date, lineNo);
    const num = (c: "weight_kg" | "intake_kcal", min: number, max: number, what: string) => {
      const v = cell(c);
      if (v === "") return undefined;
      const x = Number(v);
      if (!Number.isFinite(x) || x < min || x > max)
        throw new UsageError(`${where(lineNo, c)}: ${what} must be ${min}–${max} (got "${v}")`);
      return x;
    };
    const weightKg = num("weight_kg", 25, 400, "weight in kg");
    const intakeKcal = num("intake_kcal", 0, 15000, "intake in kcal");
    const flag = cell("complete").toLowerCase();
    if (flag !== "" && !TRUE.has(flag) && !FALSE.has(flag))
      throw new UsageError(
        `${where(lineNo, "complete")}: must be true/false, 1/0, yes/no or empty (got "${flag}")`,
      );
    out.push({
      date,
      ...(weightKg === undefined ? {} : { weightKg }),
      ...(intakeKcal === undefined ? {} : { intakeKcal }),
      complete: TRUE.has(flag),
    });
  }
  if (out.length === 0) throw new UsageError(`${file}: the log has no data rows`);
  return out;
}

function readLog(path: string, io: CliIo): DailyLog[] {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd ?? process.cwd(), path), "utf8");
  } catch (e) {
    throw new UsageError(`--log: cannot read ${path} (${e instanceof Error ? e.message : String(e)})`);
  }
  return parseLogCsv(text, path);
}

const PERSON_FLAGS = ["sex", "age", "height-cm", "pal"] as const;

/** The optional formula prior: all four person flags, or none. */
function readPrior(
  parsed: ParsedArgs,
): { sex: Sex; ageYears: number; heightCm: number; pal: number } | undefined {
  const given = PERSON_FLAGS.filter((f) => stringFlag(parsed, f) !== undefined);
  if (given.length === 0) return undefined;
  if (given.length < PERSON_FLAGS.length)
    throw new UsageError(
      `--sex, --age, --height-cm and --pal go together (missing ${PERSON_FLAGS.filter(
        (f) => !given.includes(f),
      )
        .map((f) => `--${f}`)
        .join(", ")})`,
    );
  return {
    sex: choiceFlag(parsed, "sex", ["female", "male"] as const),
    ageYears: numberFlag(parsed, "age", { min: 18, max: 100, rule: "age must be 18–100 years" }),
    heightCm: numberFlag(parsed, "height-cm", { min: 100, max: 250, rule: "height must be 100–250 cm" }),
    pal: validatePal(numberFlag(parsed, "pal", { min: 1.4, max: 2.4, rule: "PAL must be 1.4–2.4" })),
  };
}

export const expenditureCommand: Command = {
  name: "expenditure",
  summary: "estimate your real daily expenditure from your own weight and intake log",
  usage:
    "leanback expenditure --log FILE.csv [--from YYYY-MM-DD --to YYYY-MM-DD] [--sex female|male --age Y --height-cm H --pal P] [--body-fat PCT] [--json]",
  options: {
    log: {
      type: "string",
      valueName: "FILE.csv",
      description: "CSV with header date,weight_kg,intake_kcal,complete",
    },
    from: {
      type: "string",
      valueName: "YYYY-MM-DD",
      description: "first day of the window (default: to − 27 days)",
    },
    to: {
      type: "string",
      valueName: "YYYY-MM-DD",
      description: "last day of the window (default: last date in the file)",
    },
    sex: { type: "string", valueName: "female|male", description: "for the formula prior (RMR × PAL)" },
    age: { type: "string", valueName: "Y", description: "age in years (18–100), for the prior" },
    "height-cm": { type: "string", valueName: "H", description: "height in cm (100–250), for the prior" },
    pal: { type: "string", valueName: "P", description: "physical activity level 1.4–2.4, for the prior" },
    "body-fat": {
      type: "string",
      valueName: "PCT",
      description:
        "body fat % for the energy density of weight change (else Jackson 2002 with the prior, else 7700 kcal/kg)",
    },
    json: { type: "boolean", description: "print machine-readable JSON" },
  },
  run(parsed, io) {
    const log = readLog(requiredFlag(parsed, "log"), io);
    const from = stringFlag(parsed, "from");
    const to = stringFlag(parsed, "to");
    for (const [flag, v] of [
      ["from", from],
      ["to", to],
    ] as const)
      if (v !== undefined) {
        try {
          isoToDay(v, flag);
        } catch {
          throw new UsageError(`--${flag}: must be a real date written YYYY-MM-DD (got "${v}")`);
        }
      }
    const person = readPrior(parsed);
    let bodyFatPct = optionalNumberFlag(parsed, "body-fat", {
      min: 3,
      max: 60,
      rule: "body fat must be 3–60 %",
    });
    let priorKcal: number | undefined;
    if (person) {
      // The prior and the Jackson estimate use the smoothed trend weight, not one noisy weigh-in.
      const weighIns = log.flatMap((r) =>
        r.weightKg === undefined ? [] : [{ date: r.date, weightKg: r.weightKg }],
      );
      if (weighIns.length === 0)
        throw new UsageError("--log: the file has no weights, so no formula prior can be made");
      const trend = trendWeights(weighIns);
      // The trend weight on the window's last day (the first one if the window ends before it).
      const upTo = to === undefined ? trend : trend.filter((p) => p.date <= to);
      const weightKg = (upTo.at(-1) ?? trend[0])?.trendKg ?? Number.NaN;
      priorKcal = person.pal * mifflinStJeor({ ...person, weightKg });
      bodyFatPct ??= jacksonBodyFatPct({ ...person, weightKg });
    }
    const est = estimateExpenditure(log, {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(priorKcal === undefined ? {} : { priorKcal }),
      ...(bodyFatPct === undefined ? {} : { bodyFatPct }),
    });
    if (parsed.values.json === true) {
      io.stdout.write(
        JSON.stringify({
          expenditureKcal: Math.round(est.expenditureKcal),
          low80Kcal: Math.round(est.low80Kcal),
          high80Kcal: Math.round(est.high80Kcal),
          from: est.from,
          to: est.to,
          daysUsed: est.daysUsed,
          confidence: est.confidence,
        }) + "\n",
      );
      return 0;
    }
    const q = est.quality;
    const r0 = (v: number | undefined, dp = 0, unit = "") =>
      v === undefined ? "—" : `${v.toFixed(dp)}${unit}`;
    io.stdout.write(
      `Expenditure ${est.from}..${est.to}: about ${Math.round(est.expenditureKcal)} kcal/d, ` +
        `80 % range ${Math.round(est.low80Kcal)}–${Math.round(est.high80Kcal)} (${est.confidence} confidence).\n\n`,
    );
    io.stdout.write(
      renderTable(
        ["quantity", "value"],
        [
          ["mean intake, complete days", r0(est.meanIntakeKcal, 0, " kcal/d")],
          ["weight change, water removed", r0(est.trendKgPerWeek, 2, " kg/week")],
          ["water and glycogen shift", r0(est.waterShiftKg, 2, " kg")],
          [
            "energy density",
            `${Math.round(est.energyDensityKcalPerKg)} kcal/kg (${est.energyDensitySource === "forbes" ? "Forbes, from body fat" : "fixed fallback"})`,
          ],
          ["from your log", r0(est.adaptiveKcal, 0, " kcal/d")],
          ["formula prior (RMR × PAL)", r0(est.priorKcal, 0, " kcal/d")],
          ["share of the prior", `${Math.round(q.priorWeight * 100)} %`],
          ["window days", String(q.windowDays)],
          ["complete intake days used", String(q.completeDays)],
          ["incomplete days ignored", String(q.incompleteDays)],
          ["days without intake", String(q.missingIntakeDays)],
          ["days with a weigh-in", String(q.weighInDays)],
          ["longest weigh-in gap", `${q.longestWeightGapDays} d`],
          ["intake changed just before", q.recentIntakeChange ? "yes (water/glycogen may distort)" : "no"],
        ],
      ),
    );
    io.stdout.write(
      `\nEE = mean intake − energy density × slope of the window's weigh-ins less water and glycogen (Hall & Chow 2011; Hall 2011; Forbes energy density; ADR 0012).\nConfidence — ${INTERVAL_CONFIDENCE_RULES}\n`,
    );
    return 0;
  },
};
