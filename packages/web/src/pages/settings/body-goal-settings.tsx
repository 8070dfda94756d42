import { useState } from "preact/hooks";
import { InvalidInputError } from "@leanback/core/errors";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { Profile, Targets } from "../../api/types.js";
import { Notice } from "../../ui/field.js";
import { ActivityStep, GoalStep, HeightFields, SexAndBirthDate } from "../onboarding/steps.js";
import { wizardStateOf, withBodyAndGoal, type WizardState } from "../onboarding/wizard-state.js";
import { profileInputOf } from "./profile-settings.js";

/** One line per target that moved, e.g. "Daily target: 1,794 → 1,850 kcal". */
export function targetChanges(before: Targets | null, after: Targets): string[] {
  if (!before) return [`Daily target: ${after.targetKcal.toLocaleString("en")} kcal`];
  const out: string[] = [];
  const line = (label: string, a: number, b: number, unit: string) => {
    if (a !== b) out.push(`${label}: ${a.toLocaleString("en")} → ${b.toLocaleString("en")} ${unit}`);
  };
  line("Daily target", before.targetKcal, after.targetKcal, "kcal");
  line("Protein", before.proteinGPerDay, after.proteinGPerDay, "g a day");
  line("Fat servings", before.fatServings, after.fatServings, "a day");
  return out;
}

async function currentTargets(): Promise<Targets | null> {
  try {
    return await api.get<Targets>("/api/users/me/targets");
  } catch {
    return null; // no weigh-in yet: there is nothing to compare with
  }
}

/** Sex, birth date, height, activity and the goal: saved as the whole profile, with what changed. */
export function BodyGoalSettings({ profile }: { profile: Profile }) {
  const session = useSession();
  const [s, setState] = useState<WizardState>(() => wizardStateOf(profile));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [changes, setChanges] = useState<string[] | null>(null);
  const set = (patch: Partial<WizardState>) => setState((prev) => ({ ...prev, ...patch }));

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setErrors({});
    setChanges(null);
    try {
      const body = withBodyAndGoal(profileInputOf(profile), s);
      const before = await currentTargets();
      const next = await api.put<Profile>("/api/users/me/profile", body);
      session.setProfile(next);
      const after = await currentTargets();
      setChanges(after ? targetChanges(before, after) : []);
    } catch (err) {
      if (err instanceof InvalidInputError) setErrors({ [err.field]: err.rule });
      else {
        setErrors({ ...fieldErrors(err) });
        setError(err);
      }
    }
  };

  return (
    <section class="card" aria-labelledby="body-goal-title">
      <h2 id="body-goal-title">Body and goal</h2>
      <form onSubmit={save} noValidate>
        <SexAndBirthDate s={s} set={set} errors={errors} />
        <HeightFields s={s} set={set} errors={errors} />
        <ActivityStep s={s} set={set} errors={errors} />
        <GoalStep s={s} set={set} errors={errors} weightOnly />
        <div class="actions">
          <button type="submit">Save body and goal</button>
        </div>
      </form>
      {changes !== null && (
        <Notice kind="ok">
          Saved. {changes.length === 0 ? "Your targets stay as they were." : `${changes.join("; ")}.`}
        </Notice>
      )}
      {error !== null && Object.keys(fieldErrors(error)).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </section>
  );
}
