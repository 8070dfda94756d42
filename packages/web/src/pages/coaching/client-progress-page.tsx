import { api } from "../../api/client.js";
import { ApiError, errorMessage } from "../../api/errors.js";
import type { Profile } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";
import { ProgressView } from "../progress/progress-page.js";
import type { PageProps } from "../registry.js";

/**
 * A client's Progress page as the client sees it, in their units, for their trainer: the same
 * view with the client's data and without the forms that log weigh-ins or measurements.
 */
export function ClientProgressPage({ params }: PageProps) {
  const clientId = params.clientId ?? "";
  const profile = useApi(
    async (signal) => {
      try {
        return await api.get<Profile>(`/api/users/${encodeURIComponent(clientId)}/profile`, { signal });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    [clientId],
  );
  const back = (
    <p>
      <a href={`/clients/${encodeURIComponent(clientId)}`}>Back to the client</a>
    </p>
  );
  if (profile.error !== undefined) return <Notice kind="error">{errorMessage(profile.error)}</Notice>;
  if (profile.data === undefined) return <p class="loading">Loading…</p>;
  if (profile.data === null)
    return (
      <section aria-labelledby="page-title">
        <PageHeading>No progress to show</PageHeading>
        <p>This client has not finished onboarding, is not your client, or the link has ended.</p>
        {back}
      </section>
    );
  return (
    <>
      <ProgressView subject={clientId} userId={clientId} profile={profile.data} title="Client's progress" />
      {back}
    </>
  );
}
