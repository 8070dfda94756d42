import { customIntervalSpec, customIntervalSummary } from "@leanback/core/training/custom-interval";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { useEffect, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { sendOrQueue } from "../../pwa/outbox-sync.js";
import { navigate } from "../../router.js";
import { Field, Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { clockText } from "../player/timer-view.js";
import type { PageProps } from "../registry.js";
import { loadIntervals } from "../../api/interval-api.js";
import { EMPTY_FIELDS, fieldsOf, intervalOf, type FieldName, type IntervalFields } from "./interval-form.js";

const LABELS: ReadonlyArray<[FieldName, string, string | undefined]> = [
  ["name", "Name", undefined],
  ["work", "Work", "seconds, or m:ss"],
  ["rest", "Rest", "seconds, or m:ss; 0 for none"],
  ["rounds", "Rounds", undefined],
  ["warmup", "Warm-up", "m:ss or seconds; 0 for none"],
  ["cooldown", "Cool-down", "m:ss or seconds; 0 for none"],
];

/**
 * /timer/new and /timer/custom/:id/edit — build one's own interval timer. The preview is the
 * timeline the player will run (core's buildTimeline), so the length shown is the length played.
 */
export function IntervalBuilderPage({ params }: PageProps) {
  const { user } = useSession();
  const id = params.id ?? null;
  const existing = useApi(
    async (signal) =>
      id && user ? ((await loadIntervals(user.id, signal)).find((i) => i.id === id) ?? null) : null,
    [id, user?.id],
  );
  const [fields, setFields] = useState<IntervalFields>(EMPTY_FIELDS);
  const [error, setError] = useState<{ field: FieldName; message: string } | null>(null);
  const [notice, setNotice] = useState<unknown>(null);
  const [queued, setQueued] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (existing.data) setFields(fieldsOf(existing.data));
  }, [existing.data]);

  if (id !== null && existing.loading && !existing.data) return <p class="loading">Loading the timer…</p>;
  if (id !== null && !existing.loading && !existing.data)
    return (
      <section>
        <PageHeading>Timer not found</PageHeading>
        {existing.error !== undefined && <Notice kind="error">{errorMessage(existing.error)}</Notice>}
        <p>
          <a href="/timer">All timers</a>
        </p>
      </section>
    );

  const parsed = intervalOf(fields);
  const preview = parsed.ok ? buildTimeline(customIntervalSpec(parsed.value)) : null;

  async function save(e: Event) {
    e.preventDefault();
    if (!parsed.ok) {
      setError({ field: parsed.field, message: parsed.message });
      return;
    }
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      if (id !== null) {
        await api.put(`/api/users/me/intervals/${encodeURIComponent(id)}`, parsed.value);
        navigate(`/timer/custom/${id}`);
        return;
      }
      // Offline in a gym: the timer waits in the outbox and syncs when back online.
      const sent = await sendOrQueue<{ id: string }>(
        "POST",
        "/api/users/me/intervals",
        parsed.value,
        `Interval timer “${parsed.value.name}”`,
      );
      if (sent.queued) setQueued(true);
      else navigate(`/timer/custom/${sent.value.id}`);
    } catch (err) {
      setNotice(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="interval-builder">
      <PageHeading>{id === null ? "Build an interval timer" : "Edit interval timer"}</PageHeading>
      {queued && (
        <Notice kind="info">
          You are offline: the timer is kept on this device and saved to your account as soon as you are back
          online.
        </Notice>
      )}
      {notice !== null && <Notice kind="error">{errorMessage(notice)}</Notice>}
      <form onSubmit={(e) => void save(e)} aria-label="Interval timer" noValidate>
        {LABELS.map(([k, label, hint]) => (
          <Field
            key={k}
            label={label}
            hint={hint}
            inputMode={k === "name" ? undefined : k === "rounds" ? "numeric" : "text"}
            value={fields[k]}
            error={error?.field === k ? error.message : undefined}
            onInput={(e) => setFields({ ...fields, [k]: e.currentTarget.value })}
          />
        ))}
        <p class="muted" data-testid="builder-preview" aria-live="polite">
          {parsed.ok && preview
            ? `${customIntervalSummary(parsed.value)}: ${clockText(preview.totalSeconds)} in all, with 10 s to get ready.`
            : "Fill in the fields to see the timer."}
        </p>
        <p>
          <button type="submit" class="button" disabled={busy}>
            {busy ? "Saving…" : "Save timer"}
          </button>{" "}
          <a href={id === null ? "/timer" : `/timer/custom/${id}`}>Cancel</a>
        </p>
      </form>
    </section>
  );
}
