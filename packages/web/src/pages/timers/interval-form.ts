import { customIntervalSchema, type CustomInterval } from "@leanback/core/training/custom-interval";

/**
 * The interval builder's fields as typed ("45", "1:30") and back. Durations accept seconds or
 * m:ss; the rules are core's (customIntervalSchema), so the form and the API agree.
 */

export interface IntervalFields {
  readonly name: string;
  readonly work: string;
  readonly rest: string;
  readonly rounds: string;
  readonly warmup: string;
  readonly cooldown: string;
}

export type FieldName = keyof IntervalFields;

/** The stored interval as form text (m:ss from a minute up). */
export function fieldsOf(c: CustomInterval): IntervalFields {
  return {
    name: c.name,
    work: durationText(c.workSeconds),
    rest: durationText(c.restSeconds),
    rounds: String(c.rounds),
    warmup: durationText(c.warmupSeconds),
    cooldown: durationText(c.cooldownSeconds),
  };
}

export const EMPTY_FIELDS: IntervalFields = {
  name: "",
  work: "30",
  rest: "30",
  rounds: "8",
  warmup: "5:00",
  cooldown: "3:00",
};

/** 90 → "1:30", 45 → "45", 0 → "0". */
export function durationText(s: number): string {
  return s < 60 ? String(s) : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * Seconds from "45", "1:30" or "" (0); NaN when it is neither.
 *
 * @example parseDuration("1:30") // 90
 */
export function parseDuration(text: string): number {
  const t = text.trim();
  if (t === "") return 0;
  const m = /^(\d{1,3}):([0-5]\d)$/.exec(t);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  return /^\d{1,5}$/.test(t) ? Number(t) : Number.NaN;
}

const FIELD_OF: Readonly<Record<string, FieldName>> = {
  name: "name",
  workSeconds: "work",
  restSeconds: "rest",
  rounds: "rounds",
  warmupSeconds: "warmup",
  cooldownSeconds: "cooldown",
};

const MESSAGE: Readonly<Record<FieldName, string>> = {
  name: "Give the timer a name (1–60 characters).",
  work: "Work must be 5 s to 60:00 (seconds or m:ss).",
  rest: "Rest must be 0 to 60:00 (seconds or m:ss).",
  rounds: "Rounds must be a whole number from 1 to 100.",
  warmup: "Warm-up must be 0 to 60:00 (seconds or m:ss).",
  cooldown: "Cool-down must be 0 to 60:00 (seconds or m:ss).",
};

/**
 * The interval the fields describe, or the first field that is wrong and why.
 *
 * @example intervalOf({ ...EMPTY_FIELDS, name: "Tabata", work: "20", rest: "10" }).ok // true
 */
export function intervalOf(
  f: IntervalFields,
): { ok: true; value: CustomInterval } | { ok: false; field: FieldName; message: string } {
  const rounds = f.rounds.trim();
  const r = customIntervalSchema.safeParse({
    name: f.name,
    workSeconds: parseDuration(f.work),
    restSeconds: parseDuration(f.rest),
    rounds: /^\d{1,4}$/.test(rounds) ? Number(rounds) : Number.NaN,
    warmupSeconds: parseDuration(f.warmup),
    cooldownSeconds: parseDuration(f.cooldown),
  });
  if (r.success) return { ok: true, value: r.data };
  const field = FIELD_OF[String(r.error.issues[0]?.path[0] ?? "name")] ?? "name";
  return { ok: false, field, message: MESSAGE[field] };
}
