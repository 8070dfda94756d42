import { z } from "zod";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { idParam, noContent } from "../shared/schemas.js";
import { boundedRangeQuery } from "../shared/bounded-range.js";
import {
  addMeasurement,
  editMeasurement,
  listMeasurements,
  measurementInputSchema,
  measurementPatchSchema,
  measurementSchema,
  removeMeasurement,
  MEASUREMENT_RANGE,
} from "./measurements.js";

const base = "/api/users/{userId}/measurements";

async function exampleMeasurement(fx: ExampleFixture): Promise<string> {
  const m = (await examplePost(fx, "/api/users/me/measurements", { date: "2026-11-01", waistMm: 860 })) as {
    id: string;
  };
  return m.id;
}

const create = defineRoute({
  method: "POST",
  path: base,
  summary: "Add body measurements in mm (waist, neck, hip give a US Navy body-fat estimate)",
  tags: ["measurements"],
  access: "owner",
  body: measurementInputSchema,
  response: measurementSchema,
  status: 201,
  handler: async (ctx) => addMeasurement(ctx.deps, ctx.subjectUserId, ctx.body),
  example: async () => ({ body: { date: "2026-11-20", waistMm: 864, neckMm: 381, hipMm: 1000 } }),
});

const list = defineRoute({
  method: "GET",
  path: base,
  summary:
    "Measurements with Navy body-fat estimates, oldest first (?from=&to=, default the last 400 days, at most 400 days)",
  tags: ["measurements"],
  access: "owner-or-trainer-read",
  query: boundedRangeQuery(MEASUREMENT_RANGE.maxDays),
  response: z.strictObject({ measurements: z.array(measurementSchema) }),
  status: 200,
  handler: async (ctx) => ({ measurements: await listMeasurements(ctx.deps, ctx.subjectUserId, ctx.query) }),
  example: async () => ({}),
});

const patch = defineRoute({
  method: "PATCH",
  path: `${base}/{id}`,
  summary: "Correct a measurement",
  tags: ["measurements"],
  access: "owner",
  params: idParam,
  body: measurementPatchSchema,
  response: measurementSchema,
  status: 200,
  handler: async (ctx) => editMeasurement(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body),
  example: async (fx) => ({ params: { id: await exampleMeasurement(fx) }, body: { neckMm: 380 } }),
});

const remove = defineRoute({
  method: "DELETE",
  path: `${base}/{id}`,
  summary: "Delete a measurement",
  tags: ["measurements"],
  access: "owner",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await removeMeasurement(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await exampleMeasurement(fx) } }),
});

export const measurementRoutes: RouteModule = [create, list, patch, remove];
