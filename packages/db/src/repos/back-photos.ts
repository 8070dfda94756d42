import type { Kysely } from "kysely";
import type { BackPhotoPose, BackPhotosTable, Database } from "../schema.js";

/** A back photo's facts; the image bytes are kept apart (ADR 0024). */
export interface BackPhoto {
  id: string;
  userId: string;
  /** Calendar day the photo shows, YYYY-MM-DD. */
  date: string;
  pose: BackPhotoPose;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  sharedWithTrainer: boolean;
  createdAt: number;
  updatedAt: number;
}

function toPhoto(r: BackPhotosTable): BackPhoto {
  return {
    id: r.id,
    userId: r.user_id,
    date: r.date,
    pose: r.pose,
    contentType: r.content_type,
    width: r.width,
    height: r.height,
    bytes: r.bytes,
    sharedWithTrainer: r.shared_with_trainer === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Stores a photo's row (the caller stores the image in the same transaction or before). */
export async function insertBackPhoto(db: Kysely<Database>, p: BackPhoto): Promise<BackPhoto> {
  const row: BackPhotosTable = {
    id: p.id,
    user_id: p.userId,
    date: p.date,
    pose: p.pose,
    content_type: p.contentType,
    width: p.width,
    height: p.height,
    bytes: p.bytes,
    shared_with_trainer: p.sharedWithTrainer ? 1 : 0,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
  await db.insertInto("back_photos").values(row).execute();
  return toPhoto(row);
}

/** One user's photos, oldest day first (same day: in upload order). */
export async function listBackPhotos(
  db: Kysely<Database>,
  userId: string,
  opts: { sharedOnly?: boolean; page?: { limit: number; offset: number } } = {},
): Promise<BackPhoto[]> {
  let q = db.selectFrom("back_photos").selectAll().where("user_id", "=", userId);
  if (opts.sharedOnly) q = q.where("shared_with_trainer", "=", 1);
  q = q.orderBy("date").orderBy("created_at").orderBy("id");
  if (opts.page) q = q.limit(opts.page.limit).offset(opts.page.offset);
  const rows = await q.execute();
  return rows.map(toPhoto);
}

export async function getBackPhoto(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<BackPhoto | undefined> {
  const r = await db
    .selectFrom("back_photos")
    .selectAll()
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r === undefined ? undefined : toPhoto(r);
}

/** Turns sharing with a linked trainer on or off; undefined when the photo is not the user's. */
export async function setBackPhotoShared(
  db: Kysely<Database>,
  userId: string,
  id: string,
  shared: boolean,
  now: number,
): Promise<BackPhoto | undefined> {
  const r = await db
    .updateTable("back_photos")
    .set({ shared_with_trainer: shared ? 1 : 0, updated_at: now })
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  return r === undefined ? undefined : toPhoto(r);
}

/** Deletes the row (and on PostgreSQL its blob, by cascade); false when it was not the user's. */
export async function deleteBackPhoto(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom("back_photos")
    .where("user_id", "=", userId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** PostgreSQL only: stores the image bytes of a photo row. */
export async function putBackPhotoBlob(
  db: Kysely<Database>,
  photoId: string,
  data: Uint8Array,
): Promise<void> {
  await db.insertInto("back_photo_blobs").values({ photo_id: photoId, data }).execute();
}

/** PostgreSQL only: the image bytes of a photo row. */
export async function getBackPhotoBlob(
  db: Kysely<Database>,
  photoId: string,
): Promise<Uint8Array | undefined> {
  const r = await db
    .selectFrom("back_photo_blobs")
    .select("data")
    .where("photo_id", "=", photoId)
    .executeTakeFirst();
  return r?.data;
}
