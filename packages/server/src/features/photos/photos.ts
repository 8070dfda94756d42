import { z } from "zod";
import {
  getBackPhoto,
  listBackPhotos,
  setBackPhotoShared,
  type BackPhoto,
} from "@leanback/db/repos/back-photos";
import type { ServerDeps } from "../../deps.js";
import { isoDate } from "../shared/dates.js";
import { NotFoundError } from "../shared/errors.js";
import { processPhoto } from "./image-process.js";
import { photoStoreFor } from "./photo-store.js";
import type { PageRequest } from "../shared/page.js";

/** The guided poses: the same three every time, so photos of different days compare. */
export const POSES = ["relaxed", "arms-raised", "side"] as const;
export const poseSchema = z.enum(POSES, { error: "pose must be relaxed, arms-raised or side" });

export const uploadQuery = z.strictObject({ pose: poseSchema, date: isoDate });

export const sharePatchSchema = z.strictObject({
  sharedWithTrainer: z.boolean({ error: "sharedWithTrainer must be true or false" }),
});

export const photoSchema = z.strictObject({
  id: z.string(),
  date: z.string(),
  pose: poseSchema,
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  sharedWithTrainer: z.boolean(),
  createdAt: z.number(),
});
export type PhotoView = z.output<typeof photoSchema>;

type Deps = Pick<ServerDeps, "db" | "dialect" | "config" | "now" | "newId">;

function view(p: BackPhoto): PhotoView {
  return {
    id: p.id,
    date: p.date,
    pose: p.pose,
    width: p.width,
    height: p.height,
    bytes: p.bytes,
    sharedWithTrainer: p.sharedWithTrainer,
    createdAt: p.createdAt,
  };
}

/** Checks, strips and shrinks an upload (image-process.ts), then stores it privately. */
export async function uploadPhoto(
  deps: Deps,
  userId: string,
  input: z.output<typeof uploadQuery>,
  bytes: Uint8Array,
): Promise<PhotoView> {
  const image = await processPhoto(bytes);
  const now = deps.now();
  const photo: BackPhoto = {
    id: deps.newId(),
    userId,
    date: input.date,
    pose: input.pose,
    contentType: image.contentType,
    width: image.width,
    height: image.height,
    bytes: image.data.byteLength,
    sharedWithTrainer: false,
    createdAt: now,
    updatedAt: now,
  };
  return view(await photoStoreFor(deps).create(photo, image.data));
}

/** The owner sees every photo; a linked trainer only those the owner shares. */
export async function listPhotos(
  deps: Deps,
  userId: string,
  asTrainer: boolean,
  page?: PageRequest,
): Promise<PhotoView[]> {
  const opts = page
    ? { sharedOnly: asTrainer, page: { limit: page.limit + 1, offset: page.offset } }
    : { sharedOnly: asTrainer };
  return (await listBackPhotos(deps.db, userId, opts)).map(view);
}

/** The stored JPEG; 404 for a photo that is not the user's, or not shared with this trainer. */
export async function photoImage(
  deps: Deps,
  userId: string,
  id: string,
  asTrainer: boolean,
): Promise<{ photo: PhotoView; data: Uint8Array }> {
  const photo = await getBackPhoto(deps.db, userId, id);
  if (photo === undefined || (asTrainer && !photo.sharedWithTrainer)) throw new NotFoundError("photo");
  const data = await photoStoreFor(deps).read(photo);
  if (data === undefined) throw new NotFoundError("photo");
  return { photo: view(photo), data };
}

export async function sharePhoto(
  deps: Deps,
  userId: string,
  id: string,
  shared: boolean,
): Promise<PhotoView> {
  const saved = await setBackPhotoShared(deps.db, userId, id, shared, deps.now());
  if (saved === undefined) throw new NotFoundError("photo");
  return view(saved);
}

export async function deletePhoto(deps: Deps, userId: string, id: string): Promise<void> {
  if (!(await photoStoreFor(deps).remove(userId, id))) throw new NotFoundError("photo");
}
