import { useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { Notice } from "../../ui/field.js";
import { coachingApi, type Comment } from "./coaching-api.js";

export interface CommentThreadProps {
  /** Whose plan the comments are about. */
  readonly clientId: string;
  readonly subject: "week" | "session";
  readonly subjectKey: string;
  /** What the field is called, e.g. "Comment on Monday's session". */
  readonly label: string;
  readonly comments: readonly Comment[];
  readonly onPosted: () => void;
}

/** The comments on one week or session, oldest first, and a field to add one. */
export function CommentThread(p: CommentThreadProps) {
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mine = p.comments.filter((c) => c.subject === p.subject && c.subjectKey === p.subjectKey);
  const id = `comment-${p.subject}-${p.subjectKey.replace(/[^0-9a-z]/gi, "-")}`;
  return (
    <div class="comment-thread">
      {mine.length > 0 && (
        <ul class="comments">
          {mine.map((c) => (
            <li key={c.id}>
              <strong>{c.author === "trainer" ? `Trainer (${c.authorEmail})` : "Client"}:</strong> {c.body}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === "") return;
          setBusy(true);
          setError(null);
          coachingApi
            .comment(p.clientId, { subject: p.subject, subjectKey: p.subjectKey, body: text })
            .then(
              () => {
                setText("");
                p.onPosted();
              },
              (err: unknown) => setError(err),
            )
            .finally(() => setBusy(false));
        }}
      >
        <label for={id}>{p.label}</label>
        <textarea
          id={id}
          rows={2}
          maxLength={2000}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="secondary" disabled={busy}>
            Post comment
          </button>
        </div>
      </form>
      {error !== null && <Notice kind="error">{errorMessage(error)}</Notice>}
    </div>
  );
}
