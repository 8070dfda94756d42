import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { errorMessage, fieldErrors } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import type { User } from "../../api/types.js";
import { navigate } from "../../router.js";
import { Field, Notice } from "../../ui/field.js";
import { PageHeading } from "../../ui/page-heading.js";

export interface AuthFormProps {
  readonly mode: "signup" | "login";
  /** Where to go afterwards (the ?next= of a redirect), same-origin paths only. */
  readonly next: string | null;
}

/** Sign-up and sign-in share one form: e-mail, password, and the server's field messages. */
export function AuthForm({ mode, next }: AuthFormProps) {
  const session = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [coaches, setCoaches] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const title = mode === "signup" ? "Create your account" : "Sign in";

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const path = mode === "signup" ? "/api/auth/signup" : "/api/auth/login";
      const body = mode === "signup" && coaches ? { email, password, coaches } : { email, password };
      const { user } = await api.post<{ user: User }>(path, body);
      session.setUser(user);
      await session.refresh();
      const safeNext = next && next.startsWith("/") && !next.startsWith("//") ? next : null;
      const afterSignup = user.coaches ? "/clients" : "/onboarding";
      navigate(mode === "signup" ? afterSignup : (safeNext ?? "/"), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <PageHeading>{title}</PageHeading>
      {error !== null && <Notice kind="error">{errorMessage(error)}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          error={errors.email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete={mode === "signup" ? "new-password" : "current-password"}
          required
          hint={
            mode === "signup" ? "At least 8 characters; a passphrase of a few words works well." : undefined
          }
          value={password}
          error={errors.password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {mode === "signup" && (
          <label class="check">
            <input type="checkbox" checked={coaches} onChange={(e) => setCoaches(e.currentTarget.checked)} />{" "}
            I coach others (no body data needed; you can set up your own plan later)
          </label>
        )}
        <div class="actions">
          <button type="submit" disabled={busy}>
            {mode === "signup" ? "Create account" : "Sign in"}
          </button>
        </div>
      </form>
      <p>
        {mode === "signup" ? (
          <>
            Already have an account? <a href="/login">Sign in</a>
          </>
        ) : (
          <>
            New here? <a href="/signup">Create an account</a>
          </>
        )}
      </p>
    </section>
  );
}
