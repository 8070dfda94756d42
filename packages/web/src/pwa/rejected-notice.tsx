import { useEffect, useState } from "preact/hooks";
import { clearRejected, onRejected, rejected, type RejectedWrite } from "./outbox-sync.js";

/** Tells the user when a change made offline was refused on replay, instead of losing it silently. */
export function RejectedNotice() {
  const [items, setItems] = useState<readonly RejectedWrite[]>([...rejected()]);
  useEffect(() => onRejected(() => setItems([...rejected()])), []);
  if (items.length === 0) return null;
  return (
    <div class="notice notice--error rejected-notice" role="alert">
      <p>
        {items.length === 1 ? "A change made offline was" : `${items.length} changes made offline were`} not
        saved:
      </p>
      <ul>
        {items.map((r, i) => (
          <li key={i}>
            {r.summary}: {r.message}
          </li>
        ))}
      </ul>
      <button type="button" class="secondary" onClick={clearRejected}>
        Dismiss
      </button>
    </div>
  );
}
