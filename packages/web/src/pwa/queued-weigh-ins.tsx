import { useEffect, useState } from "preact/hooks";
import { onOutboxChange, pending } from "./outbox.js";

/** The weigh-ins waiting in the outbox ("Weigh-in 80.2 kg on 2026-11-20 (waiting to sync)"). */
export function QueuedWeighIns() {
  const [queued, setQueued] = useState<string[]>([]);
  useEffect(() => {
    const read = () =>
      void pending().then(
        (items) => setQueued(items.filter((i) => i.path.endsWith("/weigh-ins")).map((i) => i.summary)),
        () => undefined,
      );
    read();
    return onOutboxChange(read);
  }, []);
  if (queued.length === 0) return null;
  return (
    <ul class="muted" data-testid="queued-weigh-ins" aria-label="Waiting to sync">
      {queued.map((q) => (
        <li key={q}>{q} (waiting to sync)</li>
      ))}
    </ul>
  );
}
