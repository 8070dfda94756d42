import { z } from "zod";
import sharp from "sharp";
import { readBytesLimited } from "../../http/body.js";
import { validationResponse } from "../../http/error-response.js";
import { defineRoute, type ExampleFixture, type RouteModule } from "../../http/route.js";
import { requireNotFuture } from "../shared/dates.js";
import { idParam, noContent } from "../shared/schemas.js";
import { PHOTO_MAX_BYTES } from "./image-process.js";
import {
  deletePhoto,
  listPhotos,
  photoImage,
  photoSchema,
  sharePatchSchema,
  sharePhoto,
  uploadPhoto,
  uploadQuery,
} from "./photos.js";
import { nextSchema, pageOf, pageQuery, pageRequest, type PageRule } from "../shared/page.js";

const base = "/api/users/{userId}/photos";

let exampleJpeg: Promise<Buffer> | undefined;

/** A small real JPEG for the route examples (made once per process). */
function exampleImage(): Promise<Buffer> {
  exampleJpeg ??= sharp({ create: { width: 48, height: 64, channels: 3, background: "#c8a27a" } })
    .jpeg()
    .toBuffer();
  return exampleJpeg;
}

/** Uploads a photo for the example's subject (through the use case) and returns its id. */
async function examplePhoto(fx: ExampleFixture, shared = false): Promise<string> {
  const p = await uploadPhoto(
    fx.deps,
    fx.subject.userId,
    { pose: "relaxed", date: "2026-11-20" },
    await exampleImage(),
  );
  if (shared) await sharePhoto(fx.deps, fx.subject.userId, p.id, true);
  return p.id;
}

const upload = defineRoute({
  method: "POST",
  path: base,
  summary:
    "Upload a back photo as the raw request body (JPEG, PNG or WebP, judged by its bytes); stored as a JPEG of at most 1600 px without metadata",
  tags: ["photos"],
  access: "owner",
  query: uploadQuery,
  rawBody: { contentTypes: ["image/jpeg", "image/png", "image/webp"], maxBytes: PHOTO_MAX_BYTES },
  response: photoSchema,
  status: 201,
  handler: async (ctx) => {
    try {
      requireNotFuture("date", ctx.query.date, ctx.deps.now());
    } catch {
      return validationResponse([{ path: "query.date", message: "must not be in the future" }]);
    }
    const bytes = await readBytesLimited(ctx.request, PHOTO_MAX_BYTES);
    return uploadPhoto(ctx.deps, ctx.subjectUserId, ctx.query, bytes);
  },
  example: async () => ({
    query: { pose: "arms-raised" as const, date: "2026-11-21" },
    rawBody: { bytes: await exampleImage(), contentType: "image/jpeg" },
  }),
});

const PHOTO_PAGE: PageRule = { defaultLimit: 200, maxLimit: 500 };

const list = defineRoute({
  method: "GET",
  path: base,
  summary:
    "Back photos, oldest first (a linked trainer sees only those shared with them; ?limit= default 200, at most 500; ?cursor= the answer's `next`)",
  tags: ["photos"],
  access: "owner-or-trainer-read",
  query: pageQuery(PHOTO_PAGE),
  response: z.strictObject({ photos: z.array(photoSchema), next: nextSchema }),
  status: 200,
  handler: async (ctx) => {
    const page = pageRequest(ctx.query, PHOTO_PAGE);
    const { items, next } = pageOf(await listPhotos(ctx.deps, ctx.subjectUserId, ctx.asTrainer, page), page);
    return { photos: items, next };
  },
  example: async (fx) => {
    await examplePhoto(fx);
    return {};
  },
});

const image = defineRoute({
  method: "GET",
  path: `${base}/{id}/image`,
  summary: "The photo's JPEG (a linked trainer only when the owner shares this photo)",
  tags: ["photos"],
  access: "owner-or-trainer-read",
  params: idParam,
  response: z.string(),
  status: 200,
  responseContentType: "image/jpeg",
  handler: async (ctx) => {
    const { photo, data } = await photoImage(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.asTrainer);
    return new Response(data, {
      status: 200,
      headers: {
        "content-type": "image/jpeg",
        "content-length": String(data.byteLength),
        "cache-control": "no-store",
        "content-disposition": `inline; filename="back-${photo.date}-${photo.pose}.jpg"`,
      },
    });
  },
  // Shared, so the proofs' accepted trainer may read it; unshared photos are tested beside.
  example: async (fx) => ({ params: { id: await examplePhoto(fx, true) } }),
});

const share = defineRoute({
  method: "PATCH",
  path: `${base}/{id}`,
  summary: "Share a photo with your linked trainer, or stop sharing it",
  tags: ["photos"],
  access: "owner",
  params: idParam,
  body: sharePatchSchema,
  response: photoSchema,
  status: 200,
  handler: async (ctx) => sharePhoto(ctx.deps, ctx.subjectUserId, ctx.params.id, ctx.body.sharedWithTrainer),
  example: async (fx) => ({ params: { id: await examplePhoto(fx) }, body: { sharedWithTrainer: true } }),
});

const remove = defineRoute({
  method: "DELETE",
  path: `${base}/{id}`,
  summary: "Delete a photo and its image",
  tags: ["photos"],
  access: "owner",
  params: idParam,
  response: noContent,
  status: 204,
  handler: async (ctx) => {
    await deletePhoto(ctx.deps, ctx.subjectUserId, ctx.params.id);
    return null;
  },
  example: async (fx) => ({ params: { id: await examplePhoto(fx) } }),
});

export const photoRoutes: RouteModule = [upload, list, image, share, remove];
