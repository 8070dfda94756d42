import { useApi } from "../../api/use-api.js";
import { coachingApi } from "./coaching-api.js";

/** What trainers changed in `userId`'s data, newest first; nothing when there is nothing. */
export function AuditList({
  userId,
  title = "Changes made by a trainer",
}: {
  userId: string;
  title?: string;
}) {
  const audit = useApi((signal) => coachingApi.audit(userId, signal), [userId]);
  const entries = audit.data?.entries ?? [];
  if (entries.length === 0) return null;
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{title}</h2>
      <ul class="audit">
        {entries.map((e) => (
          <li key={e.id}>
            {new Date(e.createdAt).toLocaleString()}: {e.trainerEmail} — {e.summary}
          </li>
        ))}
      </ul>
    </section>
  );
}
