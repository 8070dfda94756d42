import { z } from "zod";
import { userExportSchema } from "@leanback/db/user-data";
import { defineRoute, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { EXAMPLE_WORKOUT } from "../workouts/workouts-routes.js";
import { exportArchive } from "./export-archive.js";
import { exportAll, exportCsv, importAll, importQuery, importResultSchema, tableParam } from "./export.js";
import { csvQuery, diaryCsv, weighInsCsv } from "./readable-csv.js";
import { workoutsStrongCsv } from "./strong-csv.js";

/** Exports can be large: 50 MB (the platform default is for ordinary JSON bodies). */
const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

const json = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export",
  summary: "Everything you own as one JSON document (the import format)",
  tags: ["export"],
  access: "owner",
  response: userExportSchema,
  status: 200,
  handler: async (ctx) => exportAll(ctx.deps, ctx.subjectUserId),
  example: async () => ({}),
});

function csvResponse(text: string, filename: string): Response {
  return new Response(text, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
    },
  });
}

const csv = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/csv/{table}",
  summary: "One table of your data as CSV with a header row (?bom=true adds a UTF-8 byte order mark)",
  tags: ["export"],
  access: "owner",
  params: tableParam,
  query: csvQuery(false),
  response: z.string(),
  status: 200,
  responseContentType: "text/csv; charset=utf-8",
  handler: async (ctx) =>
    csvResponse(
      await exportCsv(ctx.deps, ctx.subjectUserId, ctx.params.table, ctx.query),
      `leanback-${ctx.params.table}.csv`,
    ),
  example: async () => ({ params: { table: "weigh_ins" } }),
});

const diary = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/diary.csv",
  summary:
    "Your food diary as a readable CSV: date, meal, food name, amount and unit, grams, kcal, protein, fat, carbs (UTF-8 BOM unless ?bom=false)",
  tags: ["export"],
  access: "owner",
  query: csvQuery(true),
  response: z.string(),
  status: 200,
  responseContentType: "text/csv; charset=utf-8",
  handler: async (ctx) =>
    csvResponse(await diaryCsv(ctx.deps, ctx.subjectUserId, ctx.query), "leanback-diary.csv"),
  example: async (fx) => {
    await examplePost(fx, "/api/users/me/diary/2026-11-19/quick-add", { meal: "lunch", kcal: 420 });
    return { query: { bom: "false" as const } };
  },
});

const weighIns = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/weigh-ins.csv",
  summary:
    "Your weigh-ins as a readable CSV: date, time, kg (and lb if you use pounds), note (UTF-8 BOM unless ?bom=false)",
  tags: ["export"],
  access: "owner",
  query: csvQuery(true),
  response: z.string(),
  status: 200,
  responseContentType: "text/csv; charset=utf-8",
  handler: async (ctx) =>
    csvResponse(await weighInsCsv(ctx.deps, ctx.subjectUserId, ctx.query), "leanback-weigh-ins.csv"),
  example: async (fx) => {
    await examplePost(fx, "/api/users/me/weigh-ins", { date: "2026-10-01", weightKg: 77 });
    return {};
  },
});

const workouts = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/workouts.csv",
  summary:
    "Your logged workouts in the Strong app's CSV layout, one row per set (no BOM unless ?bom=true, as other apps' importers expect)",
  tags: ["export"],
  access: "owner",
  query: csvQuery(false),
  response: z.string(),
  status: 200,
  responseContentType: "text/csv; charset=utf-8",
  handler: async (ctx) =>
    csvResponse(
      await workoutsStrongCsv(ctx.deps, ctx.subjectUserId, ctx.query),
      "leanback-workouts-strong.csv",
    ),
  example: async (fx) => {
    await examplePost(fx, "/api/users/me/workouts", EXAMPLE_WORKOUT);
    return {};
  },
});

const archive = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/archive",
  summary: "Everything you own as a ZIP: the JSON export plus your back photos",
  tags: ["export"],
  access: "owner",
  response: z.string(),
  status: 200,
  responseContentType: "application/zip",
  handler: async (ctx) => {
    const zip = await exportArchive(ctx.deps, ctx.subjectUserId);
    return new Response(zip, {
      status: 200,
      headers: {
        "content-type": "application/zip",
        "content-disposition": 'attachment; filename="leanback-export.zip"',
      },
    });
  },
  example: async () => ({}),
});

const imp = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/import",
  summary: "Import a leanback export in one transaction (?replace=true deletes your data first)",
  tags: ["export"],
  access: "owner",
  query: importQuery,
  body: userExportSchema,
  maxBodyBytes: IMPORT_MAX_BYTES,
  response: importResultSchema,
  status: 200,
  handler: async (ctx) => importAll(ctx.deps, ctx.subjectUserId, ctx.body, ctx.query),
  example: async (fx) => {
    await examplePost(fx, "/api/users/me/weigh-ins", { date: "2026-10-01", weightKg: 77 });
    const dump = await fx.request(fx.subject, "GET", "/api/users/me/export");
    return { query: { replace: "true" as const }, body: dump.json as z.input<typeof userExportSchema> };
  },
});

export const exportRoutes: RouteModule = [json, csv, diary, weighIns, workouts, archive, imp];
