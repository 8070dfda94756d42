import { useOutboxItems } from "./use-outbox-items.js";

/** The weigh-ins waiting in the outbox ("Weigh-in 80.2 kg on 2026-11-20 (waiting to sync)"). */
export function QueuedWeighIns() {
  const queued = useOutboxItems()
    .filter((i) => i.path.endsWith("/weigh-ins"))
    .map((i) => i.summary);
  if (queued.length === 0) return null;
  return (
    <ul class="muted" data-testid="queued-weigh-ins" aria-label="Waiting to sync">
      {queued.map((q) => (
        <li key={q}>{q} (waiting to sync)</li>
      ))}
    </ul>
  );
}
