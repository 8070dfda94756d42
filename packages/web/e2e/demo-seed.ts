import type { APIRequestContext } from "playwright-core";

/**
 * A realistic demo account for the README screenshots: ten weeks of weigh-ins trending down with
 * day-to-day water noise, tape measurements every two weeks, four weeks of complete diary days,
 * today's meals, and three workouts a week. Deterministic (seeded), dated relative to `today`.
 */

export const DEMO_PROFILE = {
  sex: "male",
  birthDate: "1988-03-12",
  heightMm: 1780,
  unitSystem: "metric",
  timezone: "UTC",
  pal: 1.5,
  floorKcal: null,
  bodyFatPct: null,
  goal: { weightKg: 84, rate: { kind: "pctPerWeek", value: 0.5 } },
  equipment: ["pullup-bar", "dumbbells", "bench", "rower"],
  schedule: { days: ["mon", "wed", "fri", "sat"], minutes: 45 },
  cardioPrefs: ["rowing", "walking"],
  exclusions: [],
  fitness: { level: "beginner", pullups: 2, canHang: true },
} as const;

const DAY_MS = 86_400_000;
export const isoDay = (base: string, offset: number): string =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);

/** Park–Miller minimal standard generator (Park & Miller 1988): reproducible noise. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

async function send(
  api: APIRequestContext,
  method: "post" | "put",
  url: string,
  data: unknown,
): Promise<unknown> {
  const r = await api[method](url, { data });
  if (!r.ok()) throw new Error(`${method.toUpperCase()} ${url} → ${r.status()} ${await r.text()}`);
  return r.json();
}

/** Best effort: a part of the API that is missing (404) is reported and skipped. */
async function optional(what: string, f: () => Promise<unknown>): Promise<void> {
  try {
    await f();
  } catch (e) {
    console.warn(`demo seed: skipped ${what}: ${e instanceof Error ? e.message.slice(0, 200) : String(e)}`);
  }
}

const set = (exerciseId: string, reps: number | null, extra: Record<string, unknown> = {}) => ({
  exerciseId,
  reps,
  loadType: "bodyweight",
  ...extra,
});

function workoutFor(date: string, kind: "a" | "b" | "cardio" | "intervals", week: number) {
  const row = 14 + 2 * Math.min(week, 3);
  const pull = week >= 3 ? "chinup" : "pullup-band-assisted";
  const pullType = week >= 3 ? "bodyweight" : "band";
  if (kind === "cardio")
    return {
      date,
      title: "Steady row",
      sets: [],
      cardio: [{ modality: "rowing", durationS: 35 * 60, distanceM: 7200 }],
    };
  if (kind === "intervals")
    return {
      date,
      title: "Rowing intervals",
      sets: Array.from({ length: 8 }, () =>
        set("intervals-rowing", null, { loadType: "none", durationS: 30 }),
      ),
      cardio: [{ modality: "rowing", durationS: 20 * 60 }],
    };
  const sets = [
    ...[0, 1, 2].map(() => set(pull, 5 + Math.min(week, 3), { loadType: pullType })),
    ...[0, 1, 2].map(() => set("row-dumbbell-one-arm", 10, { loadType: "external", loadKg: row })),
    ...[0, 1, 2].map(() => set("back-extension-floor", 12)),
    ...(kind === "a"
      ? [0, 1, 2].map(() => set("goblet-squat", 10, { loadType: "external", loadKg: 16 + 2 * week }))
      : [0, 1, 2].map(() => set("pushup-knee", 10 + week))),
  ];
  return { date, title: kind === "a" ? "Back + legs" : "Back + push", sets, cardio: [] };
}

/** Fills the signed-in user of `api` with the demo history up to `today` (YYYY-MM-DD, UTC). */
export async function seedDemo(api: APIRequestContext, today: string): Promise<void> {
  const me = "/api/users/me";
  await send(api, "put", `${me}/profile`, DEMO_PROFILE);
  const rnd = random(20261120);
  const DAYS = 70;
  for (let d = DAYS; d >= 0; d--) {
    const day = DAYS - d;
    if (d > 0 && rnd() < 0.15) continue; // a skipped morning now and then
    const weekend = new Date(Date.parse(`${isoDay(today, -d)}T00:00:00Z`)).getUTCDay() % 6 === 0 ? 0.35 : 0;
    const kg = 94.2 - 0.068 * day + weekend + (rnd() - 0.5) * 0.9;
    await send(api, "post", `${me}/weigh-ins`, {
      date: isoDay(today, -d),
      weightKg: Math.round(kg * 10) / 10,
    });
  }
  for (let k = 0; k <= 5; k++) {
    const d = DAYS - 14 * k;
    await send(api, "post", `${me}/measurements`, {
      date: isoDay(today, -Math.max(d, 0)),
      waistMm: Math.round(1010 - 1.0 * (DAYS - d) + (rnd() - 0.5) * 6),
      neckMm: 400,
      hipMm: Math.round(1045 - 0.45 * (DAYS - d)),
      ...(k % 5 === 0
        ? {
            chestMm: Math.round(1080 - 0.3 * (DAYS - d)),
            armMm: 345,
            thighMm: Math.round(600 - 0.2 * (DAYS - d)),
          }
        : {}),
    });
  }
  // Four weeks of complete diary days (quick-add totals): the adaptive expenditure uses them.
  await optional("diary history", async () => {
    for (let d = 28; d >= 1; d--) {
      const date = isoDay(today, -d);
      const total = 2150 + Math.round((rnd() - 0.5) * 400);
      for (const [meal, share] of [
        ["breakfast", 0.25],
        ["lunch", 0.35],
        ["dinner", 0.3],
        ["snacks", 0.1],
      ] as const)
        await send(api, "post", `${me}/diary/${date}/quick-add`, { meal, kcal: Math.round(total * share) });
      await send(api, "put", `${me}/diary/${date}/complete`, { complete: true });
    }
  });
  await optional("today's meals", async () => {
    const meals: [string, string, number][] = [
      ["breakfast", "oats", 60],
      ["breakfast", "milk", 250],
      ["lunch", "chicken breast", 150],
      ["lunch", "rice", 180],
      ["lunch", "broccoli", 120],
      ["snacks", "apple", 150],
    ];
    for (const [meal, q, grams] of meals) {
      const r = await api.get("/api/foods/search", { params: { q, limit: 1 } });
      if (!r.ok()) throw new Error(`search ${q} → ${r.status()}`);
      const food = ((await r.json()) as { foods: { id: string }[] }).foods[0];
      if (!food) throw new Error(`no food found for "${q}" (is the food database imported?)`);
      await send(api, "post", `${me}/diary/${today}/entries`, { meal, foodId: food.id, grams });
    }
  });
  // Three or four workouts a week for the last four weeks, by the plan's days.
  await optional("workouts", async () => {
    for (let w = 0; w < 4; w++) {
      const monday = isoDay(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) - 7 * (3 - w));
      const days: [number, "a" | "b" | "cardio" | "intervals"][] = [
        [0, "a"],
        [2, "b"],
        [4, "intervals"],
        [5, "cardio"],
      ];
      for (const [offset, kind] of days) {
        const date = isoDay(monday, offset);
        if (date > today) continue;
        await send(api, "post", `${me}/workouts`, workoutFor(date, kind, w));
      }
    }
  });
  await optional("check-in", () => send(api, "post", `${me}/check-ins`, {}));
}
