import { useState } from "preact/hooks";

const KEY = "leanback.notifications";

/** Whether reminders (timer cues, session reminders) may notify; kept on this device. */
export function notificationsEnabled(): boolean {
  try {
    return (
      localStorage.getItem(KEY) === "on" && "Notification" in window && Notification.permission === "granted"
    );
  } catch {
    return false;
  }
}

export function NotificationSettings() {
  const supported = typeof window !== "undefined" && "Notification" in window;
  const [on, setOn] = useState(notificationsEnabled());
  const [note, setNote] = useState<string | null>(null);
  const toggle = async (want: boolean) => {
    setNote(null);
    if (want && supported && Notification.permission !== "granted") {
      const p = await Notification.requestPermission();
      if (p !== "granted") {
        setNote("The browser did not allow notifications; change it in the site settings.");
        return;
      }
    }
    try {
      localStorage.setItem(KEY, want ? "on" : "off");
    } catch {
      // Storage unavailable: the switch only lasts for this visit.
    }
    setOn(want);
  };
  return (
    <section class="card" aria-labelledby="notify-title">
      <h2 id="notify-title">Notifications</h2>
      <label class="choice__option">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          disabled={!supported}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <span>Reminders on this device</span>
      </label>
      {!supported && <p class="muted">This browser does not support notifications.</p>}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
