import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { Profile, ProfileInput, UnitSystem } from "../../api/types.js";
import { Choice, Field, Notice } from "../../ui/field.js";

/** The PUT body for a stored profile: everything except the server's own fields. */
export function profileInputOf(p: Profile): ProfileInput {
  const { userId: _u, ageYears: _a, updatedAt: _t, ...input } = p;
  return input;
}

/** Units and the calorie floor: saved as a whole-profile PUT (the API's only profile write). */
export function ProfileSettings({ profile }: { profile: Profile }) {
  const session = useSession();
  const [units, setUnits] = useState<UnitSystem>(profile.unitSystem);
  const [floor, setFloor] = useState(profile.floorKcal === null ? "" : String(profile.floorKcal));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(error);

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const floorKcal = floor.trim() === "" ? null : Math.round(Number(floor));
      const next = await api.put<Profile>("/api/users/me/profile", {
        ...profileInputOf(profile),
        unitSystem: units,
        floorKcal: Number.isNaN(floorKcal) ? floor : floorKcal,
      });
      session.setProfile(next);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="card" aria-labelledby="profile-settings-title">
      <h2 id="profile-settings-title">Units and floor</h2>
      <form onSubmit={save} noValidate>
        <Choice
          legend="Units"
          name="settingsUnits"
          value={units}
          options={[
            { value: "metric", label: "Metric (kg, cm)" },
            { value: "imperial", label: "Imperial (lb, ft/in)" },
          ]}
          onChange={(v) => setUnits(v)}
        />
        <Field
          label="Calorie floor"
          suffix="kcal/day"
          hint={`Your daily target never goes below this. Empty: the default (${profile.sex === "female" ? 1300 : 1500} kcal).`}
          name="floorKcal"
          type="text"
          inputMode="numeric"
          value={floor}
          error={errors.floorKcal}
          onInput={(e) => setFloor(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit">Save</button>
        </div>
      </form>
      {saved && <Notice kind="ok">Saved.</Notice>}
      {error !== null && Object.keys(errors).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </section>
  );
}
