/**
 * Sent on every response that is not route JSON: pages, files, docs, errors (OWASP Secure
 * Headers Project recommendations).
 */
// media-src blob: lets the interval timer play its locked-screen cue track, a WAV the page
// builds in memory (web pages/player/cue-track.ts). img-src blob: lets the photo screen show the
// picked photo before upload (web pages/photos/capture-form.tsx); nothing else uses blob: URLs.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
// camera=(self): the diary scans barcodes with the camera, on our own origin only.
const PERMISSIONS = "camera=(self), microphone=(), geolocation=(), payment=(), usb=()";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "permissions-policy": PERMISSIONS,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Sent on route JSON (hardenedJson): the OWASP REST Security Cheat Sheet's set for API answers
 * (no-store, frame-ancestors, nosniff, frame denial) plus no-referrer and CORP same-origin.
 * Permissions-Policy and COOP act on documents only, so API answers go without them.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "cache-control": "no-store",
  "content-security-policy": API_CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
};

export const SECURITY_HEADER_LIST: ReadonlyArray<readonly [string, string]> =
  Object.entries(SECURITY_HEADERS);

// Responses built with every security header and the request id already in their init. Touching
// `response.headers` afterwards makes @hono/node-server build a Headers object it would otherwise
// skip (it writes a plain init record straight to the socket): for the API's JSON answers, the
// bulk of the traffic, the edge (edge.ts) leaves these alone.
// Marked with a symbol property holding the body's byte length (a WeakMap would add an ephemeron
// per response for the garbage collector to trace).
const HARDENED_LENGTH = Symbol("leanback.hardenedLength");
type Marked = Response & { [HARDENED_LENGTH]?: number };

/**
 * A JSON response carrying the API security headers and `x-request-id` from the start, so the
 * edge (edge.ts) need not add them afterwards. `extra` may repeat names (several Set-Cookie).
 */
export function hardenedJson(
  status: number,
  body: unknown,
  requestId: string,
  extra: ReadonlyArray<readonly [string, string]> = [],
): Response {
  const text = JSON.stringify(body);
  const length = Buffer.byteLength(text);
  // Every key written out (not spread): one object shape for every answer, built without a copy
  // loop. security.db.test.ts ("successful API answers … carry every API security header")
  // keeps this list equal to API_SECURITY_HEADERS.
  const base: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    // Known up front, so a later step can decide from headers alone (compression skips small
    // bodies) without reading the body.
    "content-length": String(length),
    "cache-control": "no-store",
    "content-security-policy": API_CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
    "x-request-id": requestId,
  };
  const headers: Record<string, string> | Array<[string, string]> =
    extra.length === 0 ? base : [...Object.entries(base), ...extra.map(([k, v]): [string, string] => [k, v])];
  const response = new Response(text, { status, headers });
  (response as Marked)[HARDENED_LENGTH] = length;
  return response;
}

/**
 * The body length of a hardenedJson answer (known without touching its headers or body), else
 * undefined. Lets compression pass small route JSON by without reading it.
 */
export function hardenedLength(response: Response): number | undefined {
  return (response as Marked)[HARDENED_LENGTH];
}

/** True for a hardenedJson answer: it already carries the security headers and request id. */
export function isHardened(response: Response): boolean {
  return (response as Marked)[HARDENED_LENGTH] !== undefined;
}
