import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { idParam, noContent } from "../shared/schemas.js";
import { boundedRangeQuery } from "../shared/bounded-range.js";
import { nextLoadSchema, workoutNextLoads } from "./next-loads.js";
import { workoutRecords } from "./records.js";
import {
  recordSchema,
  workoutInputSchema,
  workoutPatchSchema,
  workoutReplaceSchema,
  workoutSchema,
} from "./workout-schema.js";
import {
  logWorkout,
  patchWorkout,
  removeWorkout,
  replaceWorkout,
  requireWorkout,
  workoutHistory,
  WORKOUT_RANGE,
} from "./workouts.js";

const base = "/api/users/{userId}/workouts";

/** A back day: one-arm rows 3 × 12 at 8 kg, then 20 min rowing. */
export const EXAMPLE_WORKOUT = {
  date: "2026-11-18",
  title: "Back day",
  sets: [
    { exerciseId: "row-dumbbell-one-arm", reps: 12, loadKg: 8, loadType: "external" },
    { exerciseId: "row-dumbbell-one-arm", reps: 12, loadKg: 8, loadType: "external" },
    { exerciseId: "row-dumbbell-one-arm", reps: 10, loadKg: 8, loadType: "external", rpe: 8.5 },
  ],
  cardio: [{ modality: "rowing", durationS: 1200, distanceM: 4200, metCode: "02071" }],
} satisfies z.input<typeof workoutInputSchema>;

async function exampleWorkout(fx: ExampleFixture): Promise<string> {
  return ((await examplePost(fx, "/api/users/me/workouts", EXAMPLE_WORKOUT)) as { id: string }).id;
}

const create = defineRoute({
  method: "POST",
  path: base,
  summary:
    "Log a workout: sets in order and cardio bouts, one transaction; a replayed clientId returns the first; a planned session already logged that day is 409",
  tags: ["workouts"],
  access: "owner",
  body: workoutInputSchema,
  response: workoutSchema,
  status: 201,
  handler: async (ctx) => logWorkout(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: EXAMPLE_WORKOUT }),
});

const list = defineRoute({
  method: "GET",
  path: base,
  summary: "Workout history, oldest first (?from=&to=, default the last 400 days, at most 400 days)",
  tags: ["workouts"],
  access: "owner-or-trainer-read",
  query: boundedRangeQuery(WORKOUT_RANGE.maxDays),
  response: z.strictObject({ workouts: z.array(workoutSchema) }),
  status: 200,
  handler: async (ctx) => ({ workouts: await workoutHistory(ctx.deps, ctx.subjectUserId, ctx.query) }),
  example: async () => ({}),
});

const records = defineRoute({
  method: "GET",
  path: `${base}/records`,
  summary: "Personal records: estimated 1RM (Epley), most reps, least assistance, per exercise",
  tags: ["workouts"],
  access: "owner-or-trainer-read",
  response: z.strictObject({ records: z.array(recordSchema) }),
  status: 200,
  handler: async (ctx) => ({ records: await workoutRecords(ctx.deps, ctx.subjectUserId) }),
  example: async () => ({}),
});

const next = defineRoute({
  method: "GET",
  path: `${base}/next-loads`,
  summary:
    "Next session's load per exercise from its latest logged session: up when the last sets were easy (RPE ≤ 7), hold at 8–9, down at 10 or missed reps",
  tags: ["workouts"],
  access: "owner-or-trainer-read",
  response: z.strictObject({ loads: z.array(nextLoadSchema) }),
  status: 200,
  handler: async (ctx) => ({ loads: await workoutNextLoads(ctx.deps, ctx.subjectUserId) }),
  example: async (fx) => {
    await exampleWorkout(fx);
    return {};
  },
});

const get = defineRoute({
  method: "GET",
  path: `${base}/{id}`,
  summary: "One workout with its sets and cardio",
  tags: ["workouts"],
  access: "owner-or-trainer-read",
  params: idParam,
  response: workoutSchema,
  status: 200,
  handler: async (ctx) => requireWorkout(ctx.deps, ctx.subjectUserId, ctx.params.id),
  example: async (fx) => ({ params: { id: await exampleWorkout(fx) } }),
});

const put = defineRoute({
  method: "PUT",
  path: `${base}/{id}`,
  summary: "Edit a workout: the whole workout again, sets and cardio replaced in one transaction",
  tags: ["workouts"],
  access: "owner",
  params: idParam,
  body: workoutReplaceSchema,
  response: workoutSchema,
  status: 200,
  handler: async (ctx) => replaceWorkout(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({
    params: { id: await exampleWorkout(fx) },
    body: { ...EXAMPLE_WORKOUT, title: "Back day (edited)" },
  }),
});

const patch = defineRoute({
  method: "PATCH",
  path: `${base}/{id}`,
  summary: "Edit some of a workout's fields (sets or cardio, when sent, replace the list); records follow",
  tags: ["workouts"],
  access: "owner",
  params: idParam,
  body: workoutPatchSchema,
  response: workoutSchema,
  status: 200,
  handler: async (ctx) => patchWorkout(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({
    params: { id: await exampleWorkout(fx) },
    body: {
      sets: [{ exerciseId: "row-dumbbell-one-arm", reps: 10, loadKg: 9, loadType: "external" as const }],
    },
  }),
});

const remove = defineRoute({
  method: "DELETE",
  path: `${base}/{id}`,
  summary: "Delete a workout with its sets and cardio",
  tags: ["workouts"],
  access: "owner",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeWorkout(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleWorkout(fx) } }),
});

export const workoutRoutes: RouteModule = [create, list, records, next, get, put, patch, remove];
