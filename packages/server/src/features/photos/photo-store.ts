import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  deleteBackPhoto,
  getBackPhotoBlob,
  insertBackPhoto,
  putBackPhotoBlob,
  type BackPhoto,
} from "@leanback/db/repos/back-photos";
import type { ServerDeps } from "../../deps.js";

/**
 * Where the image bytes of back photos live (docs/adr/0024-back-photo-storage.md): files in the
 * data directory on SQLite, a bytea table on PostgreSQL. The row in back_photos is written with
 * the bytes, so a photo that is listed can be read.
 */
export interface PhotoStore {
  /** Stores the row and its image; neither stays when either fails. */
  create(photo: BackPhoto, data: Uint8Array): Promise<BackPhoto>;
  read(photo: Pick<BackPhoto, "id" | "userId">): Promise<Uint8Array | undefined>;
  /** Deletes the row and its image; false when the photo is not the user's. */
  remove(userId: string, photoId: string): Promise<boolean>;
  /** After the account's rows are gone: every image of the user. */
  removeUser(userId: string): Promise<void>;
}

type Deps = Pick<ServerDeps, "db" | "dialect" | "config">;

// Ids are ours (UUIDv7); checked anyway, so a path can never leave the photos directory.
const SAFE_ID = /^[A-Za-z0-9-]{1,64}$/;

function safe(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`unsafe id for a photo path: ${JSON.stringify(id)}`);
  return id;
}

/** SQLite: <photosDir>/<userId>/<photoId>.jpg, directories 0700 and files 0600. */
function directoryStore(deps: Deps): PhotoStore {
  const root = deps.config.photosDir;
  const userDir = (userId: string) => path.join(root, safe(userId));
  const fileOf = (userId: string, id: string) => path.join(userDir(userId), `${safe(id)}.jpg`);
  return {
    async create(photo, data) {
      const file = fileOf(photo.userId, photo.id);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const partial = `${file}.part`;
      await writeFile(partial, data, { mode: 0o600, flag: "wx" });
      await rename(partial, file);
      try {
        return await insertBackPhoto(deps.db, photo);
      } catch (e) {
        await rm(file, { force: true });
        throw e;
      }
    },
    async read(photo) {
      try {
        return await readFile(fileOf(photo.userId, photo.id));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw e;
      }
    },
    async remove(userId, photoId) {
      if (!(await deleteBackPhoto(deps.db, userId, photoId))) return false;
      await rm(fileOf(userId, photoId), { force: true });
      return true;
    },
    async removeUser(userId) {
      await rm(userDir(userId), { recursive: true, force: true });
    },
  };
}

/** PostgreSQL: the bytes in back_photo_blobs, deleted with their row by cascade. */
function databaseStore(deps: Deps): PhotoStore {
  return {
    async create(photo, data) {
      return deps.db.transaction().execute(async (trx) => {
        const saved = await insertBackPhoto(trx, photo);
        await putBackPhotoBlob(trx, photo.id, data);
        return saved;
      });
    },
    async read(photo) {
      return getBackPhotoBlob(deps.db, photo.id);
    },
    async remove(userId, photoId) {
      return deleteBackPhoto(deps.db, userId, photoId);
    },
    async removeUser() {
      // The account's rows cascade to the blobs: nothing is left to remove.
    },
  };
}

/** The store for this server's database. */
export function photoStoreFor(deps: Deps): PhotoStore {
  return deps.dialect === "postgres" ? databaseStore(deps) : directoryStore(deps);
}
