import { z } from "zod";

/** Equipment a person may own or reach; "none" means bodyweight only. */
export const EQUIPMENT = [
  "none",
  "dumbbells",
  "pullup-bar",
  "cable-machine",
  "assisted-pullup-machine",
  "bench",
  "band",
  "rower",
  "heavy-bag",
  "speed-bag",
  "jump-rope",
  "pool",
  "bike",
  "stair-machine",
  "battle-rope",
  "treadmill",
  "elliptical",
] as const;
export const equipmentSchema = z.enum(EQUIPMENT);
export type Equipment = z.infer<typeof equipmentSchema>;

export const EXERCISE_KINDS = ["strength", "cardio", "interval", "mobility", "posture"] as const;
export const exerciseKindSchema = z.enum(EXERCISE_KINDS);
export type ExerciseKind = z.infer<typeof exerciseKindSchema>;

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

export const LOAD_TYPES = ["external", "bodyweight", "assisted", "band", "none"] as const;
export const loadTypeSchema = z.enum(LOAD_TYPES);
export type LoadType = z.infer<typeof loadTypeSchema>;

export const MUSCLES = [
  "lats",
  "upper-back",
  "traps",
  "rear-delts",
  "lower-back",
  "chest",
  "front-delts",
  "side-delts",
  "triceps",
  "biceps",
  "forearms",
  "abs",
  "obliques",
  "glutes",
  "quads",
  "hamstrings",
  "calves",
  "hip-flexors",
  "neck",
  "heart",
] as const;
export const muscleSchema = z.enum(MUSCLES);
export type Muscle = z.infer<typeof muscleSchema>;

/**
 * Movement pattern: what the generator fills a session slot with. Pulls and back extensions
 * carry the back focus (PRODUCT.md §1), the rest give the whole-body coverage (§0).
 */
export const PATTERNS = [
  "vertical-pull",
  "horizontal-pull",
  "rear-delt",
  "back-extension",
  "hip-extension",
  "hinge",
  "squat",
  "lunge",
  "horizontal-push",
  "vertical-push",
  "carry",
  "core",
  "posture",
  "mobility",
  "cardio",
  "interval",
] as const;
export const patternSchema = z.enum(PATTERNS);
export type Pattern = z.infer<typeof patternSchema>;

/**
 * Cardio modalities a person can prefer, in the order of PRODUCT.md §2 (back-friendly first):
 * the order plans offer them in when the person states no preference.
 */
export const PREFERABLE_MODALITIES = [
  "rowing",
  "boxing",
  "swimming",
  "battle-ropes",
  "stairs",
  "running",
  "elliptical",
  "cycling",
  "jump-rope",
  "fitness-class",
] as const;

/** Cardio modalities a person can prefer (PRODUCT.md §2), plus walking and bodyweight HIIT. */
export const MODALITIES = [...PREFERABLE_MODALITIES, "walking", "bodyweight"] as const;
export const modalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof modalitySchema>;

/** PRODUCT.md §2: the modalities that spare or train the back come first. */
export const BACK_FRIENDLY_MODALITIES: readonly Modality[] = [
  "rowing",
  "boxing",
  "swimming",
  "battle-ropes",
  "stairs",
];

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id must be kebab-case");

/** A catalogue entry's default dosage: sets × a rep range, or sets × seconds (holds, cardio). */
export const catalogueDosageSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("reps"),
      sets: z.int().min(1).max(6),
      repsMin: z.int().min(1).max(50),
      repsMax: z.int().min(1).max(50),
      perSide: z.boolean(),
    })
    .refine((d) => d.repsMin <= d.repsMax, "repsMin must not exceed repsMax"),
  z.object({
    type: z.literal("time"),
    sets: z.int().min(1).max(10),
    seconds: z.int().min(5).max(7200),
    perSide: z.boolean(),
  }),
]);
export type CatalogueDosage = z.infer<typeof catalogueDosageSchema>;

/** One exercise of data/exercises.json. Text is our own wording. */
export const exerciseSchema = z
  .object({
    id: kebab,
    name: z.string().min(2).max(60),
    aliases: z.array(z.string().min(2)).readonly(),
    kind: exerciseKindSchema,
    pattern: patternSchema,
    modality: modalitySchema.optional(),
    primaryMuscles: z.array(muscleSchema).min(1).readonly(),
    secondaryMuscles: z.array(muscleSchema).readonly(),
    equipment: z.array(equipmentSchema).min(1).readonly(),
    level: levelSchema,
    loadType: loadTypeSchema,
    unilateral: z.boolean(),
    jumping: z.boolean(),
    cues: z.array(z.string().min(3).max(120)).min(3).max(6).readonly(),
    mistakes: z.array(z.string().min(3).max(120)).min(1).max(5).readonly(),
    dosage: catalogueDosageSchema,
    /** 2024 Adult Compendium of Physical Activities code and MET (Herrmann 2024, J Sport Health Sci 13:6). */
    met: z.object({ code: z.string().regex(/^\d{5}$/), value: z.number().min(1).max(20) }),
    variation: z.object({
      group: kebab,
      regressions: z.array(kebab).readonly(),
      progressions: z.array(kebab).readonly(),
    }),
  })
  .refine((e) => (e.kind === "cardio" || e.kind === "interval") === (e.modality !== undefined), {
    message: "cardio and interval entries name a modality; others do not",
    path: ["modality"],
  })
  .refine((e) => !(e.equipment.includes("none") && e.equipment.length > 1), {
    message: '"none" cannot be combined with other equipment',
    path: ["equipment"],
  });
export type Exercise = z.infer<typeof exerciseSchema>;

/** Body regions a week must cover (PRODUCT.md §0 whole body, §1 upper and lower back). */
export const REGIONS = ["upper-back", "lower-back", "legs", "push", "core"] as const;
export type Region = (typeof REGIONS)[number];

const REGION_MUSCLES: Readonly<Record<Region, readonly Muscle[]>> = {
  "upper-back": ["lats", "upper-back", "traps", "rear-delts"],
  "lower-back": ["lower-back"],
  legs: ["quads", "glutes", "hamstrings"],
  push: ["chest", "front-delts", "triceps"],
  core: ["abs", "obliques"],
};

/**
 * Regions an exercise trains, from its primary muscles only (secondary work does not count as
 * "training" a region).
 *
 * @example
 * regionsOf({ primaryMuscles: ["lats", "biceps"] }); // → ["upper-back"]
 */
export function regionsOf(exercise: Pick<Exercise, "primaryMuscles">): readonly Region[] {
  return REGIONS.filter((r) => REGION_MUSCLES[r].some((m) => exercise.primaryMuscles.includes(m)));
}
