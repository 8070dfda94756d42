import { z } from "zod";
import raw from "../../../../data/exercises.json" with { type: "json" };
import { InvalidInputError } from "../errors.js";
import {
  exerciseSchema,
  type Equipment,
  type Exercise,
  type ExerciseKind,
  type Pattern,
} from "./exercise.js";

/** A validated, read-only exercise catalogue with lookups. */
export interface Catalogue {
  readonly all: readonly Exercise[];
  byId(id: string): Exercise;
  has(id: string): boolean;
  byGroup(group: string): readonly Exercise[];
  byKind(kind: ExerciseKind): readonly Exercise[];
  byPattern(pattern: Pattern): readonly Exercise[];
  /** Exercises whose every equipment item is in `owned` ("none" is always owned). */
  usableWith(owned: readonly Equipment[]): readonly Exercise[];
}

/**
 * Validates raw catalogue data (schema, unique ids, every regression/progression id exists) and
 * builds the lookups. Throws InvalidInputError naming the first broken entry.
 *
 * @example
 * const cat = buildCatalogue(rawJson);
 * cat.byId("pullup").variation.regressions; // → ["chinup"]
 */
export function buildCatalogue(data: unknown): Catalogue {
  const parsed = z.array(exerciseSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(
      "exercises",
      `catalogue entry invalid at ${issue?.path.join(".")}: ${issue?.message}`,
    );
  }
  const all = parsed.data;
  const index = new Map<string, Exercise>();
  for (const e of all) {
    if (index.has(e.id)) throw new InvalidInputError("exercises", `duplicate exercise id "${e.id}"`);
    index.set(e.id, e);
  }
  for (const e of all) {
    for (const ref of [...e.variation.regressions, ...e.variation.progressions]) {
      if (!index.has(ref))
        throw new InvalidInputError("exercises", `"${e.id}" refers to unknown exercise "${ref}"`);
      if (ref === e.id) throw new InvalidInputError("exercises", `"${e.id}" lists itself as a variation`);
    }
  }
  const filter = (f: (e: Exercise) => boolean): readonly Exercise[] => all.filter(f);
  return {
    all,
    byId(id) {
      const e = index.get(id);
      if (!e) throw new InvalidInputError("exerciseId", `unknown exercise "${id}"`);
      return e;
    },
    has: (id) => index.has(id),
    byGroup: (group) => filter((e) => e.variation.group === group),
    byKind: (kind) => filter((e) => e.kind === kind),
    byPattern: (pattern) => filter((e) => e.pattern === pattern),
    usableWith: (owned) => filter((e) => e.equipment.every((q) => q === "none" || owned.includes(q))),
  };
}

let cached: Catalogue | undefined;

/**
 * The bundled catalogue (data/exercises.json), validated once on first use.
 *
 * @example
 * catalogue().byId("renegade-row").equipment; // → ["dumbbells"]
 */
export function catalogue(): Catalogue {
  cached ??= buildCatalogue(raw);
  return cached;
}
