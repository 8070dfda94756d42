import { catalogue } from "@leanback/core/training/catalogue";
import { exerciseDisplayName } from "@leanback/core/training/exercise-match";
import { useEffect, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { navigate } from "../../router.js";
import { Field, Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { shortDate } from "../../ui/format.js";
import type { PageProps } from "../registry.js";
import {
  formOf,
  hasWeight,
  patchBodyOf,
  RowError,
  type EditForm,
  type SetRow,
  type StoredWorkout,
} from "./workout-edit-model.js";

// Imported exercises the catalogue lacks show under their own name ("custom:Hip Thrust").
const nameOf = (id: string) => exerciseDisplayName(catalogue(), id);

/**
 * /workouts/:id — a saved workout, editable: title, notes, each set's reps, seconds and weight,
 * each bout's minutes; remove a set or bout; delete the workout. Saving sends PATCH (sets and
 * bouts as whole lists), so personal records and progression read the corrected log.
 */
export function WorkoutEditPage({ params }: PageProps) {
  const { profile } = useSession();
  const id = params.id ?? "";
  const units = profile?.unitSystem ?? "metric";
  const loaded = useApi(
    (signal) => api.get<StoredWorkout>(`/api/users/me/workouts/${encodeURIComponent(id)}`, { signal }),
    [id],
  );
  const [form, setForm] = useState<EditForm | null>(null);
  const [error, setError] = useState<RowError | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (loaded.data) setForm(formOf(loaded.data, units));
  }, [loaded.data, units]);

  if (loaded.error !== undefined)
    return (
      <section>
        <PageHeading>Workout</PageHeading>
        <Notice kind="error">{errorMessage(loaded.error)}</Notice>
        <p>
          <a href="/">Back to Today</a>
        </p>
      </section>
    );
  const w = loaded.data;
  if (!w || !form) return <p class="loading">Loading the workout…</p>;

  const unit = units === "imperial" ? "lb" : "kg";
  const setRow = (i: number, patch: Partial<SetRow>) =>
    setForm({ ...form, sets: form.sets.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const errorAt = (list: RowError["list"], i: number, field: string) =>
    error && error.list === list && error.index === i && error.field === field ? error.message : undefined;

  async function save(e: Event) {
    e.preventDefault();
    if (!form) return;
    setNotice(null);
    let body: ReturnType<typeof patchBodyOf>;
    try {
      body = patchBodyOf(form, units);
    } catch (err) {
      if (err instanceof RowError) {
        setError(err);
        return;
      }
      throw err;
    }
    setError(null);
    setBusy(true);
    try {
      await api.patch(`/api/users/me/workouts/${encodeURIComponent(id)}`, body);
      setNotice({ kind: "ok", text: "Workout saved. Records and progression use the corrected sets." });
      loaded.reload();
    } catch (err) {
      setNotice({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await api.del(`/api/users/me/workouts/${encodeURIComponent(id)}`);
      navigate("/", { replace: true });
    } catch (err) {
      setNotice({ kind: "error", text: errorMessage(err) });
      setBusy(false);
    }
  }

  return (
    <section class="workout-edit">
      <PageHeading>Edit workout</PageHeading>
      <p class="muted">
        {shortDate(w.date)}
        {w.plannedRef !== null ? " · planned session" : ""}
      </p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form onSubmit={(e) => void save(e)} aria-label="Edit workout" noValidate>
        <Field
          label="Title"
          value={form.title}
          error={errorAt("title", 0, "title")}
          onInput={(e) => setForm({ ...form, title: e.currentTarget.value })}
        />
        {form.sets.length > 0 && (
          <fieldset class="card">
            <legend>Sets</legend>
            <ol class="edit-sets" data-testid="edit-sets">
              {form.sets.map((s, i) => (
                <li key={i}>
                  <p>
                    <strong>{nameOf(s.exerciseId)}</strong>, set {i + 1}
                  </p>
                  {s.seconds === "" || s.reps !== "" ? (
                    <Field
                      label={`Reps, set ${i + 1}`}
                      inputMode="numeric"
                      value={s.reps}
                      error={errorAt("sets", i, "reps")}
                      onInput={(e) => setRow(i, { reps: e.currentTarget.value })}
                    />
                  ) : (
                    <Field
                      label={`Seconds, set ${i + 1}`}
                      inputMode="numeric"
                      value={s.seconds}
                      error={errorAt("sets", i, "seconds")}
                      onInput={(e) => setRow(i, { seconds: e.currentTarget.value })}
                    />
                  )}
                  {hasWeight(s.loadType) && (
                    <Field
                      label={`${s.loadType === "assisted" ? "Assistance" : s.loadType === "bodyweight" ? "Added load" : "Load"}, set ${i + 1}`}
                      inputMode="decimal"
                      suffix={unit}
                      value={s.weight}
                      error={errorAt("sets", i, "kg")}
                      onInput={(e) => setRow(i, { weight: e.currentTarget.value })}
                    />
                  )}
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => setForm({ ...form, sets: form.sets.filter((_, j) => j !== i) })}
                  >
                    Remove set {i + 1}
                  </button>
                </li>
              ))}
            </ol>
          </fieldset>
        )}
        {form.cardio.length > 0 && (
          <fieldset class="card">
            <legend>Cardio</legend>
            {form.cardio.map((c, i) => (
              <div key={i}>
                <Field
                  label={`Minutes of ${c.modality}`}
                  inputMode="decimal"
                  value={c.minutes}
                  error={errorAt("cardio", i, "minutes")}
                  onInput={(e) => {
                    const minutes = e.currentTarget.value;
                    setForm({
                      ...form,
                      cardio: form.cardio.map((x, j) => (j === i ? { ...x, minutes } : x)),
                    });
                  }}
                />
                <button
                  type="button"
                  class="link-button"
                  onClick={() => setForm({ ...form, cardio: form.cardio.filter((_, j) => j !== i) })}
                >
                  Remove {c.modality}
                </button>
              </div>
            ))}
          </fieldset>
        )}
        <Field
          label="Notes"
          value={form.notes}
          onInput={(e) => setForm({ ...form, notes: e.currentTarget.value })}
        />
        {error && error.list === "sets" && form.sets.length === 0 && (
          <Notice kind="error">{error.message}</Notice>
        )}
        <p>
          <button type="submit" class="button" disabled={busy}>
            {busy ? "Saving…" : "Save changes"}
          </button>
        </p>
      </form>
      <section class="card" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete</h2>
        {confirming ? (
          <p>
            Delete this workout and its sets for good?{" "}
            <button type="button" class="button" disabled={busy} onClick={() => void remove()}>
              Yes, delete the workout
            </button>{" "}
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        ) : (
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            Delete workout
          </button>
        )}
      </section>
      <p>
        <a href="/progress">See progress</a> · <a href="/">Back to Today</a>
      </p>
    </section>
  );
}
