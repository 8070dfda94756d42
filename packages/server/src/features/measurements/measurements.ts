import { z } from "zod";
import { InvalidInputError } from "@leanback/core/errors";
import { centimetres, navyBodyFatFromCm, type NavyEstimate } from "@leanback/core/body/navy";
import {
  addBodyMeasurement,
  deleteBodyMeasurement,
  listBodyMeasurements,
  updateBodyMeasurement,
  type BodyMeasurement,
} from "@leanback/db/repos/body-measurements";
import { getProfile } from "@leanback/db/repos/profiles";
import { isoDate, requireNotFuture } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { clientIdSchema, noteSchema } from "../shared/schemas.js";
import { resolveRange, type RangeRule } from "../shared/bounded-range.js";

const girth = (name: string, min: number, max: number) =>
  z
    .int(`${name} must be whole millimetres`)
    .min(min, `${name} must be ${min}–${max} mm`)
    .max(max, `${name} must be ${min}–${max} mm`)
    .nullable()
    .optional();

const values = {
  waistMm: girth("waist", 400, 2500),
  neckMm: girth("neck", 200, 700),
  hipMm: girth("hip", 500, 2500),
  chestMm: girth("chest", 500, 2500),
  armMm: girth("arm", 150, 800),
  thighMm: girth("thigh", 250, 1200),
  bodyFatPct: z
    .number()
    .min(3, "body fat must be 3–60 %")
    .max(60, "body fat must be 3–60 %")
    .nullable()
    .optional(),
  note: noteSchema.nullable().optional(),
};
const VALUE_KEYS = ["waistMm", "neckMm", "hipMm", "chestMm", "armMm", "thighMm", "bodyFatPct"] as const;

export const measurementInputSchema = z
  .strictObject({ date: isoDate, clientId: clientIdSchema.optional(), ...values })
  .refine((m) => VALUE_KEYS.some((k) => m[k] !== undefined && m[k] !== null), {
    message: "give at least one measurement",
    path: ["waistMm"],
  });

export const measurementPatchSchema = z
  .strictObject({ date: isoDate.optional(), ...values })
  .refine((p) => Object.keys(p).length > 0, "give at least one field to change");

const navySchema = z.strictObject({
  bodyFatPct: z.number(),
  lowPct: z.number(),
  highPct: z.number(),
  standardErrorPct: z.number(),
});

export const measurementSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  waistMm: z.number().nullable(),
  neckMm: z.number().nullable(),
  hipMm: z.number().nullable(),
  chestMm: z.number().nullable(),
  armMm: z.number().nullable(),
  thighMm: z.number().nullable(),
  bodyFatPct: z.number().nullable(),
  note: z.string().nullable(),
  clientId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** US Navy tape estimate (Hodgdon & Beckett 1984), ± its 3.5 %BF standard error; null without the tape values. */
  navy: navySchema.nullable(),
  /** Why navy is null, when it is. */
  navyMissing: z.string().nullable(),
});
export type MeasurementView = z.output<typeof measurementSchema>;

interface Person {
  sex: "female" | "male";
  heightMm: number;
}

/** The Navy estimate for one tape session, or why there is none. */
export function navyFor(
  m: Pick<BodyMeasurement, "waistMm" | "neckMm" | "hipMm">,
  person: Person | undefined,
): { navy: z.output<typeof navySchema> | null; navyMissing: string | null } {
  if (person === undefined) return { navy: null, navyMissing: "no profile: height and sex are needed" };
  if (m.waistMm === null || m.neckMm === null) return { navy: null, navyMissing: "needs waist and neck" };
  if (person.sex === "female" && m.hipMm === null) return { navy: null, navyMissing: "needs hip for women" };
  let e: NavyEstimate;
  try {
    // Centimetre (density) form: storage is mm, so divide by 10; never feed cm to the inch form.
    e = navyBodyFatFromCm({
      sex: person.sex,
      height: centimetres(person.heightMm / 10),
      waist: centimetres(m.waistMm / 10),
      neck: centimetres(m.neckMm / 10),
      ...(m.hipMm !== null ? { hip: centimetres(m.hipMm / 10) } : {}),
    });
  } catch (err) {
    if (err instanceof InvalidInputError) return { navy: null, navyMissing: err.rule };
    throw err;
  }
  return {
    navy: {
      bodyFatPct: e.bodyFatPct,
      lowPct: e.lowPct,
      highPct: e.highPct,
      standardErrorPct: e.standardErrorPct,
    },
    navyMissing: null,
  };
}

function view(m: BodyMeasurement, person: Person | undefined): MeasurementView {
  return {
    id: m.id,
    date: m.date,
    waistMm: m.waistMm,
    neckMm: m.neckMm,
    hipMm: m.hipMm,
    chestMm: m.chestMm,
    armMm: m.armMm,
    thighMm: m.thighMm,
    bodyFatPct: m.bodyFatPct,
    note: m.note,
    clientId: m.clientId,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    ...navyFor(m, person),
  };
}

async function personOf(deps: UseCaseDeps, userId: string): Promise<Person | undefined> {
  const p = await getProfile(deps.db, userId);
  return p === undefined ? undefined : { sex: p.sex, heightMm: p.heightMm };
}

/** Adds a tape session; a clientId seen before returns the first stored row. */
export async function addMeasurement(
  deps: UseCaseDeps,
  userId: string,
  raw: unknown,
): Promise<MeasurementView> {
  const input = parseInput(measurementInputSchema, raw);
  requireNotFuture("date", input.date, deps.now());
  const saved = await addBodyMeasurement(
    deps.db,
    { userId, ...input, clientId: input.clientId ?? null },
    deps.now(),
  );
  return view(saved, await personOf(deps, userId));
}

/** Measurements lists answer at most 400 days of dates (a longer range is a 422); default the last 400. */
export const MEASUREMENT_RANGE: RangeRule = { maxDays: 400, defaultDays: 400 };

export async function listMeasurements(
  deps: UseCaseDeps,
  userId: string,
  query: { from?: string | undefined; to?: string | undefined } = {},
): Promise<MeasurementView[]> {
  const [rows, person] = await Promise.all([
    listBodyMeasurements(deps.db, userId, resolveRange(query, deps.now(), MEASUREMENT_RANGE)),
    personOf(deps, userId),
  ]);
  return rows.map((m) => view(m, person));
}

export async function editMeasurement(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<MeasurementView> {
  const patch = parseInput(measurementPatchSchema, raw);
  if (patch.date !== undefined) requireNotFuture("date", patch.date, deps.now());
  const saved = await updateBodyMeasurement(deps.db, userId, id, patch, deps.now());
  if (saved === undefined) throw new NotFoundError("measurement");
  return view(saved, await personOf(deps, userId));
}

export async function removeMeasurement(deps: UseCaseDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteBodyMeasurement(deps.db, userId, id))) throw new NotFoundError("measurement");
}
