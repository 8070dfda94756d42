import { useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { Notice } from "../../ui/field.js";
import { photoImageUrl, photosApi, type Photo } from "./photos-api.js";
import { poseLabel } from "./pose-guide.js";

/** Every photo, newest first, with its share-with-trainer switch and a delete button. */
export function PhotoList({ photos, onChanged }: { photos: readonly Photo[]; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  if (photos.length === 0) return <p>No photos yet.</p>;
  return (
    <section class="card" aria-labelledby="photo-list-title">
      <h2 id="photo-list-title">Your photos</h2>
      {error && <Notice kind="error">{error}</Notice>}
      <ul class="photo-list">
        {[...photos].reverse().map((p) => (
          <li key={p.id}>
            <img src={photoImageUrl(p.id)} alt={`${poseLabel(p.pose)} on ${p.date}`} loading="lazy" />
            <div>
              <strong>{p.date}</strong> · {poseLabel(p.pose)}
              <label class="photo-list__share">
                <input
                  type="checkbox"
                  checked={p.sharedWithTrainer}
                  onChange={(e) =>
                    void act(() => photosApi.share(p.id, (e.currentTarget as HTMLInputElement).checked))
                  }
                />
                Shared with my trainer
              </label>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  if (confirm(`Delete the photo of ${p.date}?`)) void act(() => photosApi.remove(p.id));
                }}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
