import { z } from "zod";
import { userExportSchema } from "@leanback/db/user-data";
import { defineRoute, type RouteModule } from "../../http/route.js";
import { examplePost } from "../shared/examples.js";
import { exportArchive } from "./export-archive.js";
import { exportAll, exportCsv, importAll, importQuery, importResultSchema, tableParam } from "./export.js";

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

const csv = defineRoute({
  method: "GET",
  path: "/api/users/{userId}/export/csv/{table}",
  summary: "One table of your data as CSV with a header row",
  tags: ["export"],
  access: "owner",
  params: tableParam,
  response: z.string(),
  status: 200,
  responseContentType: "text/csv; charset=utf-8",
  handler: async (ctx) =>
    new Response(await exportCsv(ctx.deps, ctx.subjectUserId, ctx.params.table), {
      status: 200,
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="leanback-${ctx.params.table}.csv"`,
      },
    }),
  example: async () => ({ params: { table: "weigh_ins" } }),
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

export const exportRoutes: RouteModule = [json, csv, archive, imp];
