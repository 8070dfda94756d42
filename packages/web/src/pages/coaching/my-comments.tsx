import { useApi } from "../../api/use-api.js";
import { AuditList } from "./audit-list.js";
import { coachingApi } from "./coaching-api.js";
import { commentPlace } from "./client-text.js";

/**
 * On the client's own Plan page: what their trainer wrote about their weeks and sessions, and
 * what a trainer changed in their data. Shows nothing for someone without a trainer's comments.
 */
export function MyTrainerNotes() {
  const comments = useApi((signal) => coachingApi.comments("me", signal), []);
  const list = comments.data?.comments ?? [];
  return (
    <>
      {list.length > 0 && (
        <section class="card" aria-labelledby="comments-title">
          <h2 id="comments-title">Comments</h2>
          <ul class="comments">
            {list.map((c) => (
              <li key={c.id}>
                <span class="muted">{commentPlace(c)}</span> —{" "}
                <strong>{c.author === "trainer" ? `Your trainer (${c.authorEmail})` : "You"}:</strong>{" "}
                {c.body}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AuditList userId="me" title="Changes your trainer made" />
    </>
  );
}
