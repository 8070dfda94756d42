import { InvalidInputError } from "@leanback/core/errors";
import { forecastBand } from "@leanback/core/energy/forecast-band";
import { hallBaseline, type HallDay, type HallPerson } from "@leanback/core/energy/hall-model";
import { rule3500Line } from "@leanback/core/energy/rule-3500";
import type { Sex } from "@leanback/core/energy/rmr";
import {
  choiceFlag,
  numberFlag,
  optionalNumberFlag,
  type Command,
  type OptionSpec,
  type ParsedArgs,
} from "../command.js";
import { renderTable } from "../table.js";

/** Flags that describe the person; shared by `forecast` and `goal`. Rules match the core's. */
export const personOptions: Readonly<Record<string, OptionSpec>> = {
  sex: { type: "string", valueName: "female|male", description: "sex the equations were fitted for" },
  age: { type: "string", valueName: "Y", description: "age in years (18–100)" },
  "height-cm": { type: "string", valueName: "H", description: "height in cm (100–250)" },
  "weight-kg": { type: "string", valueName: "W", description: "today's weight in kg (30–300)" },
  pal: {
    type: "string",
    valueName: "P",
    description: "physical activity level 1.4–2.4 (1.5 sedentary, 1.6 NIH default)",
  },
  "body-fat": {
    type: "string",
    valueName: "PCT",
    description: "measured body fat % (else estimated from BMI, Jackson 2002)",
  },
};

/** Reads the person flags; ranges are reported as `--flag: rule`. */
export function readPerson(parsed: ParsedArgs): HallPerson {
  const sex: Sex = choiceFlag(parsed, "sex", ["female", "male"] as const);
  const bodyFat = optionalNumberFlag(parsed, "body-fat", {
    min: 3,
    max: 60,
    rule: "body fat must be 3–60 %",
  });
  return {
    sex,
    ageYears: numberFlag(parsed, "age", { min: 18, max: 100, rule: "age must be 18–100 years" }),
    heightCm: numberFlag(parsed, "height-cm", { min: 100, max: 250, rule: "height must be 100–250 cm" }),
    weightKg: numberFlag(parsed, "weight-kg", { min: 30, max: 300, rule: "weight must be 30–300 kg" }),
    pal: numberFlag(parsed, "pal", { min: 1.4, max: 2.4, rule: "PAL must be 1.4–2.4" }),
    ...(bodyFat === undefined ? {} : { bodyFatPct: bodyFat }),
  };
}

/** Lowest planned intake a forecast accepts (NHLBI: below 800 kcal/d only under medical supervision). */
const MIN_INTAKE_KCAL = 800;

const round = (v: number, dp: number) => Number(v.toFixed(dp));

function jsonDay(d: HallDay) {
  return {
    day: d.day,
    weightKg: round(d.weightKg, 4),
    fatKg: round(d.fatKg, 4),
    leanKg: round(d.leanKg, 4),
    glycogenKg: round(d.glycogenKg, 4),
    ecfKg: round(d.ecfKg, 4),
    expenditureKcal: round(d.expenditureKcal, 1),
    intakeKcal: round(d.intakeKcal, 1),
  };
}

/** One decimal, padded so the column reads right-aligned (renderTable left-aligns strings). */
const kg = (v: number) => v.toFixed(1).padStart(5);

/** Weekly rows up to half a year, four-weekly up to two years, then quarterly; always the last day. */
function shownDays(days: number): number[] {
  const every = days <= 182 ? 7 : days <= 730 ? 28 : 91;
  const out: number[] = [];
  for (let d = 0; d <= days; d += every) out.push(d);
  if (out[out.length - 1] !== days) out.push(days);
  return out;
}

