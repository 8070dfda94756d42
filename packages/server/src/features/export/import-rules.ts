import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { isValidGtin } from "@leanback/core/nutrition/barcode";
import { MEALS } from "@leanback/core/nutrition/diary";
import { SERVING_TAGS } from "@leanback/core/nutrition/servings";
import type { UserExport } from "@leanback/db/user-data";
import { customFoodSchema, recipeSchema, treatSchema } from "../../food/food-schemas.js";
import { measurementInputSchema } from "../measurements/measurements.js";
import { profileInputSchema } from "../profile/profile-schema.js";
import { isoDate, isoWeekday, requireNotFuture } from "../shared/dates.js";
import { clientIdSchema } from "../shared/schemas.js";
import { weighInInputSchema } from "../weigh-ins/weigh-ins.js";
import { workoutInputSchema } from "../workouts/workout-schema.js";

// An import is held to the API's rules row by row: each row is turned into the body the API
// would have been sent and checked with the API's own schema, so a file cannot store what the
// API refuses (a future weigh-in, 9,000 kg, "2026-02-30", a 40-kg portion). Errors name the
// cell: tables.<table>[<row>].<column>.

type Cell = string | number | null;
type Row = Record<string, Cell>;
type Tables = UserExport["tables"];

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function fail(table: string, i: number, column: string, rule: string): never {
  throw new InvalidInputError(`tables.${table}[${i}].${column}`, rule);
}

/** Runs an API schema over the body a row stands for; the first issue names its column. */
function api(
  table: string,
  i: number,
  schema: z.ZodType,
  body: unknown,
  columnOf: (path: readonly PropertyKey[]) => string = (p) => snake(String(p[0] ?? "id")),
): void {
  const r = schema.safeParse(body);
  if (r.success) return;
  const issue = r.error.issues[0];
  const column = columnOf(issue?.path ?? []);
  const rule = issue?.message ?? "is invalid";
  // A column of another table (a workout's set) comes back as a whole field path.
  if (column.startsWith("tables.")) throw new InvalidInputError(column, rule);
  fail(table, i, column, rule);
}

function json(table: string, i: number, row: Row, column: string): unknown {
  const v = row[column];
  if (v === null || v === undefined) return null;
  try {
    return JSON.parse(String(v));
  } catch {
    return fail(table, i, column, "must be JSON text");
  }
}

/** Leaves out null/absent cells, as a client leaves out a field it has no value for. */
function present(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined));
}

function date(table: string, i: number, row: Row, column: string, now?: number): void {
  const v = row[column];
  if (!isoDate.safeParse(v).success) fail(table, i, column, "must be a real calendar date YYYY-MM-DD");
  if (now !== undefined) {
    try {
      requireNotFuture(column, String(v), now);
    } catch {
      fail(table, i, column, "must not be in the future");
    }
  }
}

function oneOf(table: string, i: number, row: Row, column: string, allowed: readonly Cell[]): void {
  if (!allowed.includes(row[column] ?? null))
    fail(table, i, column, `must be one of ${allowed.map(String).join(", ")}`);
}

const tagsSchema = z.array(z.enum(SERVING_TAGS)).max(4);
const portionSchema = z.strictObject({
  label: z.string().min(1).max(200),
  grams: z.number().positive().max(100_000),
});

type Rule = (row: Row, i: number, all: Tables, now: number) => void;

const QUICK_NUTRIENT_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ["quick_protein_mg", 5_000_000],
  ["quick_fat_mg", 5_000_000],
  ["quick_carb_mg", 5_000_000],
  ["quick_fiber_mg", 5_000_000],
  ["quick_sugar_mg", 5_000_000],
  ["quick_sat_fat_mg", 5_000_000],
  ["quick_sodium_ug", 1_000_000_000],
];

