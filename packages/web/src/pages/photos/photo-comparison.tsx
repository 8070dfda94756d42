import { useEffect, useState } from "preact/hooks";
import { cmToIn } from "@leanback/core/units/convert";
import type { UnitSystem } from "../../api/types.js";
import { formatMass } from "../../ui/units.js";
import { change, defaultPair, photosOfPose, trendOn, waistNear, type WaistReading } from "./photo-compare.js";
import { photoImageUrl, type Photo, type Pose, type TrendPoint } from "./photos-api.js";
import { POSE_GUIDE, poseLabel } from "./pose-guide.js";

interface Props {
  readonly photos: readonly Photo[];
  readonly trend: readonly TrendPoint[];
  readonly waists: readonly WaistReading[];
  readonly units: UnitSystem;
}

function formatLength(mm: number, units: UnitSystem, signed = false): string {
  const text = units === "imperial" ? `${cmToIn(mm / 10).toFixed(1)} in` : `${(mm / 10).toFixed(1)} cm`;
  return signed && mm > 0 ? `+${text}` : text;
}

function formatMassChange(kg: number, units: UnitSystem): string {
  const text = formatMass(kg, units);
  return kg > 0 ? `+${text}` : text;
}

/** What the numbers said on the photo's day: trend weight and the nearest waist reading. */
function Numbers({ photo, p }: { photo: Photo; p: Props }) {
  const kg = trendOn(p.trend, photo.date);
  const waist = waistNear(p.waists, photo.date);
  return (
    <dl class="photo-numbers">
      <dt>Trend weight</dt>
      <dd>{kg === null ? "no weigh-in yet" : formatMass(kg, p.units)}</dd>
      <dt>Waist</dt>
      <dd>
        {waist === null
          ? "no tape within a week"
          : `${formatLength(waist.waistMm, p.units)}${waist.date === photo.date ? "" : ` (on ${waist.date})`}`}
      </dd>
    </dl>
  );
}

/** Two photos of one pose by date, side by side or under a slider, with the trend and the waist. */
export function PhotoComparison(p: Props) {
  const firstPose = POSE_GUIDE.find((g) => defaultPair(p.photos, g.pose) !== null)?.pose ?? "relaxed";
  const [pose, setPose] = useState<Pose>(firstPose);
  const [mode, setMode] = useState<"side" | "slider">("side");
  const [reveal, setReveal] = useState(50);
  const [beforeId, setBeforeId] = useState<string | null>(null);
  const [afterId, setAfterId] = useState<string | null>(null);
  const ofPose = photosOfPose(p.photos, pose);
  const pair = defaultPair(p.photos, pose);

  useEffect(() => {
    setBeforeId(pair?.before.id ?? null);
    setAfterId(pair?.after.id ?? null);
  }, [pose, pair?.before.id, pair?.after.id]);

  const before = ofPose.find((x) => x.id === beforeId) ?? pair?.before;
  const after = ofPose.find((x) => x.id === afterId) ?? pair?.after;
  const choose = (label: string, value: string | undefined, set: (id: string) => void) => (
    <label class="compare__pick">
      {label}
      <select value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        {ofPose.map((x) => (
          <option key={x.id} value={x.id}>
            {x.date}
          </option>
        ))}
      </select>
    </label>
  );

  const kgChange =
    before && after ? change(trendOn(p.trend, before.date), trendOn(p.trend, after.date)) : null;
  const wb = before ? waistNear(p.waists, before.date) : null;
  const wa = after ? waistNear(p.waists, after.date) : null;
  const waistChange = change(wb?.waistMm ?? null, wa?.waistMm ?? null);

  return (
    <section class="card compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      <div class="compare__controls">
        <label class="compare__pick">
          Pose
          <select
            value={pose}
            onChange={(e) => setPose((e.currentTarget as HTMLSelectElement).value as Pose)}
          >
            {POSE_GUIDE.map((g) => (
              <option key={g.pose} value={g.pose}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        {before && after && choose("Earlier", before.id, setBeforeId)}
        {before && after && choose("Later", after.id, setAfterId)}
      </div>
      {!before || !after ? (
        <p>Two photos of the pose “{poseLabel(pose)}” on different days are needed to compare.</p>
      ) : (
        <>
          <fieldset class="choice compare__mode">
            <legend>View</legend>
            {(["side", "slider"] as const).map((m) => (
              <label key={m} class="choice__option">
                <input type="radio" name="compare-mode" checked={mode === m} onChange={() => setMode(m)} />
                <span>{m === "side" ? "Side by side" : "Slider"}</span>
              </label>
            ))}
          </fieldset>
          <p class="compare__summary" data-testid="compare-summary">
            {before.date} → {after.date}: trend weight{" "}
            {kgChange === null ? "unknown" : formatMassChange(kgChange, p.units)}, waist{" "}
            {waistChange === null ? "unknown" : formatLength(waistChange, p.units, true)}.
          </p>
          {mode === "side" ? (
            <div class="compare__side">
              {[before, after].map((x, i) => (
                <figure key={`${i}-${x.id}`}>
                  <img
                    src={photoImageUrl(x.id)}
                    alt={`${poseLabel(x.pose)} on ${x.date}`}
                    width={x.width}
                    height={x.height}
                  />
                  <figcaption>
                    <strong>{x.date}</strong>
                    <Numbers photo={x} p={p} />
                  </figcaption>
                </figure>
              ))}
            </div>
          ) : (
            <div class="compare__slider">
              <div class="compare__stack" style={{ aspectRatio: `${before.width} / ${before.height}` }}>
                <img src={photoImageUrl(before.id)} alt={`${poseLabel(pose)} on ${before.date}`} />
                <img
                  class="compare__top"
                  src={photoImageUrl(after.id)}
                  alt={`${poseLabel(pose)} on ${after.date}`}
                  style={{ clipPath: `inset(0 0 0 ${reveal}%)` }}
                />
                <div class="compare__seam" style={{ left: `${reveal}%` }} aria-hidden="true" />
              </div>
              <label class="compare__range">
                {before.date} ◀ ▶ {after.date}
                <input
                  type="range"
                  min={0}
                  max={100}
                  value={reveal}
                  aria-label={`Show more of ${before.date} or of ${after.date}`}
                  onInput={(e) => setReveal(Number((e.currentTarget as HTMLInputElement).value))}
                />
              </label>
              <div class="compare__side compare__side--numbers">
                <Numbers photo={before} p={p} />
                <Numbers photo={after} p={p} />
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
