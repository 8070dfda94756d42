import { hash } from "node:crypto";

/** Cookie names: the `__Host-` prefix (RFC 6265bis §4.1.3.2) pins it to our host over TLS. */
export const COOKIE_PLAIN = "leanback_session";
export const COOKIE_SECURE = "__Host-leanback_session";

/** A fresh session token: 32 CSPRNG bytes, base64url (43 chars). */
export function newSessionToken(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(32);
  if (bytes.length !== 32) throw new Error("random source returned the wrong length");
  return Buffer.from(bytes).toString("base64url");
}

/** sha256(token) hex: what the database stores, so a leaked table yields no usable cookie. */
export function hashToken(token: string): string {
  return hash("sha256", token, "hex");
}

/** The session token from a Cookie header (either name), or null. */
export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === COOKIE_SECURE || name === COOKIE_PLAIN) {
      const value = part.slice(eq + 1).trim();
      if (/^[A-Za-z0-9_-]{43}$/.test(value)) return value;
    }
  }
  return null;
}

/** Set-Cookie for a new session: HttpOnly, SameSite=Lax, Path=/, Secure + __Host- over TLS. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const name = secure ? COOKIE_SECURE : COOKIE_PLAIN;
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? "; Secure" : ""}`;
}

/** Set-Cookie that deletes the session cookie. */
export function clearSessionCookie(secure: boolean): string {
  const name = secure ? COOKIE_SECURE : COOKIE_PLAIN;
  return `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? "; Secure" : ""}`;
}
