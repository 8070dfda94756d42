// Shapes of the photo API's answers, mirrored from the server's zod schemas
// (server features/photos/photos.ts); /api/openapi.json is the reference.
import { api, upload } from "../../api/client.js";

export type Pose = "relaxed" | "arms-raised" | "side";

export interface Photo {
  readonly id: string;
  readonly date: string;
  readonly pose: Pose;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly sharedWithTrainer: boolean;
  readonly createdAt: number;
}

export interface TrendPoint {
  readonly date: string;
  readonly loggedKg: number | null;
  readonly trendKg: number;
}

const me = "/api/users/me";

/** The URL of a photo's stored JPEG (served to the signed-in owner only). */
export const photoImageUrl = (id: string) => `${me}/photos/${encodeURIComponent(id)}/image`;

export const photosApi = {
  /** Every photo, oldest first: the server answers pages of at most 500; this follows `next`. */
  list: async (signal: AbortSignal): Promise<{ photos: Photo[] }> => {
    const photos: Photo[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> =
        cursor === null ? { limit: 500 } : { limit: 500, cursor };
      const page: { photos: Photo[]; next: string | null } = await api.get(`${me}/photos`, { signal, query });
      photos.push(...page.photos);
      cursor = page.next;
    } while (cursor !== null);
    return { photos };
  },
  upload: (file: Blob, pose: Pose, date: string) =>
    upload<Photo>(`${me}/photos`, file, { query: { pose, date } }),
  share: (id: string, sharedWithTrainer: boolean) =>
    api.patch<Photo>(`${me}/photos/${encodeURIComponent(id)}`, { sharedWithTrainer }),
  remove: (id: string) => api.del(`${me}/photos/${encodeURIComponent(id)}`),
  trend: (signal: AbortSignal) => api.get<{ points: TrendPoint[] }>(`${me}/weigh-ins/trend`, { signal }),
};
