import { useState } from "preact/hooks";
import { EQUIPMENT } from "@leanback/core/training/exercise";
import { WEEKDAYS } from "@leanback/core/training/program-input";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import type { Profile, ProfileInput, Weekday } from "../../api/types.js";
import { Choice, Field, Notice } from "../../ui/field.js";
import { planApi, type PlanView } from "../../api/plan-api.js";
import { DAY_NAMES } from "./session-card.js";

const EQUIPMENT_LABELS: Readonly<Record<string, string>> = {
  dumbbells: "Dumbbells",
  "pullup-bar": "Pull-up bar",
  "cable-machine": "Cable machine",
  "assisted-pullup-machine": "Assisted pull-up machine",
  bench: "Bench",
  band: "Resistance band",
  rower: "Rowing machine",
  "heavy-bag": "Heavy bag",
  "speed-bag": "Speed bag",
  "jump-rope": "Jump rope",
  pool: "Pool",
  bike: "Bike",
  "stair-machine": "Stair machine",
  "battle-rope": "Battle rope",
  treadmill: "Treadmill",
  elliptical: "Elliptical",
};

/** The profile as a PUT body: everything but the server's own fields. */
export function profileInput(p: Profile): ProfileInput {
  const { userId: _u, ageYears: _a, updatedAt: _t, ...input } = p;
  return input;
}

/** Change training days, session length or equipment; the plan is generated again from the saved profile. */
export function RegenerateForm({
  profile,
  onSaved,
}: {
  profile: Profile;
  onSaved: (p: Profile, plan: PlanView | null) => void;
}) {
  const [days, setDays] = useState<readonly Weekday[]>(profile.schedule?.days ?? ["mon", "wed", "fri"]);
  const [minutes, setMinutes] = useState(String(profile.schedule?.minutes ?? 45));
  const [equipment, setEquipment] = useState<readonly string[]>(profile.equipment);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const ordered = WEEKDAYS.filter((d) => days.includes(d));
      const saved = await api.put<Profile>("/api/users/me/profile", {
        ...profileInput(profile),
        schedule: { days: ordered, minutes: Number(minutes) },
        equipment: EQUIPMENT.filter((x) => equipment.includes(x)),
      });
      // The server regenerates the current plan from the saved profile (same start, length, seed).
      const plan = (await planApi.current()) ? await planApi.regenerate() : null;
      onSaved(saved, plan);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} class="regenerate" noValidate>
      {error !== undefined && <Notice kind="error">{errorMessage(error)}</Notice>}
      <Choice<Weekday>
        legend="Training days"
        name="days"
        multiple
        options={WEEKDAYS.map((d) => ({ value: d, label: DAY_NAMES[d] }))}
        value={days}
        error={errors["schedule.days"]}
        onChange={(v, on) => setDays((old) => (on ? [...old, v] : old.filter((x) => x !== v)))}
      />
      <Field
        label="Longest session"
        type="number"
        inputMode="numeric"
        min={30}
        max={180}
        suffix="min"
        value={minutes}
        error={errors["schedule.minutes"]}
        onInput={(e) => setMinutes(e.currentTarget.value)}
      />
      <Choice<string>
        legend="Equipment"
        name="equipment"
        multiple
        options={EQUIPMENT.filter((x) => x !== "none").map((x) => ({
          value: x,
          label: EQUIPMENT_LABELS[x] ?? x,
        }))}
        value={equipment}
        error={errors.equipment}
        onChange={(v, on) => setEquipment((old) => (on ? [...old, v] : old.filter((x) => x !== v)))}
      />
      <button type="submit" disabled={busy}>
        Save and regenerate
      </button>
    </form>
  );
}
