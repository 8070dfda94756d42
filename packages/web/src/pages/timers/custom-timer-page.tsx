import { customIntervalSpec, customIntervalSummary } from "@leanback/core/training/custom-interval";
import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { useMemo, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { navigate } from "../../router.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { TimerView } from "../player/timer-view.js";
import type { PageProps } from "../registry.js";
import { loadIntervals } from "../../api/interval-api.js";

/** /timer/custom/:id — one of the person's own timers in the same timer player as the patterns. */
export function CustomTimerPage({ params }: PageProps) {
  const { user } = useSession();
  const id = params.id ?? "";
  const list = useApi((signal) => (user ? loadIntervals(user.id, signal) : Promise.resolve([])), [user?.id]);
  const saved = list.data?.find((i) => i.id === id);
  const timeline = useMemo(() => (saved ? buildTimeline(customIntervalSpec(saved)) : null), [saved]);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);

  if (list.error !== undefined)
    return (
      <section>
        <PageHeading>Interval timer</PageHeading>
        <Notice kind="error">{errorMessage(list.error)}</Notice>
      </section>
    );
  if (!list.data) return <p class="loading">Loading the timer…</p>;
  if (!saved || !timeline)
    return (
      <section>
        <PageHeading>Timer not found</PageHeading>
        <p>
          There is no timer of yours with this id. <a href="/timer">All timers</a>
        </p>
      </section>
    );

  async function remove() {
    try {
      await api.del(`/api/users/me/intervals/${encodeURIComponent(id)}`);
      navigate("/timer", { replace: true });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section class="timer-page">
      <PageHeading>{saved.name}</PageHeading>
      <p class="muted" data-testid="timer-summary">
        {customIntervalSummary(saved)}
      </p>
      <TimerView
        storageId={`timer:custom:${saved.id}`}
        timeline={timeline}
        // Any edit changes the key, so a stored run of the old version is not resumed.
        timelineKey={`custom:${saved.id}:${saved.updatedAt}:${timeline.totalSeconds}`}
      />
      {error !== null && <Notice kind="error">{errorMessage(error)}</Notice>}
      <p>
        <a href={`/timer/custom/${saved.id}/edit`}>Edit this timer</a> · <a href="/timer">All timers</a>
      </p>
      {confirming ? (
        <p>
          Delete “{saved.name}”?{" "}
          <button type="button" class="button" onClick={() => void remove()}>
            Yes, delete the timer
          </button>{" "}
          <button type="button" class="button secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
          Delete timer
        </button>
      )}
    </section>
  );
}
