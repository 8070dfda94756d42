import { useEffect, useState } from "preact/hooks";
import { onOutboxChange, pending } from "./outbox.js";

/** "Offline" and "N waiting to sync" in the header, announced politely. */
export function OfflineBadge() {
  const [online, setOnline] = useState(navigator.onLine);
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    const count = () =>
      void pending().then(
        (p) => setWaiting(p.length),
        () => undefined,
      );
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    const off = onOutboxChange(count);
    count();
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
      off();
    };
  }, []);
  const text = [online ? "" : "Offline", waiting > 0 ? `${waiting} waiting to sync` : ""]
    .filter(Boolean)
    .join(" · ");
  return (
    <span class="offline-badge" role="status" data-testid="sync-status">
      {text}
    </span>
  );
}
