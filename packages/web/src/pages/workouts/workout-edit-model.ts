import { kgToLb, lbToKg } from "@leanback/core/units/convert";
import type { LoadType } from "@leanback/core/training/exercise";
import type { UnitSystem } from "../../api/types.js";
import { SetFieldError, setFromForm } from "../../api/workout-log.js";

/**
 * The edit form of a saved workout: stored sets and bouts as editable text fields (weights in the
 * person's unit), and back to the PATCH body in canonical units (kg, seconds), with the same
 * field rules the player applies when a set is first logged (setFromForm).
 */

export interface StoredWorkout {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly notes: string | null;
  readonly plannedRef: string | null;
  readonly sets: readonly {
    readonly exerciseId: string;
    readonly reps: number | null;
    readonly loadKg: number | null;
    readonly loadType: LoadType;
    readonly assistanceKg: number | null;
    readonly rpe: number | null;
    readonly durationS: number | null;
  }[];
  readonly cardio: readonly {
    readonly modality: string;
    readonly durationS: number;
    readonly distanceM: number | null;
    readonly avgHr: number | null;
    readonly metCode: string | null;
  }[];
}

export interface SetRow {
  readonly exerciseId: string;
  readonly loadType: LoadType;
  readonly rpe: number | null;
  readonly reps: string;
  readonly seconds: string;
  /** The load (external, added) or the assistance, in the person's unit; "" when none. */
  readonly weight: string;
  /** The stored kg and how it was shown: an unchanged field keeps the exact stored kg. */
  readonly stored: { readonly kg: number | null; readonly weight: string };
}

export interface CardioRow {
  readonly modality: string;
  readonly minutes: string;
  readonly distanceM: number | null;
  readonly avgHr: number | null;
  readonly metCode: string | null;
}

export interface EditForm {
  readonly title: string;
  readonly notes: string;
  readonly sets: readonly SetRow[];
  readonly cardio: readonly CardioRow[];
}

/** Whether a set of this load type has a weight field. */
export const hasWeight = (t: LoadType): boolean => t === "external" || t === "bodyweight" || t === "assisted";

const shown = (kg: number, units: UnitSystem) =>
  String(Math.round((units === "imperial" ? kgToLb(kg) : kg) * 100) / 100);

/** The form for a stored workout. */
export function formOf(w: StoredWorkout, units: UnitSystem): EditForm {
  return {
    title: w.title,
    notes: w.notes ?? "",
    sets: w.sets.map((s) => {
      const kg = s.loadType === "assisted" ? s.assistanceKg : s.loadKg;
      const weight = kg === null || !hasWeight(s.loadType) ? "" : shown(kg, units);
      return {
        exerciseId: s.exerciseId,
        loadType: s.loadType,
        rpe: s.rpe,
        reps: s.reps === null ? "" : String(s.reps),
        seconds: s.durationS === null ? "" : String(s.durationS),
        weight,
        stored: { kg, weight },
      };
    }),
    cardio: w.cardio.map((c) => ({
      modality: c.modality,
      minutes: String(Math.round((c.durationS / 60) * 10) / 10),
      distanceM: c.distanceM,
      avgHr: c.avgHr,
      metCode: c.metCode,
    })),
  };
}

/** A field the form cannot be saved with: which row (sets or cardio), which field, why. */
export class RowError extends Error {
  constructor(
    readonly list: "sets" | "cardio" | "title",
    readonly index: number,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "RowError";
  }
}

/**
 * The PATCH body for the edited form. Throws RowError naming the row and field.
 *
 * @example patchBodyOf({ title: "Back", notes: "", sets: [row], cardio: [] }, "metric").sets[0].loadKg // 10
 */
export function patchBodyOf(f: EditForm, units: UnitSystem) {
  const title = f.title.trim();
  if (title === "" || title.length > 120)
    throw new RowError("title", 0, "title", "The title must be 1–120 characters.");
  const sets = f.sets.map((r, i) => {
    const raw = r.weight.trim().replace(",", ".");
    const kg =
      r.weight === r.stored.weight && r.stored.kg !== null
        ? String(r.stored.kg)
        : raw === "" || units === "metric"
          ? raw
          : String(lbToKg(Number(raw)));
    try {
      const s = setFromForm(r.exerciseId, r.loadType, {
        reps: r.reps,
        seconds: r.seconds,
        kg: hasWeight(r.loadType) ? kg : "",
      });
      return {
        exerciseId: s.exerciseId,
        loadType: s.loadType,
        reps: s.reps,
        durationS: s.durationS,
        loadKg: s.loadKg,
        assistanceKg: s.assistanceKg,
        rpe: r.rpe,
      };
    } catch (e) {
      if (e instanceof SetFieldError) throw new RowError("sets", i, e.field, e.message);
      throw e;
    }
  });
  const cardio = f.cardio.map((c, i) => {
    const min = Number(c.minutes.trim().replace(",", "."));
    if (c.minutes.trim() === "" || !Number.isFinite(min) || min < 1 || min > 1440)
      throw new RowError("cardio", i, "minutes", "Minutes must be 1–1440.");
    return {
      modality: c.modality,
      durationS: Math.round(min * 60),
      distanceM: c.distanceM,
      avgHr: c.avgHr,
      metCode: c.metCode,
    };
  });
  if (sets.length + cardio.length === 0)
    throw new RowError("sets", 0, "reps", "Keep at least one set or bout, or delete the workout.");
  return { title, notes: f.notes.trim() === "" ? null : f.notes.trim(), sets, cardio };
}
