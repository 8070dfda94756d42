import { z } from "zod";
import { customIntervalSchema } from "@leanback/core/training/custom-interval";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { customIntervalSpec } from "@leanback/core/training/custom-interval";
import {
  addCustomInterval,
  deleteCustomInterval,
  getCustomInterval,
  listCustomIntervals,
  updateCustomInterval,
  type CustomInterval,
} from "@leanback/db/repos/custom-intervals";
import type { UseCaseDeps } from "../shared/deps.js";
import { NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { clientIdSchema } from "../shared/schemas.js";
import type { PageRequest } from "../shared/page.js";

/** POST body: the timer (core's rules) and an optional idempotency key. */
export const customIntervalInputSchema = customIntervalSchema.extend({ clientId: clientIdSchema.optional() });
/** PUT body: the whole timer again. */
export const customIntervalReplaceSchema = customIntervalSchema;

export const customIntervalViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  workSeconds: z.number(),
  restSeconds: z.number(),
  rounds: z.number(),
  warmupSeconds: z.number(),
  cooldownSeconds: z.number(),
  /** The timer's whole length (get-ready included), from the same timeline the player runs. */
  totalSeconds: z.number(),
  clientId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CustomIntervalView = z.output<typeof customIntervalViewSchema>;

function view(c: CustomInterval): CustomIntervalView {
  const { userId: _u, ...rest } = c;
  return { ...rest, totalSeconds: buildTimeline(customIntervalSpec(c)).totalSeconds };
}

/** Saves a new timer of the user's; a replayed clientId returns the first. */
export async function createCustomInterval(
  deps: UseCaseDeps,
  userId: string,
  raw: unknown,
): Promise<CustomIntervalView> {
  const { clientId, ...fields } = parseInput(customIntervalInputSchema, raw);
  return view(await addCustomInterval(deps.db, userId, fields, clientId ?? null, deps.now()));
}

/** One's timers, oldest first; with `page`, limit + 1 rows from its offset (see pageOf). */
export async function customIntervals(
  deps: UseCaseDeps,
  userId: string,
  page?: PageRequest,
): Promise<CustomIntervalView[]> {
  const read = page && { limit: page.limit + 1, offset: page.offset };
  return (await listCustomIntervals(deps.db, userId, read)).map(view);
}

export async function requireCustomInterval(
  deps: UseCaseDeps,
  userId: string,
  id: string,
): Promise<CustomIntervalView> {
  const c = await getCustomInterval(deps.db, userId, id);
  if (c === undefined) throw new NotFoundError("interval timer");
  return view(c);
}

export async function replaceCustomInterval(
  deps: UseCaseDeps,
  userId: string,
  id: string,
  raw: unknown,
): Promise<CustomIntervalView> {
  const fields = parseInput(customIntervalReplaceSchema, raw);
  const c = await updateCustomInterval(deps.db, userId, id, fields, deps.now());
  if (c === undefined) throw new NotFoundError("interval timer");
  return view(c);
}

export async function removeCustomInterval(deps: UseCaseDeps, userId: string, id: string): Promise<void> {
  if (!(await deleteCustomInterval(deps.db, userId, id))) throw new NotFoundError("interval timer");
}
