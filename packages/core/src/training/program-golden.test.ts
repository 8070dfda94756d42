import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { auditPlan } from "./program-audit.js";
import { generateProgram } from "./program-generator.js";
import type { ProgramInputRaw } from "./program-input.js";
import { renderPlan } from "./program-render.js";

// Golden plans: each profile's rendered plan is compared byte for byte with golden/<name>.txt.
// After an intended change, regenerate with
//   UPDATE_GOLDEN=1 npx vitest run packages/core/src/training/program-golden.test.ts
// and read the diff as a reviewer would before committing it.
const here = dirname(fileURLToPath(import.meta.url));

const PROFILES: Readonly<Record<string, ProgramInputRaw>> = {
  "home-no-equipment": {
    level: "beginner",
    equipment: [],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 40,
    weeks: 4,
    seed: "golden",
  },
  "home-dumbbells-pullup-bar": {
    level: "beginner",
    equipment: ["dumbbells", "pullup-bar"],
    days: ["mon", "wed", "fri", "sat"],
    minutes: 45,
    weeks: 12,
    exclude: ["no-jumping"],
    seed: "golden",
  },
  "full-gym": {
    level: "intermediate",
    equipment: [
      "dumbbells",
      "pullup-bar",
      "cable-machine",
      "assisted-pullup-machine",
      "bench",
      "band",
      "rower",
      "treadmill",
      "elliptical",
      "bike",
      "stair-machine",
      "heavy-bag",
    ],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 75,
    weeks: 8,
    pullups: 3,
    seed: "golden",
  },
  "two-days": {
    level: "intermediate",
    equipment: ["dumbbells", "band"],
    days: ["tue", "sat"],
    minutes: 60,
    weeks: 4,
    cardio: ["running"],
    seed: "golden",
  },
  "six-days": {
    level: "intermediate",
    equipment: ["dumbbells", "pullup-bar", "bench", "jump-rope"],
    days: ["mon", "tue", "wed", "thu", "fri", "sat"],
    minutes: 60,
    weeks: 8,
    cardio: ["jump-rope", "running", "stairs"],
    seed: "golden",
  },
  "beginner-cannot-hang": {
    level: "beginner",
    equipment: ["pullup-bar", "band"],
    days: ["mon", "wed", "fri"],
    minutes: 45,
    weeks: 6,
    pullups: 0,
    canHang: false,
    seed: "golden",
  },
  "intermediate-weighted-pullups": {
    level: "intermediate",
    equipment: ["dumbbells", "pullup-bar", "bench"],
    days: ["mon", "wed", "fri", "sun"],
    minutes: 60,
    weeks: 8,
    pullups: 12,
    cardio: ["cycling", "running"],
    // Starting loads calibrated from body weight and sex (starting-load.ts).
    bodyWeightKg: 82,
    sex: "male",
    seed: "golden",
  },
  "cardio-pool": {
    level: "beginner",
    equipment: ["pool"],
    days: ["mon", "tue", "thu", "fri", "sat"],
    minutes: 50,
    weeks: 6,
    cardio: ["swimming"],
    seed: "golden",
  },
};

describe("golden plans", () => {
  for (const [name, profile] of Object.entries(PROFILES)) {
    it(`${name} matches golden/${name}.txt`, () => {
      const plan = generateProgram(profile);
      expect(auditPlan(plan)).toEqual([]);
      const text = renderPlan(plan, { unit: "kg" });
      const file = join(here, "golden", `${name}.txt`);
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, text);
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(file, "utf8"));
    });
  }
});
