import { catalogue } from "@leanback/core/training/catalogue";
import { z } from "zod";
import { ImportError } from "../../food/import-report.js";
import { jsonResponse } from "../../http/error-response.js";
import { defineRoute, type RouteModule } from "../../http/route.js";
import { personalImportReportSchema } from "./import-problems.js";
import { ImportRefusedError, importPersonalFile } from "./personal-import.js";

/** The file, base64 in a JSON body: at most 24 MB of file (a decade of MFP is a few MB). */
const MAX_FILE_BYTES = 24 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4;

export const personalImportBodySchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1, "fileName must be 1–200 characters")
    .max(200, "fileName must be 1–200 characters"),
  dataBase64: z
    .string()
    .min(4, "dataBase64 holds the file, base64-encoded")
    .max(MAX_BASE64, `the file must be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, "dataBase64 must be base64 (A–Z, a–z, 0–9, +, /, = padding)"),
  format: z.enum(["auto", "mfp", "strong", "hevy"]).default("auto"),
  skipBadRows: z.boolean().default(false),
  weightUnit: z.enum(["kg", "lb"]).nullable().optional(),
  /** Read and report only (the review step): nothing is written. */
  dryRun: z.boolean().default(false),
  /** Exercise names of the file (as the report lists them) → the catalogue exercise the person chose. */
  exerciseMap: z
    .record(
      z.string().min(1, "an exercise name is 1–80 characters").max(80, "an exercise name is 1–80 characters"),
      z.string().refine((id) => catalogue().has(id), "must be an exercise id from the catalogue"),
    )
    .refine((m) => Object.keys(m).length <= 500, "at most 500 exercise names")
    .optional(),
});

// A small Hevy export in its real layout: one workout, two sets.
const EXAMPLE_CSV = [
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
  '"Pull day","5 Mar 2025, 18:00","5 Mar 2025, 18:40","","Pull Up",,"",0,"normal",,8,,,8',
  '"Pull day","5 Mar 2025, 18:00","5 Mar 2025, 18:40","","Seated Row (Cable)",,"",0,"normal",40,10,,,',
].join("\n");

const imp = defineRoute({
  method: "POST",
  path: "/api/users/{userId}/imports",
  summary:
    "Import a MyFitnessPal export (zip or CSV), a Strong CSV or a Hevy CSV in one transaction; a bad row refuses it (422 with the report) unless skipBadRows",
  tags: ["export"],
  access: "owner",
  body: personalImportBodySchema,
  maxBodyBytes: MAX_BASE64 + 4096,
  response: personalImportReportSchema,
  status: 200,
  handler: async (ctx) => {
    const bytes = new Uint8Array(Buffer.from(ctx.body.dataBase64, "base64"));
    try {
      return await importPersonalFile(ctx.deps, ctx.subjectUserId, bytes, {
        fileName: ctx.body.fileName,
        format: ctx.body.format,
        skipBadRows: ctx.body.skipBadRows,
        weightUnit: ctx.body.weightUnit ?? null,
        dryRun: ctx.body.dryRun,
        ...(ctx.body.exerciseMap ? { exerciseMap: ctx.body.exerciseMap } : {}),
      });
    } catch (e) {
      if (e instanceof ImportRefusedError) {
        return jsonResponse(422, { error: "import_refused", message: e.message, report: e.report });
      }
      if (e instanceof ImportError) {
        return jsonResponse(422, { error: "import_failed", message: `${e.message}; nothing was imported` });
      }
      throw e;
    }
  },
  example: async () => ({
    body: {
      fileName: "workouts.csv",
      dataBase64: Buffer.from(EXAMPLE_CSV).toString("base64"),
      format: "hevy" as const,
    },
  }),
});

export const importRoutes: RouteModule = [imp];
