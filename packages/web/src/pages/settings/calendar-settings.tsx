import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";

interface FeedLink {
  url: string;
  webcalUrl: string;
}

const REMINDERS = [
  { value: "", label: "No reminder" },
  { value: "15", label: "15 minutes before" },
  { value: "30", label: "30 minutes before" },
  { value: "60", label: "1 hour before" },
] as const;

/** The feed URL with the chosen session time and reminder (server: calendar-events.ts icsQuery). */
export function feedUrl(base: string, time: string, alarm: string): string {
  const q = new URLSearchParams({ time });
  if (alarm !== "") q.set("alarm", alarm);
  return `${base}?${q.toString()}`;
}

/**
 * A secret link calendar apps subscribe to (no sign-in needed): made, renewed and ended here.
 * The server keeps only a hash of it, so it is shown once, right after it is made.
 */
export function CalendarSettings() {
  const status = useApi(
    (signal) =>
      api.get<{ active: boolean; createdAt: number | null }>("/api/users/me/calendar-feed", { signal }),
    [],
  );
  const [link, setLink] = useState<FeedLink | null>(null);
  const [time, setTime] = useState("07:00");
  const at = /^\d{2}:\d{2}$/.test(time) ? time : "07:00";
  const [alarm, setAlarm] = useState("");
  const [note, setNote] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const active = status.data?.active === true;

  const run = async (f: () => Promise<string>) => {
    setNote(null);
    try {
      setNote({ kind: "ok", text: await f() });
      status.reload();
    } catch (e) {
      setNote({ kind: "error", text: errorMessage(e) });
    }
  };

  const renew = () =>
    run(async () => {
      setLink(await api.post<FeedLink>("/api/users/me/calendar-feed"));
      return active ? "New link made; the old one no longer works." : "Link made.";
    });
  const revoke = () =>
    run(async () => {
      await api.del("/api/users/me/calendar-feed");
      setLink(null);
      return "Calendar link ended; subscribed calendars stop updating.";
    });

  return (
    <section class="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar subscription</h2>
      <p>
        Subscribe to your training plan in a calendar app; it follows changes to the plan. Anyone with the
        link can see your sessions, so keep it to yourself. It is shown once: if you lose it, make a new one
        (the old one then stops working).
      </p>
      <div class="field">
        <label for="calendar-time">Session start time</label>
        <input id="calendar-time" type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="calendar-alarm">Calendar reminder</label>
        <select id="calendar-alarm" value={alarm} onChange={(e) => setAlarm(e.currentTarget.value)}>
          {REMINDERS.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      {link && (
        <div class="field">
          <label for="calendar-link">Subscription link</label>
          <input id="calendar-link" type="url" readOnly value={feedUrl(link.url, at, alarm)} />
          <p>
            <a href={feedUrl(link.webcalUrl, at, alarm)}>Open in your calendar app</a>
          </p>
        </div>
      )}
      {status.data && !link && (
        <p class="muted">
          {active
            ? `You have a link since ${new Date(status.data.createdAt ?? 0).toLocaleDateString()}.`
            : "You have no calendar link."}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => void renew()}>
          {active ? "Make a new link" : "Make a calendar link"}
        </button>
        {active && (
          <button type="button" class="secondary" onClick={() => void revoke()}>
            End the link
          </button>
        )}
      </div>
      {note && <Notice kind={note.kind}>{note.text}</Notice>}
    </section>
  );
}