const rules: Record<string, Rule> = {
  profiles: (r, i) =>
    api(
      "profiles",
      i,
      profileInputSchema,
      {
        sex: r.sex,
        birthDate: r.birth_date,
        heightMm: r.height_mm,
        unitSystem: r.unit_system,
        timezone: r.timezone,
        pal: r.pal,
        floorKcal: r.floor_kcal,
        bodyFatPct: r.body_fat_pct,
        ...present({
          goal: json("profiles", i, r, "goal"),
          equipment: json("profiles", i, r, "equipment"),
          schedule: json("profiles", i, r, "schedule"),
          cardioPrefs: json("profiles", i, r, "cardio_prefs"),
          exclusions: json("profiles", i, r, "exclusions"),
          fitness: json("profiles", i, r, "pullup_answer"),
        }),
      },
      (p) => (p[0] === "fitness" ? "pullup_answer" : snake(String(p[0] ?? "id"))),
    ),
  plans: (r, i) => {
    if (json("plans", i, r, "params") === null) fail("plans", i, "params", "must be JSON text");
    if (json("plans", i, r, "plan") === null) fail("plans", i, "plan", "must be JSON text");
    oneOf("plans", i, r, "is_current", [0, 1]);
  },
  weigh_ins: (r, i, _all, now) => {
    api("weigh_ins", i, weighInInputSchema, {
      date: r.date,
      weightKg: r.weight_kg,
      note: r.note,
      ...present({ clientId: r.client_id }),
    });
    date("weigh_ins", i, r, "date", now);
  },
  body_measurements: (r, i, _all, now) => {
    const body = present({
      date: r.date,
      clientId: r.client_id,
      waistMm: r.waist_mm,
      neckMm: r.neck_mm,
      hipMm: r.hip_mm,
      chestMm: r.chest_mm,
      armMm: r.arm_mm,
      thighMm: r.thigh_mm,
      bodyFatPct: r.body_fat_pct,
      note: r.note,
    });
    api("body_measurements", i, measurementInputSchema, body);
    date("body_measurements", i, r, "date", now);
  },
  workouts: (r, i, all, now) => {
    // The API's body for a workout holds its sets and cardio: checked together, as POST does.
    const sets = (all.workout_sets ?? []).flatMap((s, k) => (s.workout_id === r.id ? [{ s, k }] : []));
    const cardio = (all.workout_cardio ?? []).flatMap((c, k) => (c.workout_id === r.id ? [{ c, k }] : []));
    api(
      "workouts",
      i,
      workoutInputSchema,
      present({
        date: r.date,
        title: r.title,
        plannedRef: r.planned_ref,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        notes: r.notes,
        clientId: r.client_id,
        sets: sets.map(({ s }) =>
          present({
            exerciseId: s.exercise_id,
            reps: s.reps,
            loadKg: s.load_kg,
            loadType: s.load_type,
            assistanceKg: s.assistance_kg,
            rpe: s.rpe,
            durationS: s.duration_s,
          }),
        ),
        cardio: cardio.map(({ c }) =>
          present({
            modality: c.modality,
            durationS: c.duration_s,
            distanceM: c.distance_m,
            avgHr: c.avg_hr,
            metCode: c.met_code,
          }),
        ),
      }),
      (p) => {
        const [head, k, col] = p;
        if (head === "sets" && typeof k === "number" && sets[k] !== undefined)
          return `tables.workout_sets[${sets[k].k}].${snake(String(col ?? "reps"))}`;
        if (head === "cardio" && typeof k === "number" && cardio[k] !== undefined)
          return `tables.workout_cardio[${cardio[k].k}].${snake(String(col ?? "duration_s"))}`;
        return snake(String(head ?? "id"));
      },
    );
    date("workouts", i, r, "date", now);
  },
  workout_sets: (r, i) => {
    if (!Number.isSafeInteger(r.set_index) || Number(r.set_index) < 0 || Number(r.set_index) > 199)
      fail("workout_sets", i, "set_index", "must be a whole number 0–199");
  },
  check_ins: (r, i) => {
    date("check_ins", i, r, "week_start");
    if (isoWeekday(String(r.week_start)) !== 1) fail("check_ins", i, "week_start", "must be a Monday");
    oneOf("check_ins", i, r, "accepted", [null, 0, 1]);
    json("check_ins", i, r, "details");
  },
  foods: (r, i) => {
    api("foods", i, customFoodSchema.pick({ name: true, brand: true }), {
      name: r.display_name,
      brand: r.brand,
    });
    const per100g = customFoodSchema.shape.per100g;
    const n = (v: Cell | undefined) => (typeof v === "number" ? v / 1000 : v);
    api(
      "foods",
      i,
      per100g,
      {
        kcal: n(r.kcal_milli),
        proteinG: n(r.protein_mg),
        fatG: n(r.fat_mg),
        carbG: n(r.carb_mg),
        fiberG: n(r.fiber_mg),
        sugarG: n(r.sugar_mg),
        satFatG: n(r.sat_fat_mg),
        sodiumMg: n(r.sodium_ug),
      },
      (p) =>
        ({
          kcal: "kcal_milli",
          sodiumMg: "sodium_ug",
        })[String(p[0])] ?? `${snake(String(p[0])).replace(/_g$/, "")}_mg`,
    );
    if (typeof r.name !== "string" || r.name.length < 1 || r.name.length > 500)
      fail("foods", i, "name", "must be 1–500 characters");
    if ((r.barcode ?? null) !== null && !(typeof r.barcode === "string" && isValidGtin(r.barcode)))
      fail("foods", i, "barcode", "must be a valid GTIN barcode (or empty)");
    if (!tagsSchema.safeParse(json("foods", i, r, "tags")).success)
      fail("foods", i, "tags", `must be a JSON list of ${SERVING_TAGS.join(", ")}`);
    oneOf("foods", i, r, "kcal_estimated", [0, 1]);
  },
  food_portions: (r, i) => api("food_portions", i, portionSchema, { label: r.label, grams: r.grams }),
  recipes: (r, i) => {
    api("recipes", i, recipeSchema.pick({ name: true }), { name: r.name });
    if ((r.yield_grams ?? null) !== null)
      api("recipes", i, recipeSchema.shape.yieldGrams, r.yield_grams, () => "yield_grams");
  },
  recipe_ingredients: (r, i) => {
    if (!Number.isSafeInteger(r.mg) || Number(r.mg) < 1 || Number(r.mg) > 5_000_000)
      fail("recipe_ingredients", i, "mg", "an ingredient weighs 0.001–5000 g");
  },
  diary_entries: (r, i) => {
    date("diary_entries", i, r, "date");
    oneOf("diary_entries", i, r, "meal", MEALS);
    api("diary_entries", i, clientIdSchema, r.client_id, () => "client_id");
    if (
      (r.mg ?? null) !== null &&
      (!Number.isSafeInteger(r.mg) || Number(r.mg) < 1 || Number(r.mg) > 5_000_000)
    )
      fail("diary_entries", i, "mg", "an entry weighs 0.001–5000 g");
    if (
      (r.portion_count ?? null) !== null &&
      !(Number(r.portion_count) > 0 && Number(r.portion_count) <= 100)
    )
      fail("diary_entries", i, "portion_count", "a portion count is above 0 and at most 100");
    if ((r.portion_label ?? null) !== null && String(r.portion_label).length > 200)
      fail("diary_entries", i, "portion_label", "must be at most 200 characters");
    const q = r.quick_kcal_milli;
    if ((q ?? null) !== null && (!Number.isSafeInteger(q) || Number(q) < 1000 || Number(q) > 20_000_000))
      fail("diary_entries", i, "quick_kcal_milli", "a quick add is 1–20000 kcal");
    // A quick add's macros (20261203T0906): integer mg (µg for sodium), only on a quick add.
    for (const [column, max] of QUICK_NUTRIENT_COLUMNS) {
      const v = r[column];
      if ((v ?? null) === null) continue;
      if ((q ?? null) === null)
        fail("diary_entries", i, column, "only a quick add carries its own nutrients");
      if (!Number.isSafeInteger(v) || Number(v) < 0 || Number(v) > max)
        fail("diary_entries", i, column, `must be a whole number 0–${max}`);
    }
  },
  diary_days: (r, i) => {
    date("diary_days", i, r, "date");
    oneOf("diary_days", i, r, "complete", [0, 1]);
  },
  food_tag_overrides: (r, i) => {
    if (!tagsSchema.safeParse(json("food_tag_overrides", i, r, "tags")).success)
      fail("food_tag_overrides", i, "tags", `must be a JSON list of ${SERVING_TAGS.join(", ")}`);
  },
  treats: (r, i) => {
    api("treats", i, treatSchema.pick({ date: true, kcal: true }), { date: r.date, kcal: r.kcal });
    oneOf("treats", i, r, "planned", [0, 1]);
    api("treats", i, clientIdSchema, r.client_id, () => "client_id");
  },
};

/**
 * Checks every row of an export against the API's rules before anything is written, and that
 * no id appears twice. Throws InvalidInputError naming the first offending cell.
 */
export function checkImportRows(dump: UserExport, now: number): void {
  for (const [table, rows] of Object.entries(dump.tables)) {
    const seen = new Set<Cell>();
    rows.forEach((row, i) => {
      if ("id" in row) {
        if (seen.has(row.id ?? null)) fail(table, i, "id", "appears twice in the export");
        seen.add(row.id ?? null);
      }
      rules[table]?.(row, i, dump.tables, now);
    });
  }
}
