import { api } from "../../api/client.js";
import { useSession } from "../../api/session.js";
import { navigate } from "../../router.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { PageProps } from "../registry.js";
import { AccountSettings } from "./account-settings.js";
import { BodyGoalSettings } from "./body-goal-settings.js";
import { CalendarSettings } from "./calendar-settings.js";
import { DataSettings } from "./data-settings.js";
import { ProfileSettings } from "./profile-settings.js";
import { SessionsSettings } from "./sessions-settings.js";
import { TrainerSettings } from "../../ui/trainer-settings.js";
import { TreatSettings } from "./treat-settings.js";
import { ReminderSettings } from "./reminder-settings.js";

/** Settings: body and goal, units and floor, treat limits, reminders, data export/import, calendar subscription, devices, trainer links, account, sign out. */
export function SettingsPage(_props: PageProps) {
  const session = useSession();
  const signOut = async () => {
    try {
      await api.post("/api/auth/logout");
    } finally {
      // The service worker drops its cached API answers: they are this user's data.
      navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
      session.setUser(null);
      session.setProfile(null);
      navigate("/login", { replace: true });
    }
  };
  return (
    <section>
      <PageHeading>Settings</PageHeading>
      {session.user && <p class="muted">Signed in as {session.user.email}</p>}
      {session.profile && <BodyGoalSettings profile={session.profile} />}
      {session.profile && <ProfileSettings profile={session.profile} />}
      {session.profile && <TreatSettings />}
      <ReminderSettings />
      <DataSettings />
      <CalendarSettings />
      <SessionsSettings />
      <TrainerSettings />
      <AccountSettings />
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </section>
  );
}
