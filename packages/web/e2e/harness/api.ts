import type { BrowserContext } from "playwright-core";

// What tests put in or read back through the API, beside the browser (the context's cookie).

/**
 * USDA SR28 NDB 05064, chicken breast, meat only, roasted, per 100 g: 165 kcal, 31.0 g protein,
 * 3.6 g fat; one breast without bone is 172 g. The test server starts without a food table, so
 * tests bring their own foods as the user's own.
 */
export const CHICKEN = {
  name: "Chicken breast, roasted",
  per100g: { kcal: 165, proteinG: 31, fatG: 3.6, carbG: 0 },
  portions: [{ label: "1 breast, bone removed", grams: 172 }],
};

/** Adds `food` as the signed-in user's own food; its id. */
export async function seedFood(context: BrowserContext, food: object): Promise<{ id: string }> {
  const r = await context.request.post("/api/users/me/foods", { data: food });
  if (r.status() !== 201) throw new Error(`food failed: ${r.status()} ${await r.text()}`);
  return (await r.json()) as { id: string };
}

export interface StoredWeighIn {
  readonly date: string;
  readonly weightKg: number;
  readonly clientId: string | null;
}

/** The signed-in user's weigh-ins as the server holds them. */
export async function serverWeighIns(context: BrowserContext): Promise<StoredWeighIn[]> {
  const r = await context.request.get("/api/users/me/weigh-ins");
  if (r.status() !== 200) throw new Error(`weigh-ins read failed: ${r.status()} ${await r.text()}`);
  return ((await r.json()) as { weighIns: StoredWeighIn[] }).weighIns;
}
