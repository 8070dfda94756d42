/** One problem the server found in a request, e.g. { path: "body.weightKg", message: "…" }. */
export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * A non-2xx answer from the API. `issues` carries the server's validation list (HTTP 422) so
 * forms can show each message next to its field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The request never reached the server (offline, DNS, refused); safe to queue and replay. */
export class NetworkError extends Error {
  constructor(message = "You appear to be offline.") {
    super(message);
    this.name = "NetworkError";
  }
}

/**
 * Validation issues keyed by field name: "body.goal.weightKg" → "goal.weightKg". The first
 * message per field wins; issues without a field are collected under "".
 */
export function fieldErrors(e: unknown): Readonly<Record<string, string>> {
  if (!(e instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const i of e.issues) {
    const field = i.path.replace(/^(body|query|params)\.?/, "");
    if (!(field in out)) out[field] = i.message;
  }
  return out;
}

/** One sentence for a banner: validation summary, server message, or the network problem. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.issues.length > 0) return "Please correct the highlighted fields.";
    if (e.status === 401) return "Please sign in again.";
    if (e.status === 429) return "Too many attempts; wait a minute and try again.";
    return e.message || `The server answered ${e.status}.`;
  }
  if (e instanceof NetworkError) return e.message;
  if (e instanceof DOMException && e.name === "AbortError") return "Cancelled.";
  return e instanceof Error ? e.message : String(e);
}
