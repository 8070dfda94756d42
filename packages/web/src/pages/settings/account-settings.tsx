import { useState } from "preact/hooks";
import { api } from "../../api/client.js";
import { ApiError, errorMessage, fieldErrors } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { navigate } from "../../router.js";
import { Field, Notice } from "../../ui/field.js";

/** A wrong current password (403) belongs beside the password field, not in a banner. */
function passwordError(e: unknown, field: string): string | undefined {
  if (e instanceof ApiError && e.code === "wrong_password") return "That is not your current password.";
  return fieldErrors(e)[field];
}

/** Change the password: every other device is signed out (the server says so). */
function PasswordChange() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api.post("/api/auth/password", { currentPassword: current, newPassword: next });
      setCurrent("");
      setNext("");
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  const errors = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="password-title">
      <h3 id="password-title">Change password</h3>
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={current}
        error={passwordError(error, "currentPassword")}
        onInput={(e) => setCurrent(e.currentTarget.value)}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; a few unrelated words work well."
        value={next}
        error={errors.newPassword}
        onInput={(e) => setNext(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit">Change password</button>
      </div>
      {saved && <Notice kind="ok">Password changed. Your other devices are signed out.</Notice>}
      {error !== null && Object.keys(errors).length === 0 && passwordError(error, "") === undefined && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </form>
  );
}

/** Delete the account and all its data, confirmed with the password and the word DELETE. */
function DeleteAccount() {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await api.post("/api/auth/account/delete", { password, confirm });
      navigator.serviceWorker?.controller?.postMessage({ type: "signed-out" });
      session.setUser(null);
      session.setProfile(null);
      navigate("/login?deleted=1", { replace: true });
    } catch (err) {
      setError(err);
    }
  };
  if (!open) {
    return (
      <div class="actions">
        <button type="button" class="danger" onClick={() => setOpen(true)}>
          Delete account…
        </button>
      </div>
    );
  }
  const errors = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="delete-title">
      <h3 id="delete-title">Delete account</h3>
      <p>
        This deletes your account and everything in it: profile, plan, diary, foods and recipes you made,
        weigh-ins, measurements and workouts. It cannot be undone; export your data first if you want to keep
        it.
      </p>
      <Field
        label="Password"
        name="deletePassword"
        type="password"
        autoComplete="current-password"
        value={password}
        error={passwordError(error, "password")}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <Field
        label="Type DELETE to confirm"
        name="confirm"
        type="text"
        autoComplete="off"
        value={confirm}
        error={errors.confirm}
        onInput={(e) => setConfirm(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="danger">
          Delete my account
        </button>
        <button type="button" class="secondary" onClick={() => setOpen(false)}>
          Keep my account
        </button>
      </div>
      {error !== null && Object.keys(errors).length === 0 && passwordError(error, "") === undefined && (
        <Notice kind="error">{errorMessage(error)}</Notice>
      )}
    </form>
  );
}

/** Password change and account deletion. */
export function AccountSettings() {
  return (
    <section class="card" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <PasswordChange />
      <DeleteAccount />
    </section>
  );
}
