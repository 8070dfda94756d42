import { useState } from "preact/hooks";
import { api } from "../api/client.js";
import { errorMessage, fieldErrors } from "../api/errors.js";
import { useApi } from "../api/use-api.js";
import { Field, Notice } from "./field.js";

interface Link {
  id: string;
  role: "trainer" | "client";
  email: string;
  status: "invited" | "accepted";
  planConsent: boolean;
}

/** Trainer links: invite a client by e-mail; accept or end links where you are the client. */
export function TrainerSettings() {
  const links = useApi((signal) => api.get<{ links: Link[] }>("/api/trainer/links", { signal }), []);
  const [email, setEmail] = useState("");
  const [token, setToken] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  const errors = fieldErrors(error);

  const run = async (f: () => Promise<string>) => {
    setError(null);
    setNote(null);
    try {
      setNote(await f());
      links.reload();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section class="card" aria-labelledby="trainer-title">
      <h2 id="trainer-title">Trainer</h2>
      <ul>
        {links.data?.links.map((l) => (
          <li key={l.id}>
            {l.role === "trainer" ? "Your trainer" : "Your client"} {l.email} ({l.status}){" "}
            {l.role === "trainer" && l.status === "invited" && (
              <button
                type="button"
                onClick={() =>
                  void run(async () => (await api.post(`/api/trainer/links/${l.id}/accept`), "Accepted."))
                }
              >
                Accept
              </button>
            )}{" "}
            {l.role === "trainer" && l.status === "accepted" && (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void run(async () => {
                    await api.put(`/api/trainer/links/${l.id}/plan-consent`, { allow: !l.planConsent });
                    return l.planConsent
                      ? "Your trainer can no longer change your plan."
                      : "Your trainer may now swap exercises and regenerate your plan; each change is listed on your Plan page.";
                  })
                }
              >
                {l.planConsent ? "Stop plan changes" : "Allow plan changes"}
              </button>
            )}{" "}
            <button
              type="button"
              class="secondary"
              onClick={() =>
                void run(async () => (await api.del(`/api/trainer/links/${l.id}`), "Link ended."))
              }
            >
              {l.status === "invited" ? "Decline" : "End link"}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const r = await api.post<{ token: string }>("/api/trainer/invitations", { email });
            return `Invitation sent. Your client can also accept with this code: ${r.token}`;
          });
        }}
        noValidate
      >
        <Field
          label="Invite a client (e-mail)"
          name="inviteEmail"
          type="email"
          value={email}
          error={errors.email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="secondary">
            Invite
          </button>
        </div>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            async () => (
              await api.post("/api/trainer/invitations/accept", { token }),
              "You accepted the invitation."
            ),
          );
        }}
        noValidate
      >
        <Field
          label="Accept an invitation code"
          name="inviteToken"
          type="text"
          value={token}
          error={errors.token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="submit" class="secondary">
            Accept code
          </button>
        </div>
      </form>
      {note && <Notice kind="ok">{note}</Notice>}
      {error !== null && Object.keys(errors).length === 0 && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </section>
  );
}
