import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { INTERVAL_PATTERNS } from "@leanback/core/training/interval-templates";
import { customIntervalSummary } from "@leanback/core/training/custom-interval";
import { useMemo } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { loadIntervals } from "../../api/interval-api.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { PageProps } from "../registry.js";
import { TimerView } from "./timer-view.js";

/** /timer/:pattern — one of core's interval patterns, standalone (no plan, no login needed offline). */
export function TimerPage({ params }: PageProps) {
  const id = params.pattern ?? "";
  const pattern = INTERVAL_PATTERNS.find((p) => p.id === id);
  const timeline = useMemo(() => (pattern ? buildTimeline(pattern.spec) : null), [pattern]);
  if (!pattern || !timeline) {
    return (
      <section>
        <PageHeading>Timer not found</PageHeading>
        <p>There is no timer called “{id}”.</p>
        <TimerList />
      </section>
    );
  }
  return (
    <section class="timer-page">
      <PageHeading>{pattern.name}</PageHeading>
      <p class="muted">{pattern.summary}</p>
      <TimerView
        storageId={`timer:${pattern.id}`}
        timeline={timeline}
        timelineKey={`pattern:${pattern.id}`}
      />
      <p>
        <a href="/timer">All timers</a>
      </p>
    </section>
  );
}

function TimerList() {
  return (
    <ul class="timer-list">
      {INTERVAL_PATTERNS.map((p) => (
        <li key={p.id}>
          <a href={`/timer/${p.id}`}>{p.name}</a> <span class="muted">— {p.summary}</span>
        </li>
      ))}
    </ul>
  );
}

/** The person's own timers (saved on the server, so on every device of theirs). */
function OwnTimers() {
  const { user } = useSession();
  const mine = useApi((signal) => (user ? loadIntervals(user.id, signal) : Promise.resolve([])), [user?.id]);
  return (
    <section aria-labelledby="own-timers">
      <h2 id="own-timers">Your timers</h2>
      {mine.error !== undefined && (
        <p class="muted">Your timers could not be loaded: {errorMessage(mine.error)}</p>
      )}
      {mine.data && mine.data.length === 0 && (
        <p class="muted">None yet: build one with your own work, rest and rounds.</p>
      )}
      {mine.data && mine.data.length > 0 && (
        <ul class="timer-list" data-testid="own-timers">
          {mine.data.map((t) => (
            <li key={t.id}>
              <a href={`/timer/custom/${t.id}`}>{t.name}</a>{" "}
              <span class="muted">— {customIntervalSummary(t)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a class="button" href="/timer/new">
          Build your own
        </a>
      </p>
    </section>
  );
}

/** /timer — the person's own timers and every pattern of the protocol. */
export function TimerIndexPage(_props: PageProps) {
  return (
    <section>
      <PageHeading>Interval timers</PageHeading>
      <OwnTimers />
      <h2>The protocol's timers</h2>
      <TimerList />
    </section>
  );
}
