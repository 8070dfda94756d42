import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { errorMessage } from "../../api/errors.js";
import { localToday } from "../../ui/dates.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { progressApi } from "../../api/progress-api.js";
import type { PageProps } from "../registry.js";
import { CaptureForm } from "./capture-form.js";
import { PhotoComparison } from "./photo-comparison.js";
import { PhotoList } from "./photo-list.js";
import { photosApi } from "./photos-api.js";
import { POSE_GUIDE, SAME_EVERY_TIME } from "./pose-guide.js";
import "./photos.css";

/** Back photos: the pose guide and capture, the comparison by date, and the photos themselves. */
export function PhotosPage(_props: PageProps) {
  const { profile } = useSession();
  const photos = useApi((s) => photosApi.list(s), []);
  const trend = useApi((s) => photosApi.trend(s), []);
  const measurements = useApi((s) => progressApi.measurements(s), []);
  if (!profile) return <p class="loading">Loading…</p>;
  const today = localToday(profile.timezone);
  const waists = (measurements.data?.measurements ?? []).flatMap((m) =>
    m.waistMm === null ? [] : [{ date: m.date, waistMm: m.waistMm }],
  );
  const error = [photos, trend, measurements].find((x) => x.error !== undefined)?.error;
  return (
    <section class="photos-page">
      <PageHeading>Back photos</PageHeading>
      <p>
        The back is the one place a mirror does not show. A photo every two to four weeks, in the same three
        poses, shows what the scale and the tape cannot.
      </p>
      {error !== undefined && <Notice kind="error">{errorMessage(error)}</Notice>}
      <section class="card" aria-labelledby="guide-title">
        <h2 id="guide-title">Pose guide</h2>
        <ol class="pose-guide">
          {POSE_GUIDE.map((g) => (
            <li key={g.pose}>
              <strong>{g.label}.</strong> {g.how}
            </li>
          ))}
        </ol>
        <h3>The same every time</h3>
        <ul>
          {SAME_EVERY_TIME.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      </section>
      <CaptureForm today={today} onUploaded={() => photos.reload()} />
      {photos.data ? (
        <>
          <PhotoComparison
            photos={photos.data.photos}
            trend={trend.data?.points ?? []}
            waists={waists}
            units={profile.unitSystem}
          />
          <PhotoList photos={photos.data.photos} onChanged={photos.reload} />
        </>
      ) : (
        <p class="loading">Loading photos…</p>
      )}
    </section>
  );
}
