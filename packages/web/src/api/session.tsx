import { createContext, type ComponentChildren } from "preact";
import { useCallback, useContext, useEffect, useMemo, useState } from "preact/hooks";
import { api } from "./client.js";
import { ApiError } from "./errors.js";
import type { Profile, User } from "./types.js";

export interface Session {
  /** undefined while loading; null when signed out. */
  readonly user: User | null | undefined;
  /** undefined while loading; null before onboarding (the API answers 404). */
  readonly profile: Profile | null | undefined;
  readonly setUser: (u: User | null) => void;
  readonly setProfile: (p: Profile | null) => void;
  /** Re-reads /api/auth/me and the profile. */
  readonly refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function loadProfile(): Promise<Profile | null> {
  try {
    return await api.get<Profile>("/api/users/me/profile");
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Provides the signed-in user and profile to the whole app. */
export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [profile, setProfile] = useState<Profile | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      // In parallel: the profile answer (or its 401) costs no extra round trip on start-up.
      const [me, prof] = await Promise.all([
        api.get<{ user: User }>("/api/auth/me"),
        loadProfile().catch((e: unknown) => e),
      ]);
      if (prof instanceof Error) throw prof;
      setUser(me.user);
      setProfile(prof as Profile | null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        setUser(null);
        setProfile(null);
      } else {
        // Offline at start-up: keep what the page cached, show the shell signed in if we were.
        const cached = readCachedSession();
        setUser(cached.user);
        setProfile(cached.profile);
      }
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    if (user !== undefined && profile !== undefined) writeCachedSession({ user, profile });
  }, [user, profile]);
  const value = useMemo(() => ({ user, profile, setUser, setProfile, refresh }), [user, profile, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

const KEY = "leanback.session";

// The last known user and profile, so the app opens offline (PWA) on the signed-in screens.
function readCachedSession(): { user: User | null; profile: Profile | null } {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) return JSON.parse(raw) as { user: User | null; profile: Profile | null };
  } catch {
    // Corrupt or unavailable storage: treat as signed out.
  }
  return { user: null, profile: null };
}

function writeCachedSession(s: { user: User | null; profile: Profile | null }): void {
  try {
    if (s.user) localStorage.setItem(KEY, JSON.stringify(s));
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or quota: the app still works online.
  }
}
