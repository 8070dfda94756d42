import { errorMessage } from "../../api/errors.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { PageProps } from "../registry.js";
import { TrainerSettings } from "../../ui/trainer-settings.js";
import { coachingApi, type ClientSummary } from "./coaching-api.js";
import { adherenceText, FLAG_TEXT, rateText } from "./client-text.js";
import "./coaching.css";

function ClientCard({ c }: { c: ClientSummary }) {
  const name = c.displayName ?? c.email;
  return (
    <li class="card client-card" aria-labelledby={`client-${c.userId}`}>
      <h2 id={`client-${c.userId}`}>
        <a href={`/clients/${encodeURIComponent(c.userId)}`}>{name}</a>
      </h2>
      {c.flags.length > 0 && (
        <ul class="client-flags" aria-label="Flags">
          {c.flags.map((f) => (
            <li key={f} class="badge badge--warn">
              {FLAG_TEXT[f]}
            </li>
          ))}
        </ul>
      )}
      {!c.hasProfile && <p>Has not finished onboarding yet.</p>}
      <dl>
        <dt>This week</dt>
        <dd>{adherenceText(c.thisWeek)}</dd>
        <dt>Last 4 weeks</dt>
        <dd>{adherenceText(c.fourWeeks)}</dd>
        <dt>Trend weight</dt>
        <dd>
          {c.trendKg === null ? "no weigh-ins" : `${c.trendKg.toFixed(1)} kg`}, {rateText(c.kgPerWeek)} (plan{" "}
          {rateText(c.plannedKgPerWeek)})
        </dd>
        <dt>Last check-in</dt>
        <dd>
          {c.lastCheckIn
            ? `week of ${c.lastCheckIn.weekStart}: ${c.lastCheckIn.proposedKcal} kcal proposed, ${
                c.lastCheckIn.accepted === null
                  ? "not decided"
                  : c.lastCheckIn.accepted
                    ? "accepted"
                    : "declined"
              }`
            : "none yet"}
        </dd>
        <dt>Last log</dt>
        <dd>{c.lastLogDate ?? "never"}</dd>
        <dt>Plan changes</dt>
        <dd>{c.planConsent ? "allowed by the client" : "read only (the client has not allowed changes)"}</dd>
      </dl>
    </li>
  );
}

/** The trainer's workspace: every accepted client with adherence, trend and flags; invitations. */
export function ClientsPage(_props: PageProps) {
  const list = useApi((signal) => coachingApi.clients(signal), []);
  const clients = list.data?.clients;
  return (
    <section aria-labelledby="page-title">
      <PageHeading>Your clients</PageHeading>
      {list.error !== undefined && <Notice kind="error">{errorMessage(list.error)}</Notice>}
      {clients?.length === 0 && <p>No clients yet. Invite one below; you see their data once they accept.</p>}
      {clients && clients.length > 0 && (
        <ul class="client-list">
          {clients.map((c) => (
            <ClientCard key={c.userId} c={c} />
          ))}
        </ul>
      )}
      <TrainerSettings />
    </section>
  );
}
