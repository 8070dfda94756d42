import { InvalidInputError } from "../errors.js";
import { effectiveLoadKg, type PerformedSession } from "./workout-log.js";

/**
 * Personal records from the log: estimated one-repetition maximum for loaded lifts, most reps
 * for body-weight moves, least assistance for assisted ones.
 */

/** Rep-based 1RM equations are tested on sets of ≤ 10 reps to failure (LeSuer DA et al. 1997, J Strength Cond Res 11:211–213). */
export const EPLEY_MAX_REPS = 10;

/**
 * Estimated one-repetition maximum: 1RM = w · (1 + reps/30) (Epley B 1985, Poundage Chart,
 * Boyd Epley Workout). A single is its own 1RM. Valid for 1–10 reps to failure; throws beyond.
 *
 * @example
 * epleyOneRepMaxKg(100, 10); // → 133.33…
 */
export function epleyOneRepMaxKg(loadKg: number, reps: number): number {
  if (!Number.isFinite(loadKg) || loadKg <= 0)
    throw new InvalidInputError("loadKg", "load must be above 0 kg");
  if (!Number.isInteger(reps) || reps < 1 || reps > EPLEY_MAX_REPS) {
    throw new InvalidInputError("reps", `Epley estimates are valid for 1–${EPLEY_MAX_REPS} reps`);
  }
  return reps === 1 ? loadKg : loadKg * (1 + reps / 30);
}

interface RecordBase {
  readonly exerciseId: string;
  readonly sessionId: string;
  readonly date: string;
}

export type PersonalRecord =
  | (RecordBase & {
      readonly kind: "e1rm";
      /** Estimated 1RM of the effective load (external, or body weight + added). */
      readonly kg: number;
      readonly fromSet: { readonly loadKg: number; readonly reps: number };
    })
  | (RecordBase & { readonly kind: "max-reps"; readonly reps: number })
  | (RecordBase & { readonly kind: "min-assist"; readonly assistKg: number; readonly reps: number });

type Candidate = { key: string; better: (old: PersonalRecord) => boolean; record: PersonalRecord };

function candidates(session: PerformedSession): Candidate[] {
  const out: Candidate[] = [];
  const base = (exerciseId: string) => ({ exerciseId, sessionId: session.id, date: session.date });
  for (const e of session.entries) {
    if (e.kind !== "strength") continue;
    for (const s of e.sets) {
      if (s.reps < 1) continue;
      const load = s.load;
      if (load.kind === "bodyweight") {
        const record: PersonalRecord = { ...base(e.exerciseId), kind: "max-reps", reps: s.reps };
        out.push({
          key: `${e.exerciseId}:max-reps`,
          record,
          better: (o) => o.kind === "max-reps" && s.reps > o.reps,
        });
      } else if (load.kind === "assisted") {
        const record: PersonalRecord = {
          ...base(e.exerciseId),
          kind: "min-assist",
          assistKg: load.assistKg,
          reps: s.reps,
        };
        out.push({
          key: `${e.exerciseId}:min-assist`,
          record,
          better: (o) =>
            o.kind === "min-assist" &&
            (load.assistKg < o.assistKg || (load.assistKg === o.assistKg && s.reps > o.reps)),
        });
      } else if (s.reps <= EPLEY_MAX_REPS) {
        // Sets above 10 reps are outside Epley's range: they set no 1RM record.
        const loadKg = effectiveLoadKg(load, session.bodyWeightKg);
        if (loadKg <= 0) continue;
        const kg = epleyOneRepMaxKg(loadKg, s.reps);
        const record: PersonalRecord = {
          ...base(e.exerciseId),
          kind: "e1rm",
          kg,
          fromSet: { loadKg, reps: s.reps },
        };
        out.push({ key: `${e.exerciseId}:e1rm`, record, better: (o) => o.kind === "e1rm" && kg > o.kg });
      }
    }
  }
  return out;
}

/**
 * The best record of each kind per exercise over the sessions (ties keep the earliest).
 * Sessions are taken in date order.
 *
 * @example
 * personalRecords(log).find((r) => r.exerciseId === "pullup-assisted-machine"); // → { kind: "min-assist", assistKg: 20, … }
 */
export function personalRecords(sessions: readonly PerformedSession[]): PersonalRecord[] {
  const best = new Map<string, PersonalRecord>();
  const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const session of ordered) {
    for (const c of candidates(session)) {
      const old = best.get(c.key);
      if (!old || c.better(old)) best.set(c.key, c.record);
    }
  }
  return [...best.values()];
}

/**
 * Records that `session` sets against the earlier history (for a "new record" message).
 *
 * @example
 * newRecords(history, today).map((r) => r.kind); // → ["e1rm"]
 */
export function newRecords(
  history: readonly PerformedSession[],
  session: PerformedSession,
): PersonalRecord[] {
  const before = new Map(personalRecords(history).map((r) => [`${r.exerciseId}:${r.kind}`, r]));
  const mine = new Map<string, PersonalRecord>();
  for (const c of candidates(session)) {
    const old = mine.get(c.key) ?? before.get(c.key);
    if (!old || c.better(old)) mine.set(c.key, c.record);
  }
  return [...mine.values()];
}
