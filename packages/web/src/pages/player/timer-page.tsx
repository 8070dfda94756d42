import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { INTERVAL_PATTERNS } from "@leanback/core/training/interval-templates";
import { useMemo } from "preact/hooks";
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

/** /timer — every pattern. */
export function TimerIndexPage(_props: PageProps) {
  return (
    <section>
      <PageHeading>Interval timers</PageHeading>
      <TimerList />
    </section>
  );
}
