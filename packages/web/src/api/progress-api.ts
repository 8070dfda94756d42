// Shapes of the API answers the progress and check-in screens read, mirrored from the server's
// zod schemas (features/energy/*, measurements/measurements.ts, workouts/workout-schema.ts);
// /api/openapi.json is the reference.
import { addDays } from "@leanback/core/trend/iso-day";
import { api } from "./client.js";
import type { Forecast, WeighIn } from "./types.js";

export interface Targets {
  readonly date: string;
  readonly weightKg: number;
  readonly pal: number;
  readonly targetKcal: number;
  readonly formulaKcal: number;
  readonly source: string;
}

export interface Expenditure {
  readonly from: string;
  readonly to: string;
  readonly expenditureKcal: number;
  /** The 80 % interval (absent on check-ins stored before it existed). */
  readonly low80Kcal?: number;
  readonly high80Kcal?: number;
  readonly adaptiveKcal: number | null;
  readonly formulaKcal: number;
  readonly daysUsed: number;
  readonly confidence: "low" | "medium" | "high";
  readonly trendKgPerWeek: number | null;
  readonly intakeData: "complete-days" | "incomplete-only" | "none";
  readonly note: string;
}

export interface CheckIn {
  readonly id: string;
  readonly weekStart: string;
  readonly expenditureKcal: number | null;
  readonly targetKcal: number;
  readonly proposedKcal: number;
  readonly accepted: boolean | null;
  readonly explanation: string | null;
  readonly expenditure: Expenditure | null;
  readonly createdAt: number;
}

export interface Measurement {
  readonly id: string;
  readonly date: string;
  readonly waistMm: number | null;
  readonly neckMm: number | null;
  readonly hipMm: number | null;
  readonly chestMm: number | null;
  readonly armMm: number | null;
  readonly thighMm: number | null;
  readonly bodyFatPct: number | null;
  readonly navy: { readonly bodyFatPct: number; readonly lowPct: number; readonly highPct: number } | null;
  readonly navyMissing: string | null;
}

export interface WorkoutSet {
  readonly exerciseId: string;
  readonly setIndex: number;
  readonly reps: number | null;
  readonly loadKg: number | null;
  readonly loadType: "external" | "bodyweight" | "assisted" | "band" | "none";
  readonly assistanceKg: number | null;
  readonly durationS: number | null;
}

export interface Workout {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly sets: readonly WorkoutSet[];
  readonly cardio: readonly { readonly modality: string; readonly durationS: number }[];
}

export interface PersonalRecordView {
  readonly exerciseId: string;
  readonly kind: "e1rm" | "max-reps" | "min-assist";
  readonly date: string;
  readonly kg: number | null;
  readonly reps: number | null;
  readonly assistKg: number | null;
}

/** A calendar-date range, both ends included. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Days of weigh-ins and measurements Progress draws: the most one request may ask for. */
export const CHART_DAYS = 400;

/** The last CHART_DAYS days up to `today`. */
export function chartRange(today: string): DateRange {
  return { from: addDays(today, -(CHART_DAYS - 1)), to: today };
}

/** The Progress API of `subject` ("me", or a client's id for their trainer, who may only read). */
export function progressApiFor(subject: string) {
  const me = `/api/users/${encodeURIComponent(subject)}`;
  return {
    /** Weigh-ins in a date range (the server answers at most 400 days; its default is the last 400). */
    weighIns: (signal: AbortSignal, range?: DateRange) =>
      api.get<{ weighIns: WeighIn[] }>(`${me}/weigh-ins`, {
        signal,
        ...(range ? { query: { ...range } } : {}),
      }),
    logWeighIn: (body: { date: string; weightKg: number; note?: string | null }) =>
      api.post<WeighIn>(`${me}/weigh-ins`, body),
    editWeighIn: (id: string, body: { date?: string; weightKg?: number }) =>
      api.patch<WeighIn>(`${me}/weigh-ins/${encodeURIComponent(id)}`, body),
    deleteWeighIn: (id: string) => api.del(`${me}/weigh-ins/${encodeURIComponent(id)}`),
    targets: (signal: AbortSignal) => api.get<Targets>(`${me}/targets`, { signal }),
    expenditure: (signal: AbortSignal) => api.get<Expenditure>(`${me}/expenditure`, { signal }),
    /** A 4-week forecast: its basis (measured or formula) and its track record are what Progress shows. */
    forecast: (signal: AbortSignal) => api.get<Forecast>(`${me}/forecast`, { signal, query: { days: 28 } }),
    checkIns: (signal?: AbortSignal) =>
      api.get<{ checkIns: CheckIn[] }>(`${me}/check-ins`, signal ? { signal } : {}),
    runCheckIn: () => api.post<CheckIn>(`${me}/check-ins`),
    decide: (weekStart: string, accept: boolean) =>
      api.post<CheckIn>(`${me}/check-ins/${encodeURIComponent(weekStart)}/decision`, { accept }),
    /** Measurements in a date range (at most 400 days; the server's default is the last 400). */
    measurements: (signal: AbortSignal, range?: DateRange) =>
      api.get<{ measurements: Measurement[] }>(`${me}/measurements`, {
        signal,
        ...(range ? { query: { ...range } } : {}),
      }),
    addMeasurement: (body: Record<string, number | string>) =>
      api.post<Measurement>(`${me}/measurements`, body),
    workouts: (from: string, signal: AbortSignal) =>
      api.get<{ workouts: Workout[] }>(`${me}/workouts`, { signal, query: { from } }),
    records: (signal: AbortSignal) =>
      api.get<{ records: PersonalRecordView[] }>(`${me}/workouts/records`, { signal }),
  };
}

export const progressApi = progressApiFor("me");
