import { strToU8, zipSync, type Zippable } from "fflate";
import { listBackPhotos } from "@leanback/db/repos/back-photos";
import type { ServerDeps } from "../../deps.js";
import { photoStoreFor } from "../photos/photo-store.js";
import { exportAll } from "./export.js";

type Deps = Pick<ServerDeps, "db" | "dialect" | "config" | "now" | "newId">;

/** The file name of a photo inside the archive: day, pose and id, so names sort by day. */
export function archivePhotoName(p: { date: string; pose: string; id: string }): string {
  return `photos/${p.date}_${p.pose}_${p.id}.jpg`;
}

/**
 * Everything the user owns as one ZIP (docs/export-format.md): `leanback-export.json` is exactly
 * the JSON export (the import format), `photos.json` lists the back photos and `photos/` holds
 * their stored JPEGs. The photos are not imported back by POST /import.
 */
export async function exportArchive(deps: Deps, userId: string): Promise<Uint8Array> {
  const dump = await exportAll(deps, userId);
  const store = photoStoreFor(deps);
  const photos = await listBackPhotos(deps.db, userId);
  const files: Zippable = {
    "leanback-export.json": strToU8(JSON.stringify(dump, null, 2)),
  };
  const listed = [];
  for (const p of photos) {
    const data = await store.read(p);
    if (data === undefined) continue; // its row outlived its file: nothing to put in
    const file = archivePhotoName(p);
    // JPEG is compressed already: stored, not deflated again.
    files[file] = [data, { level: 0 }];
    listed.push({
      id: p.id,
      date: p.date,
      pose: p.pose,
      width: p.width,
      height: p.height,
      sharedWithTrainer: p.sharedWithTrainer,
      createdAt: p.createdAt,
      file,
    });
  }
  files["photos.json"] = strToU8(JSON.stringify({ photos: listed }, null, 2));
  return zipSync(files, { mtime: new Date(deps.now()) });
}
