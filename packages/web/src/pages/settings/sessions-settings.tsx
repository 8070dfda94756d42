import { api } from "../../api/client.js";
import { errorMessage } from "../../api/errors.js";
import type { SessionInfo } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";

function device(ua: string | null): string {
  if (!ua) return "Unknown device";
  const browser = /Firefox\//.test(ua)
    ? "Firefox"
    : /Edg\//.test(ua)
      ? "Edge"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  const os = /Android/.test(ua)
    ? "Android"
    : /iPhone|iPad/.test(ua)
      ? "iOS"
      : /Windows/.test(ua)
        ? "Windows"
        : /Mac OS/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}

/** Where you are signed in; revoke any other session. */
export function SessionsSettings() {
  const list = useApi((signal) => api.get<{ sessions: SessionInfo[] }>("/api/auth/sessions", { signal }), []);
  const revoke = async (id: string) => {
    await api.del(`/api/auth/sessions/${encodeURIComponent(id)}`);
    list.reload();
  };
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Signed-in devices</h2>
      {list.error !== undefined && <Notice kind="error">{errorMessage(list.error)}</Notice>}
      <ul data-testid="sessions">
        {list.data?.sessions.map((s) => (
          <li key={s.id}>
            {device(s.userAgent)}, last seen {new Date(s.lastSeenAt).toLocaleString()}
            {s.current ? (
              " (this device)"
            ) : (
              <>
                {" "}
                <button type="button" class="secondary" onClick={() => void revoke(s.id)}>
                  Sign out this device
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
