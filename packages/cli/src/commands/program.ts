import { writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { EQUIPMENT, LEVELS, MODALITIES } from "@leanback/core/training/exercise";
import { planToIcs } from "@leanback/core/training/ical";
import { generateProgram } from "@leanback/core/training/program-generator";
import { WEEKDAYS } from "@leanback/core/training/program-input";
import { renderPlan } from "@leanback/core/training/program-render";
import {
  choiceFlag,
  numberFlag,
  requiredFlag,
  stringFlag,
  type Command,
  type ParsedArgs,
} from "../command.js";
import { UsageError } from "../io.js";
import { renderTable } from "../table.js";

/** A comma-separated flag whose every item must be one of `choices`; names the flag on error. */
function listFlag<T extends string>(parsed: ParsedArgs, name: string, choices: readonly T[]): T[] {
  const raw = stringFlag(parsed, name);
  if (raw === undefined) return [];
  const items = raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const item of items) {
    if (!(choices as readonly string[]).includes(item))
      throw new UsageError(`--${name}: "${item}" is not one of ${choices.join(", ")}`);
  }
  return items as T[];
}

/** The next Monday on or after today (local calendar), YYYY-MM-DD: the default plan start. */
function nextMonday(now: Date): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  d.setDate(d.getDate() + ((8 - d.getDay()) % 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const SEXES = ["female", "male"] as const;

export const programCommand: Command = {
  name: "program",
  summary: "generate a weekly training plan (strength, cardio, intervals) as text, JSON or iCalendar",
  usage:
    "leanback program --days mon,wed,fri,sat --equipment dumbbells,pullup-bar --level beginner --minutes 45 --weeks 12 [--cardio rowing,boxing] [--exclude no-jumping] [--pullups N] [--body-weight KG --sex female|male] [--seed S] [--start YYYY-MM-DD] [--json | --ics FILE|-]",
  options: {
    days: {
      type: "string",
      valueName: "LIST",
      description: `training days, comma-separated: ${WEEKDAYS.join(",")}`,
    },
    equipment: {
      type: "string",
      valueName: "LIST",
      description: `owned equipment, comma-separated (default none): ${EQUIPMENT.join(",")}`,
    },
    level: { type: "string", valueName: "LEVEL", description: LEVELS.join(" | ") },
    minutes: { type: "string", valueName: "N", description: "longest session, 30–180 min" },
    weeks: { type: "string", valueName: "N", description: "plan length, 1–52 weeks (default 12)" },
    cardio: { type: "string", valueName: "LIST", description: `preferred cardio: ${MODALITIES.join(",")}` },
    exclude: {
      type: "string",
      valueName: "LIST",
      description: "no-jumping, no-running and/or exercise ids to leave out",
    },
    pullups: {
      type: "string",
      valueName: "N",
      description: "strict pull-ups you can do now (places you on the ladder)",
    },
    "cannot-hang": { type: "boolean", description: "you cannot hang from a bar for 20 s yet" },
    pushups: { type: "string", valueName: "N", description: "full push-ups you can do now" },
    "body-weight": {
      type: "string",
      valueName: "KG",
      description: "body weight in kg: with --sex, calibrates starting loads",
    },
    sex: { type: "string", valueName: "SEX", description: "female | male (starting loads)" },
    seed: { type: "string", valueName: "S", description: "seed for exercise variety (same seed, same plan)" },
    start: {
      type: "string",
      valueName: "YYYY-MM-DD",
      description: "first day of week 1 (default next Monday)",
    },
    time: {
      type: "string",
      valueName: "HH:MM",
      description: "session start time in the calendar (default 07:00)",
    },
    unit: { type: "string", valueName: "UNIT", description: "kg | lb for loads (default kg)" },
    json: { type: "boolean", description: "print the plan as JSON" },
    ics: {
      type: "string",
      valueName: "FILE",
      description: "write the plan as an iCalendar file (- for standard output)",
    },
  },
  run(parsed, io) {
    const json = parsed.values.json === true;
    const icsFile = stringFlag(parsed, "ics");
    if (json && icsFile !== undefined) throw new UsageError("--json and --ics cannot be combined");
    const days = listFlag(parsed, "days", WEEKDAYS);
    if (days.length === 0) requiredFlag(parsed, "days");
    const pullups = stringFlag(parsed, "pullups");
    const pushups = stringFlag(parsed, "pushups");
    const seed = stringFlag(parsed, "seed");
    const bodyWeight = stringFlag(parsed, "body-weight");
    const sex = stringFlag(parsed, "sex") !== undefined ? choiceFlag(parsed, "sex", SEXES) : undefined;
    const plan = generateProgram({
      ...(bodyWeight !== undefined
        ? {
            bodyWeightKg: numberFlag(parsed, "body-weight", {
              min: 30,
              max: 300,
              rule: "body weight must be 30–300 kg",
            }),
          }
        : {}),
      ...(sex !== undefined ? { sex } : {}),
      level: choiceFlag(parsed, "level", LEVELS),
      days,
      equipment: listFlag(parsed, "equipment", EQUIPMENT).filter((e) => e !== "none"),
      minutes: numberFlag(parsed, "minutes", {
        min: 30,
        max: 180,
        integer: true,
        rule: "minutes must be 30–180",
      }),
      weeks: numberFlag(parsed, "weeks", { min: 1, max: 52, integer: true, rule: "weeks must be 1–52" }, 12),
      cardio: listFlag(parsed, "cardio", MODALITIES),
      exclude: (stringFlag(parsed, "exclude") ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      ...(pullups !== undefined
        ? {
            pullups: numberFlag(parsed, "pullups", {
              min: 0,
              max: 100,
              integer: true,
              rule: "pull-ups must be 0–100",
            }),
          }
        : {}),
      ...(pushups !== undefined
        ? {
            pushups: numberFlag(parsed, "pushups", {
              min: 0,
              max: 200,
              integer: true,
              rule: "push-ups must be 0–200",
            }),
          }
        : {}),
      ...(parsed.values["cannot-hang"] === true ? { canHang: false } : {}),
      ...(seed !== undefined ? { seed } : {}),
    });
    const unit = choiceFlag(parsed, "unit", ["kg", "lb"] as const, "kg");
    if (json) {
      io.stdout.write(JSON.stringify(plan, null, 2) + "\n");
      return 0;
    }
    if (icsFile !== undefined) {
      if (icsFile === "") throw new UsageError("--ics needs a file name");
      const now = new Date();
      const text = planToIcs(plan, {
        start: stringFlag(parsed, "start") ?? nextMonday(now),
        timeOfDay: stringFlag(parsed, "time") ?? "07:00",
        stamp: now.toISOString(),
      });
      if (icsFile === "-") {
        io.stdout.write(text);
        return 0;
      }
      const path = isAbsolute(icsFile) ? icsFile : join(io.cwd ?? process.cwd(), icsFile);
      writeFileSync(path, text);
      const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
      io.stdout.write(`Wrote ${events} sessions over ${plan.weeks.length} weeks to ${path}\n`);
      return 0;
    }
    io.stdout.write(renderPlan(plan, { unit }));
    const first = plan.weeks[0]?.sessions ?? [];
    io.stdout.write("\nWeek 1 at a glance\n");
    io.stdout.write(
      renderTable(
        ["day", "session", "min", "cardio min"],
        first.map((s) => [s.day, s.title, s.minutes, s.cardioMinutes]),
      ),
    );
    return 0;
  },
};
