import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { Field, Notice } from "../../ui/field.js";
import { photosApi, type Photo, type Pose } from "./photos-api.js";
import { POSE_GUIDE } from "./pose-guide.js";

/**
 * Take or choose a photo for one pose, see it, then upload it. `capture="environment"` opens the
 * rear camera on phones; elsewhere the same input picks a file.
 */
export function CaptureForm({ today, onUploaded }: { today: string; onUploaded: (p: Photo) => void }) {
  const [pose, setPose] = useState<Pose>("relaxed");
  const [date, setDate] = useState(today);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) {
      setStatus({ kind: "error", text: "Take or choose a photo first." });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const saved = await photosApi.upload(file, pose, date);
      setFile(null);
      if (fileInput.current) fileInput.current.value = ""; // ready for the next pose
      setStatus({
        kind: "ok",
        text: `Saved: ${POSE_GUIDE.find((g) => g.pose === pose)?.label} on ${saved.date}.`,
      });
      onUploaded(saved);
    } catch (err) {
      setStatus({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const guide = POSE_GUIDE.find((g) => g.pose === pose);
  return (
    <form class="card capture" onSubmit={submit} aria-labelledby="capture-title">
      <h2 id="capture-title">Take a photo</h2>
      <fieldset class="choice">
        <legend>Pose</legend>
        {POSE_GUIDE.map((g) => (
          <label key={g.pose} class="choice__option">
            <input
              type="radio"
              name="pose"
              value={g.pose}
              checked={pose === g.pose}
              onChange={() => setPose(g.pose)}
            />
            <span>{g.label}</span>
          </label>
        ))}
      </fieldset>
      {guide && <p class="capture__how">{guide.how}</p>}
      <Field
        label="Day of the photo"
        type="date"
        name="date"
        value={date}
        max={today}
        onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)}
      />
      <div class="field">
        <label for="photo-file">Photo</label>
        <input
          id="photo-file"
          ref={fileInput}
          name="photo"
          type="file"
          accept="image/*"
          capture="environment"
          onChange={(e) => {
            setStatus(null);
            setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null);
          }}
        />
      </div>
      {preview && (
        <figure class="capture__preview">
          <img src={preview} alt="The photo you chose, not yet uploaded" />
          <figcaption>Check it: the whole back in the frame, sharp and evenly lit.</figcaption>
        </figure>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div class="actions">
        <button type="submit" disabled={busy || !file}>
          {busy ? "Uploading…" : "Upload photo"}
        </button>
      </div>
      <p class="field__hint">
        Location and camera details are removed and the photo is stored at most 1600 px on its long side. Only
        you see it, unless you share it with your trainer.
      </p>
    </form>
  );
}
