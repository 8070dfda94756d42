import { useEffect, useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useApi } from "../../api/use-api.js";
import { Field, Notice } from "../../ui/field.js";

interface Times {
  weighInTime: string | null;
  sessionTime: string | null;
  checkInTime: string | null;
  quietStart: string | null;
  quietEnd: string | null;
}

const FIELDS: ReadonlyArray<{ key: keyof Times; label: string; hint?: string }> = [
  { key: "weighInTime", label: "Weigh-in reminder", hint: "Every day, unless you have weighed in." },
  { key: "sessionTime", label: "Training reminder", hint: "On days with a planned session not yet logged." },
  { key: "checkInTime", label: "Check-in reminder", hint: "Mondays, until the week's check-in is run." },
  { key: "quietStart", label: "Quiet hours from" },
  { key: "quietEnd", label: "Quiet hours until" },
];

function pushSupported(): boolean {
  return (
    typeof window !== "undefined" &&
    "serviceWorker" in navigator &&
    "PushManager" in window &&
    "Notification" in window
  );
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const reg = await navigator.serviceWorker.getRegistration("/");
  return reg ? reg.pushManager.getSubscription() : null;
}

/**
 * Reminders by Web Push: this device subscribes (the browser asks for permission) and the server
 * sends at the times set here, in the profile's time zone, never in quiet hours.
 */
export function ReminderSettings() {
  const supported = pushSupported();
  const saved = useApi((signal) => api.get<Times>("/api/users/me/reminder-settings", { signal }), []);
  const [times, setTimes] = useState<Record<keyof Times, string>>({
    weighInTime: "",
    sessionTime: "",
    checkInTime: "",
    quietStart: "",
    quietEnd: "",
  });
  const [subscribed, setSubscribed] = useState<boolean | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [ok, setOk] = useState<string | null>(null);
  const errors = fieldErrors(error);

  const [touched, setTouched] = useState(false);
  useEffect(() => {
    // The stored times arrive once; what the person typed before they arrived wins.
    if (!saved.data || touched) return;
    const d = saved.data;
    setTimes({
      weighInTime: d.weighInTime ?? "",
      sessionTime: d.sessionTime ?? "",
      checkInTime: d.checkInTime ?? "",
      quietStart: d.quietStart ?? "",
      quietEnd: d.quietEnd ?? "",
    });
  }, [saved.data]);
  useEffect(() => {
    if (!supported) return;
    void currentSubscription().then(
      (s) => setSubscribed(s !== null),
      () => setSubscribed(false),
    );
  }, [supported]);

  const toggle = async (want: boolean) => {
    setNote(null);
    try {
      if (want) {
        if ((await Notification.requestPermission()) !== "granted") {
          setNote("The browser did not allow notifications; allow them in the site settings.");
          return;
        }
        const reg = await navigator.serviceWorker.ready;
        const { publicKey } = await api.get<{ publicKey: string }>("/api/push/public-key");
        const sub = await reg.pushManager.subscribe({
          userVisibleOnly: true,
          // The Push API takes the VAPID key as base64url text.
          applicationServerKey: publicKey,
        });
        const json = sub.toJSON();
        await api.put("/api/users/me/push-subscriptions", { endpoint: json.endpoint, keys: json.keys });
        setSubscribed(true);
      } else {
        const sub = await currentSubscription();
        if (sub) {
          await api.post("/api/users/me/push-subscriptions/remove", { endpoint: sub.endpoint });
          await sub.unsubscribe();
        }
        setSubscribed(false);
      }
    } catch (e) {
      setNote(`This device could not ${want ? "subscribe" : "unsubscribe"}: ${errorMessage(e)}`);
    }
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setOk(null);
    const body = Object.fromEntries(
      FIELDS.map((f) => [f.key, times[f.key].trim() === "" ? null : times[f.key].trim()]),
    );
    try {
      await api.put("/api/users/me/reminder-settings", body);
      setOk("Saved.");
    } catch (err) {
      setError(err);
    }
  };

  const test = async () => {
    setOk(null);
    setNote(null);
    try {
      const r = await api.post<{ sent: number; removed: number; failed: number }>(
        "/api/users/me/push-subscriptions/test",
      );
      setOk(
        r.sent === 0
          ? "No device got it: subscribe this device first."
          : `Sent to ${r.sent} device${r.sent === 1 ? "" : "s"}.`,
      );
    } catch (err) {
      setNote(errorMessage(err));
    }
  };

  return (
    <section class="card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      {supported ? (
        <label class="choice__option">
          <input
            type="checkbox"
            role="switch"
            checked={subscribed === true}
            disabled={subscribed === null}
            onChange={(e) => void toggle(e.currentTarget.checked)}
          />
          <span>Reminders on this device</span>
        </label>
      ) : (
        <p class="muted">
          This browser cannot receive push reminders. On an iPhone, add leanback to the Home Screen first (iOS
          16.4 or later).
        </p>
      )}
      {note && <p role="status">{note}</p>}
      <form onSubmit={save} noValidate>
        {FIELDS.map((f) => (
          <Field
            key={f.key}
            label={f.label}
            hint={f.hint}
            name={f.key}
            type="time"
            value={times[f.key]}
            error={errors[f.key]}
            onInput={(e) => {
              const v = e.currentTarget.value;
              setTouched(true);
              setTimes((t) => ({ ...t, [f.key]: v }));
            }}
          />
        ))}
        <p class="muted">Times are in your profile's time zone; empty turns a reminder off.</p>
        <div class="actions">
          <button type="submit">Save reminder times</button>
          {subscribed && (
            <button type="button" class="secondary" onClick={() => void test()}>
              Send a test reminder
            </button>
          )}
        </div>
      </form>
      {ok && <Notice kind="ok">{ok}</Notice>}
      {error !== null && Object.keys(errors).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </section>
  );
}
