import type { BrowserContext } from "playwright-core";

let counter = 0;

/** A fresh e-mail per call, unique across files and runs on the shared server. */
export function uniqueEmail(prefix = "e2e"): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@example.org`;
}

export const PASSWORD = "correct horse battery staple";

/**
 * A complete profile in the API's canonical units (mm, kg): 35-year-old man, 180 cm, 92 kg,
 * goal 82 kg at 0.5 %/week, bar + dumbbells, Mon/Wed/Fri 45 min. Override any field.
 */
export const SAMPLE_PROFILE = {
  sex: "male",
  birthDate: "1990-06-15",
  heightMm: 1800,
  unitSystem: "metric",
  timezone: "UTC",
  pal: 1.6,
  floorKcal: null,
  bodyFatPct: 25,
  goal: { weightKg: 82, rate: { kind: "pctPerWeek", value: 0.5 } },
  equipment: ["pullup-bar", "dumbbells"],
  schedule: { days: ["mon", "wed", "fri"], minutes: 45 },
  cardioPrefs: ["walking", "rowing"],
  exclusions: [],
  fitness: { level: "beginner", pullups: 0, canHang: true },
} as const;

export interface SeededUser {
  readonly email: string;
  readonly password: string;
  readonly userId: string;
}

/**
 * Signs a new user up through the API inside `context` (so the browser shares the session cookie);
 * with `profile` (default SAMPLE_PROFILE) the user is onboarded and lands on Today; pass
 * `profile: null` for a user who still has to onboard.
 */
export async function seedUser(
  context: BrowserContext,
  opts: { profile?: Record<string, unknown> | null; weightKg?: number; date?: string } = {},
): Promise<SeededUser> {
  const email = uniqueEmail();
  const r = await context.request.post("/api/auth/signup", { data: { email, password: PASSWORD } });
  if (r.status() !== 201) throw new Error(`signup failed: ${r.status()} ${await r.text()}`);
  const { user } = (await r.json()) as { user: { id: string } };
  const profile = opts.profile === undefined ? SAMPLE_PROFILE : opts.profile;
  if (profile) {
    const p = await context.request.put("/api/users/me/profile", { data: profile });
    if (p.status() !== 200) throw new Error(`profile failed: ${p.status()} ${await p.text()}`);
    const w = await context.request.post("/api/users/me/weigh-ins", {
      data: { date: opts.date ?? new Date().toISOString().slice(0, 10), weightKg: opts.weightKg ?? 92 },
    });
    if (w.status() !== 201) throw new Error(`weigh-in failed: ${w.status()} ${await w.text()}`);
  }
  return { email, password: PASSWORD, userId: user.id };
}
