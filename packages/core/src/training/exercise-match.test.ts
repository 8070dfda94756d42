import { describe, expect, it } from "vitest";
import { catalogue } from "./catalogue.js";
import {
  customExerciseId,
  exerciseDisplayName,
  exerciseMatcher,
  exerciseNameKey,
  isCustomExerciseId,
} from "./exercise-match.js";

describe("exercise names from other apps", () => {
  const m = exerciseMatcher(catalogue());

  it("matches Strong/Hevy spellings to catalogue entries regardless of hyphens, order and brackets", () => {
    expect(m.match("Pull Up")?.id).toBe("pullup");
    expect(m.match("Chin Up")?.id).toBe("chinup");
    expect(m.match("Push Up")?.id).toBe("pushup");
    expect(m.match("Bent Over Row (Dumbbell)")?.id).toBe("row-dumbbell-bent-over");
    expect(m.match("Seated Row (Cable)")?.id).toBe("row-cable-seated");
    expect(m.match("Lat Pulldown (Cable)")?.id).toBe("lat-pulldown-wide");
    expect(m.match("Romanian Deadlift (Dumbbell)")?.id).toBe("romanian-deadlift-dumbbell");
    expect(m.match("Face Pull (Cable)")?.id).toBe("face-pull");
    expect(m.match("Rowing (Machine)")?.id).toBe("rowing-machine");
    expect(m.match("Running (Treadmill)")?.id).toBe("treadmill-run");
    expect(m.match("Farmer's Walk")?.id).toBe("farmer-carry");
    expect(m.match("  GLUTE   bridges ")?.id).toBe("glute-bridge");
    expect(m.match("Goblet Squat (Dumbbell)")?.id).toBe("goblet-squat");
    expect(m.match("Plank (Bodyweight)")?.id).toBe("plank");
  });

  it("does not turn a barbell lift into the dumbbell one, nor guess at unknown names", () => {
    expect(m.match("Bench Press (Barbell)")).toBeNull();
    expect(m.match("Deadlift (Barbell)")).toBeNull();
    expect(m.match("Goblet Squat (Kettlebell)")).toBeNull();
    expect(m.match("Goblet Squat (Band)")).toBeNull();
    expect(m.match("Lateral Raise (Dumbbell)")).toBeNull();
    expect(m.match("")).toBeNull();
    expect(m.match("!!!")).toBeNull();
  });

  it("keys ignore case, punctuation, word order and plural s, but keep 'press'", () => {
    expect(exerciseNameKey("Bent Over Row (Dumbbell)")).toBe(exerciseNameKey("bent-over dumbbell rows"));
    expect(exerciseNameKey("Bench Press")).toBe("bench press");
  });

  it("custom ids keep the name, collapse whitespace, cap at 80 characters and validate", () => {
    expect(customExerciseId("  Lateral  Raise (Dumbbell) ")).toBe("custom:Lateral Raise (Dumbbell)");
    expect(customExerciseId("x".repeat(200))).toBe(`custom:${"x".repeat(80)}`);
    expect(isCustomExerciseId("custom:Hip Thrust")).toBe(true);
    expect(isCustomExerciseId("custom:")).toBe(false);
    expect(isCustomExerciseId("custom: padded")).toBe(false);
    expect(isCustomExerciseId("custom:a\u0007b")).toBe(false);
    expect(isCustomExerciseId(`custom:${"x".repeat(81)}`)).toBe(false);
    expect(isCustomExerciseId("pullup")).toBe(false);
    expect(exerciseDisplayName(catalogue(), "custom:Hip Thrust")).toBe("Hip Thrust");
    expect(exerciseDisplayName(catalogue(), "pullup")).toBe("Pull-up");
  });
});
