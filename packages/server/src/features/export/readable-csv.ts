import { z } from "zod";
import { dayTotals } from "@leanback/core/nutrition/diary";
import { displayTotals } from "@leanback/core/nutrition/nutrients";
import { kgToLb } from "@leanback/core/units/convert";
import { listDiaryEntries } from "@leanback/db/food/diary-repo";
import { getProfile } from "@leanback/db/repos/profiles";
import { listWeighIns } from "@leanback/db/repos/weigh-ins";
import { toCsv } from "../shared/csv.js";
import type { UseCaseDeps } from "../shared/deps.js";

/**
 * Readable CSVs for spreadsheets and other apps: names instead of ids, display units, ISO dates
 * (YYYY-MM-DD) and 24-hour local times (HH:MM:SS), formulas neutralised (shared/csv.ts).
 * `?bom=true|false` sets the UTF-8 byte order mark; the default is given per file.
 */
export const csvQuery = (bomByDefault: boolean) =>
  z.strictObject({ bom: z.enum(["true", "false"]).default(bomByDefault ? "true" : "false") });
export type CsvQuery = { readonly bom: "true" | "false" };

/** The person's unit system and time zone (metric and UTC before onboarding). */
export async function csvContext(
  deps: UseCaseDeps,
  userId: string,
): Promise<{ imperial: boolean; timezone: string }> {
  const p = await getProfile(deps.db, userId);
  return { imperial: p?.unitSystem === "imperial", timezone: p?.timezone ?? "UTC" };
}

/** Local date and 24-hour time of an instant in an IANA zone: ["2026-11-20", "07:05:00"]. */
export function localDateTime(ms: number, timeZone: string): [string, string] {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(ms));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return [`${get("year")}-${get("month")}-${get("day")}`, `${get("hour")}:${get("minute")}:${get("second")}`];
}

export const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export const DIARY_HEADER = [
  "Date",
  "Meal",
  "Food",
  "Amount",
  "Unit",
  "Grams",
  "Calories (kcal)",
  "Protein (g)",
  "Fat (g)",
  "Carbs (g)",
] as const;

/**
 * The food diary, one line per entry, oldest first: the food's name, the amount as logged (a
 * count of a portion, or grams), the grams, and kcal and macros rounded for display (empty when
 * the food does not say). Quick-adds have calories only.
 */
export async function diaryCsv(deps: UseCaseDeps, userId: string, q: CsvQuery): Promise<string> {
  const entries = await listDiaryEntries(deps.db, userId, "1000-01-01", "9999-12-31");
  const rows = entries.map((e) => {
    const totals = dayTotals(e.date, [e]).day;
    const d = displayTotals(totals);
    const known = (k: "proteinG" | "fatG" | "carbG") => (totals.incomplete.includes(k) ? null : d[k]);
    const grams = e.mg === null ? null : e.mg / 1000;
    const portion = e.portionLabel != null && e.portionCount != null;
    return {
      Date: e.date,
      Meal: e.meal,
      Food: e.foodId === null ? "Quick add" : (e.foodName ?? ""),
      Amount: portion ? e.portionCount : grams,
      Unit: portion ? e.portionLabel : grams === null ? null : "g",
      Grams: grams,
      "Calories (kcal)": d.kcal,
      "Protein (g)": known("proteinG"),
      "Fat (g)": known("fatG"),
      "Carbs (g)": known("carbG"),
    };
  });
  return toCsv(DIARY_HEADER, rows, { bom: q.bom === "true" });
}

/**
 * Weigh-ins, oldest first: date, the local time the weight was recorded (empty when it was
 * entered on another day), kg, and lb for people who use pounds, and the note.
 */
export async function weighInsCsv(deps: UseCaseDeps, userId: string, q: CsvQuery): Promise<string> {
  const { imperial, timezone } = await csvContext(deps, userId);
  const header = ["Date", "Time", "Weight (kg)", ...(imperial ? ["Weight (lb)"] : []), "Note"];
  const rows = (await listWeighIns(deps.db, userId)).map((w) => {
    const [day, time] = localDateTime(w.updatedAt, timezone);
    return {
      Date: w.date,
      Time: day === w.date ? time : null,
      "Weight (kg)": round(w.weightKg, 2),
      "Weight (lb)": round(kgToLb(w.weightKg), 1),
      Note: w.note,
    };
  });
  return toCsv(header, rows, { bom: q.bom === "true" });
}