export const forecastCommand: Command = {
  name: "forecast",
  summary: "forecast weight day by day with Hall's dynamic model (with an intake-uncertainty band)",
  usage:
    "leanback forecast --sex female|male --age Y --height-cm H --weight-kg W --pal P --intake-change KCAL [--days N] [--body-fat PCT] [--sodium constant|proportional] [--activity-change PCT] [--stop-after D] [--json]",
  options: {
    ...personOptions,
    "intake-change": {
      type: "string",
      valueName: "KCAL",
      description:
        "daily intake change from maintenance, kcal/d (−3000…+3000) (a deficit is negative, e.g. -500)",
    },
    days: { type: "string", valueName: "N", description: "days to forecast (1–3650, default 365)" },
    sodium: {
      type: "string",
      valueName: "constant|proportional",
      description: "dietary sodium stays constant (default) or falls/rises with calories",
    },
    "activity-change": {
      type: "string",
      valueName: "PCT",
      description: "change of physical activity in % of its energy cost (−50…+100, default 0)",
    },
    "stop-after": { type: "string", valueName: "D", description: "return to maintenance intake after day D" },
    json: { type: "boolean", description: "print machine-readable JSON" },
  },
  run(parsed, io) {
    const person = readPerson(parsed);
    const change = numberFlag(parsed, "intake-change", {
      min: -3000,
      max: 3000,
      rule: "intake change must be −3000…+3000 kcal/d",
    });
    const days = numberFlag(
      parsed,
      "days",
      { min: 1, max: 3650, integer: true, rule: "days must be 1–3650" },
      365,
    );
    const sodium = choiceFlag(parsed, "sodium", ["constant", "proportional"] as const, "constant");
    const activityChangePct = numberFlag(
      parsed,
      "activity-change",
      { min: -50, max: 100, rule: "activity change must be −50…+100 %" },
      0,
    );
    const stopAfter = numberFlag(
      parsed,
      "stop-after",
      { min: 0, max: 3650, integer: true, rule: "stop-after must be a whole day 0–3650" },
      days,
    );
    const base = hallBaseline(person);
    const planned = base.intakeKcal + change;
    if (planned < MIN_INTAKE_KCAL) {
      throw new InvalidInputError(
        "intakeChange",
        `intake would be ${Math.round(planned)} kcal/d; it must stay at or above ${MIN_INTAKE_KCAL} kcal/d (lower only under medical supervision)`,
      );
    }
    const intake = (k: number) => (k < stopAfter ? planned : base.intakeKcal);
    let band;
    try {
      band = forecastBand(person, { days, intake, sodium, activityChangePct });
    } catch (e) {
      if (e instanceof InvalidInputError && e.field === "intake")
        throw new InvalidInputError("intakeChange", e.rule);
      throw e;
    }
    if (parsed.values.json === true) {
      // Each day carries the band's weights beside the central one (the table's "range" column).
      const jsonDays = band.central.map((d, i) => ({
        ...jsonDay(d),
        weightLowKg: round(band.lower[i]?.weightKg ?? d.weightKg, 4),
        weightHighKg: round(band.upper[i]?.weightKg ?? d.weightKg, 4),
      }));
      io.stdout.write(JSON.stringify({ bandPct: band.pct, days: jsonDays }) + "\n");
      return 0;
    }
    const rule = rule3500Line(
      base.weightKg,
      base.intakeKcal,
      band.central.slice(1).map((d) => d.intakeKcal),
    );
    const rows = shownDays(days).map((d) => {
      const c = band.central[d];
      const lo = band.lower[d];
      const hi = band.upper[d];
      const r = rule[d];
      if (!c || !lo || !hi || !r) throw new Error(`missing forecast day ${d}`);
      const row = [
        d,
        kg(c.weightKg),
        `${lo.weightKg.toFixed(1)}–${hi.weightKg.toFixed(1)}`,
        kg(c.fatKg),
        kg(c.leanKg),
        Math.round(c.intakeKcal),
        Math.round(c.expenditureKcal),
      ];
      // The 3500 rule knows nothing of activity, so it is only compared when activity is unchanged.
      return activityChangePct === 0 ? [...row, kg(r.weightKg)] : row;
    });
    const fatSource = person.bodyFatPct === undefined ? "estimated from BMI (Jackson 2002)" : "measured";
    io.stdout.write(
      `Maintenance today: ${Math.round(base.intakeKcal)} kcal/d (RMR ${Math.round(base.rmrKcal)} × PAL ${person.pal}); ` +
        `body fat ${base.bodyFatPct.toFixed(1)} % ${fatSource}.\n` +
        `Plan: ${Math.round(planned)} kcal/d (${change >= 0 ? "+" : ""}${change} kcal/d)` +
        (stopAfter < days ? `, back to ${Math.round(base.intakeKcal)} kcal/d after day ${stopAfter}` : "") +
        (activityChangePct !== 0
          ? `, activity ${activityChangePct > 0 ? "+" : ""}${activityChangePct} %`
          : "") +
        `; sodium ${sodium}.\n\n`,
    );
    io.stdout.write(
      renderTable(
        [
          "day",
          "weight kg",
          `range ±${band.pct} %`,
          "fat kg",
          "lean kg",
          "intake",
          "expenditure",
          ...(activityChangePct === 0 ? ["3500-rule kg"] : []),
        ],
        rows,
      ),
    );
    io.stdout.write(
      `\nHall dynamic model (Hall et al., Lancet 2011). The range assumes your true maintenance is ` +
        `±${band.pct} % off the estimate, the main source of individual error; it is not a confidence interval.\n` +
        (activityChangePct === 0
          ? `"3500-rule kg" is the static 3500 kcal/lb line, shown only for comparison: it overstates long-term loss.\n`
          : ""),
    );
    return 0;
  },
};
