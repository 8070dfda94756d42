import type { z } from "zod";
import type { ExampleFixture } from "../../http/route.js";
import type { profileInputSchema } from "./profile-schema.js";

/** A valid profile body for route examples and tests (a 35-year-old woman, 168 cm). */
export const EXAMPLE_PROFILE: z.input<typeof profileInputSchema> = {
  sex: "female",
  birthDate: "1990-06-15",
  heightMm: 1680,
  timezone: "Europe/Berlin",
  pal: 1.6,
  goal: { weightKg: 68, rate: { kind: "pctPerWeek", value: 0.5 } },
  equipment: ["dumbbells", "pullup-bar", "bench"],
  schedule: { days: ["mon", "wed", "fri", "sat"], minutes: 60 },
  cardioPrefs: ["rowing", "running"],
  fitness: { level: "beginner", pullups: 0, canHang: true, pushups: 5 },
};

/** Makes sure the example's subject has a profile (route examples that need one call this). */
export async function ensureExampleProfile(fx: ExampleFixture): Promise<void> {
  const r = await fx.request(fx.subject, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
  if (r.status !== 200) throw new Error(`example: profile not saved (${r.status} ${JSON.stringify(r.json)})`);
}
