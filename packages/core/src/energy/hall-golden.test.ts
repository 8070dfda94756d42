import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hallBaseline, simulateHall, type HallDay, type HallOptions, type HallPerson } from "./hall-model.js";

// Golden Hall trajectories: every state variable at checkpoint days, pinned to 1e-6 kg (and 1e-4
// kcal). The published-number tests in hall-model.test.ts are deliberately loose (the figures are
// read off graphs), so on their own they let a changed constant (βAT 0.14 → 0.10, τAT, the Forbes
// constant, the glycogen or sodium terms) pass; these files catch any change to the numbers.
// The files were checked against the published figures when written (the Lancet man loses ≈20 kg
// in 6 months on −5 MJ/d). After an intended model change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run packages/core/src/energy/hall-golden.test.ts
// and explain the diff in the commit.
const here = join(dirname(fileURLToPath(import.meta.url)), "golden");
const CHECKPOINTS = [0, 1, 2, 3, 7, 14, 28, 56, 91, 182, 365, 730, 1825] as const;
const KCAL_PER_MJ = 1000 / 4.184;

interface Scenario {
  readonly person: HallPerson;
  readonly options: (ei0: number) => HallOptions;
  readonly why: string;
}

const LANCET_MAN: HallPerson = { sex: "male", ageYears: 23, heightCm: 180, weightKg: 100, pal: 1.5 };
const WOMAN: HallPerson = { sex: "female", ageYears: 45, heightCm: 165, weightKg: 78, pal: 1.55 };
const days = CHECKPOINTS[CHECKPOINTS.length - 1] ?? 0;

const SCENARIOS: Readonly<Record<string, Scenario>> = {
  "lancet-man-minus-5mj": {
    why: "Hall 2011 Fig 3: −5 MJ/d from a 3024 kcal/d baseline",
    person: LANCET_MAN,
    options: (ei0) => ({ days, intake: () => ei0 - 5 * KCAL_PER_MJ }),
  },
  "woman-measured-fat-500-deficit": {
    why: "measured 38 % body fat, −500 kcal/d, sodium follows calories",
    person: { ...WOMAN, bodyFatPct: 38 },
    options: (ei0) => ({ days, intake: () => ei0 - 500, sodium: "proportional" }),
  },
  "woman-low-carb-switch": {
    why: "same calories, carbohydrate share 0.5 → 0.1: glycogen and water fall in days",
    person: WOMAN,
    options: (ei0) => ({ days, intake: () => ei0, carbFraction: 0.1 }),
  },
  "man-more-activity-and-refeeds": {
    why: "+20 % activity, a weekly +800 kcal treat day on a −400 base",
    person: { sex: "male", ageYears: 52, heightCm: 172, weightKg: 95, pal: 1.4 },
    options: (ei0) => ({
      days,
      intake: (k) => ei0 - 400 + (k % 7 === 5 ? 800 : 0),
      activityChangePct: 20,
    }),
  },
  "lean-man-surplus": {
    why: "a lean man eating +300 kcal/d: most of the gain is lean by Forbes' partition",
    person: { sex: "male", ageYears: 30, heightCm: 185, weightKg: 72, pal: 1.8, bodyFatPct: 12 },
    options: (ei0) => ({ days, intake: () => ei0 + 300 }),
  },
};

const COLUMNS = [
  "day",
  "weightKg",
  "fatKg",
  "leanKg",
  "glycogenKg",
  "ecfKg",
  "atKcal",
  "expenditureKcal",
] as const;

function render(name: string, s: Scenario, traj: readonly HallDay[]): string {
  const lines = [`# ${name}: ${s.why}`, `# person ${JSON.stringify(s.person)}`, COLUMNS.join("\t")];
  for (const d of CHECKPOINTS) {
    const row = traj[d];
    if (!row) throw new Error(`no day ${d}`);
    lines.push(COLUMNS.map((c) => (c === "day" ? String(row.day) : row[c].toFixed(9))).join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

function parse(text: string): number[][] {
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("day"))
    .map((l) => l.split("\t").map(Number));
}

describe("Hall model golden trajectories", () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    it(`${name} matches golden/${name}.tsv to 1e-6 kg`, () => {
      const traj = simulateHall(s.person, s.options(hallBaseline(s.person).intakeKcal));
      const actual = render(name, s, traj);
      const file = join(here, `${name}.tsv`);
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
        mkdirSync(here, { recursive: true });
        writeFileSync(file, actual);
        if (process.env.UPDATE_GOLDEN !== "1")
          throw new Error(`golden/${name}.tsv was missing and has been written`);
      }
      const want = parse(readFileSync(file, "utf8"));
      const got = parse(actual);
      expect(got.length).toBe(CHECKPOINTS.length);
      got.forEach((row, i) => {
        const w = want[i] ?? [];
        row.forEach((v, j) => {
          const col = COLUMNS[j] ?? "?";
          const tol = col.endsWith("Kcal") ? 1e-4 : 1e-6;
          const diff = Math.abs(v - (w[j] ?? Number.NaN));
          if (!(diff <= tol)) {
            throw new Error(`${name} day ${row[0]} ${col}: got ${v}, golden ${w[j]} (|Δ| ${diff} > ${tol})`);
          }
        });
      });
    });
  }

  it("the Lancet golden still says ≈20 kg in 6 months (the file agrees with the paper)", () => {
    const rows = parse(readFileSync(join(here, "lancet-man-minus-5mj.tsv"), "utf8"));
    const day182 = rows.find((r) => r[0] === 182);
    expect(day182?.[1]).toBeGreaterThan(78.5);
    expect(day182?.[1]).toBeLessThan(81.5);
  });
});
