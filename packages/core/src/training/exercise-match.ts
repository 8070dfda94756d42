import type { Catalogue } from "./catalogue.js";
import type { Equipment, Exercise } from "./exercise.js";

/** Prefix of an exercise id that names an exercise outside the catalogue (an imported one). */
export const CUSTOM_EXERCISE_PREFIX = "custom:";
const CUSTOM_NAME_MAX = 80;

/**
 * The id under which a workout log keeps an exercise the catalogue does not know, by its name
 * as the other app wrote it (whitespace collapsed, at most 80 characters).
 *
 * @example
 * customExerciseId("  Lateral Raise (Dumbbell) "); // → "custom:Lateral Raise (Dumbbell)"
 */
export function customExerciseId(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim().slice(0, CUSTOM_NAME_MAX).trim();
  return `${CUSTOM_EXERCISE_PREFIX}${clean}`;
}

/**
 * Whether an id is a well-formed custom exercise id (the prefix and a 1–80 character name
 * without control characters).
 *
 * @example
 * isCustomExerciseId("custom:Hip Thrust"); // → true
 * isCustomExerciseId("pullup"); // → false
 */
export function isCustomExerciseId(id: string): boolean {
  if (!id.startsWith(CUSTOM_EXERCISE_PREFIX)) return false;
  const name = id.slice(CUSTOM_EXERCISE_PREFIX.length);
  const control = [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  return name.length >= 1 && name.length <= CUSTOM_NAME_MAX && name.trim() === name && !control;
}

/**
 * The display name of an exercise id: the catalogue name, the custom name, or the id itself.
 *
 * @example
 * exerciseDisplayName(catalogue(), "custom:Hip Thrust"); // → "Hip Thrust"
 */
export function exerciseDisplayName(cat: Catalogue, id: string): string {
  if (cat.has(id)) return cat.byId(id).name;
  return id.startsWith(CUSTOM_EXERCISE_PREFIX) ? id.slice(CUSTOM_EXERCISE_PREFIX.length) : id;
}

// Hyphen-less spellings that other apps use for the same word ("Pull Up", "Pull-up", "Pullup").
const JOINED: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bpull ups?\b/g, "pullup"],
  [/\bchin ups?\b/g, "chinup"],
  [/\bpush ups?\b/g, "pushup"],
  [/\bpress ups?\b/g, "pushup"],
  [/\bstep ups?\b/g, "stepup"],
  [/\bsit ups?\b/g, "situp"],
  [/\bpull downs?\b/g, "pulldown"],
  [/\bdumb bells?\b/g, "dumbbell"],
];
const SYNONYMS: Readonly<Record<string, string>> = { db: "dumbbell", dumbbells: "dumbbell", bb: "barbell" };

/** Words whose trailing "s" is not a plural. */
const KEEP_S = new Set(["press", "cross", "ups", "abs", "glutes", "biceps", "triceps", "lats"]);

/**
 * The comparison key of an exercise name: lower case, accents and punctuation dropped, common
 * spellings joined ("pull up" → "pullup"), plurals singular, words sorted, so "Bent Over Row
 * (Dumbbell)" and "Bent-over dumbbell row" have one key.
 *
 * @example
 * exerciseNameKey("Bent Over Row (Dumbbell)"); // → "bent dumbbell over row"
 */
export function exerciseNameKey(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [re, to] of JOINED) s = s.replace(re, to);
  const words = s
    .split(" ")
    .filter((w) => w !== "")
    .map((w) => SYNONYMS[w] ?? w)
    .map((w) =>
      w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !KEEP_S.has(w) ? w.slice(0, -1) : w,
    );
  return [...new Set(words)].sort().join(" ");
}

/**
 * Names other apps (Strong, Hevy, MyFitnessPal) give to movements the catalogue has under another
 * name; keys are matched after exerciseNameKey, so spelling and word order do not matter.
 */
const OTHER_APP_NAMES: Readonly<Record<string, string>> = {
  "Lat Pulldown (Cable)": "lat-pulldown-wide",
  "Lat Pulldown (Machine)": "lat-pulldown-wide",
  "Lat Pulldown": "lat-pulldown-wide",
  "Wide Grip Lat Pulldown": "lat-pulldown-wide",
  "Seated Row (Cable)": "row-cable-seated",
  "Seated Cable Row - V Grip (Cable)": "row-cable-seated",
  "Dumbbell Row": "row-dumbbell-one-arm",
  "Single Arm Dumbbell Row": "row-dumbbell-one-arm",
  "Chest Supported Row (Dumbbell)": "row-dumbbell-one-arm",
  "Reverse Fly (Dumbbell)": "rear-delt-fly",
  "Rear Delt Reverse Fly (Dumbbell)": "rear-delt-fly",
  "Shoulder Press (Dumbbell)": "overhead-press-dumbbell",
  "Seated Overhead Press (Dumbbell)": "overhead-press-dumbbell",
  "Romanian Deadlift (Dumbbell)": "romanian-deadlift-dumbbell",
  "Deadlift (Dumbbell)": "deadlift-dumbbell",
  "Squat (Bodyweight)": "squat-bodyweight",
  "Air Squat": "squat-bodyweight",
  "Lunge (Dumbbell)": "lunge-dumbbell",
  "Walking Lunge (Dumbbell)": "lunge-dumbbell",
  "Reverse Lunge (Bodyweight)": "lunge-reverse",
  "Pull Up (Assisted)": "pullup-assisted-machine",
  "Assisted Pull Up": "pullup-assisted-machine",
  "Pull Up (Band)": "pullup-band-assisted",
  "Pull Up (Weighted)": "pullup-weighted",
  "Weighted Pull Up": "pullup-weighted",
  "Back Extension": "back-extension-bench",
  "Back Extension (Machine)": "back-extension-bench",
  Hyperextension: "back-extension-bench",
  "Push Up (Knees)": "pushup-knee",
  "Incline Push Ups": "pushup-incline",
  "Decline Push Up": "pushup-decline",
  "Farmers Walk": "farmer-carry",
  "Plank (Side)": "side-plank",
  "Running (Treadmill)": "treadmill-run",
  Treadmill: "treadmill-run",
  "Cycling (Indoor)": "cycling-stationary",
  "Cycling (Stationary)": "cycling-stationary",
  "Stationary Bike": "cycling-stationary",
  Spinning: "cycling-stationary",
  Cycling: "cycling-outdoor",
  "Cycling (Outdoor)": "cycling-outdoor",
  "Rowing (Machine)": "rowing-machine",
  "Rowing Machine": "rowing-machine",
  "Elliptical Trainer": "elliptical",
  "Elliptical Machine": "elliptical",
  "Stair Climber": "stair-machine",
  "Stair Stepper": "stair-machine",
  "Stair Machine": "stair-machine",
  Swimming: "swimming-laps",
  Walking: "brisk-walk",
  Jogging: "jogging",
  Running: "jogging",
  "Jump Rope": "jump-rope",
  Skipping: "jump-rope",
  Boxing: "heavy-bag",
  Aerobics: "fitness-class",
};

/** Equipment other apps put in brackets after a name ("Goblet Squat (Dumbbell)"), as ours. */
const BRACKET_EQUIPMENT: Readonly<Record<string, Equipment>> = {
  dumbbell: "dumbbells",
  band: "band",
  cable: "cable-machine",
  bodyweight: "none",
  machine: "cable-machine",
};

/** A name → exercise lookup over a catalogue. */
export interface ExerciseMatcher {
  /** The catalogue exercise a name denotes, or null when none does. */
  match(name: string): Exercise | null;
}

/**
 * Matches exercise names from other apps to the catalogue: by the name and aliases of each
 * entry and a table of other apps' names, compared by exerciseNameKey. A name with the
 * equipment in brackets matches only an entry with that equipment ("Goblet Squat (Dumbbell)" is
 * the goblet squat; "Bench Press (Barbell)" does not become the dumbbell bench press).
 *
 * @example
 * exerciseMatcher(catalogue()).match("Pull Up")?.id; // → "pullup"
 * exerciseMatcher(catalogue()).match("Bench Press (Barbell)"); // → null
 */
export function exerciseMatcher(cat: Catalogue): ExerciseMatcher {
  const byKey = new Map<string, Exercise>();
  const add = (name: string, e: Exercise) => {
    const k = exerciseNameKey(name);
    if (k !== "" && !byKey.has(k)) byKey.set(k, e);
  };
  for (const e of cat.all) add(e.name, e);
  for (const [name, id] of Object.entries(OTHER_APP_NAMES)) if (cat.has(id)) add(name, cat.byId(id));
  for (const e of cat.all) for (const a of e.aliases) add(a, e);
  return {
    match(name) {
      const k = exerciseNameKey(name);
      if (k === "") return null;
      const direct = byKey.get(k);
      if (direct !== undefined) return direct;
      // "Goblet Squat (Dumbbell)": the bracket may name the entry's own equipment.
      const m = /^(.*)\(([^()]*)\)\s*$/.exec(name.trim());
      const equipment = m ? BRACKET_EQUIPMENT[exerciseNameKey(m[2] ?? "")] : undefined;
      if (!m || equipment === undefined) return null;
      const e = byKey.get(exerciseNameKey(m[1] ?? ""));
      return e !== undefined && e.equipment.includes(equipment) ? e : null;
    },
  };
}
