import { ApiError, NetworkError, type ApiIssue } from "./errors.js";

export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

function url(path: string, query: RequestOptions["query"]): string {
  if (!query) return path;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function parseError(res: Response): Promise<ApiError> {
  let body: { error?: string; message?: string; issues?: ApiIssue[] } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's HTML error page): keep the status alone.
  }
  return new ApiError(
    res.status,
    body.error ?? `http_${res.status}`,
    body.message ?? res.statusText,
    Array.isArray(body.issues) ? body.issues : [],
  );
}

/**
 * One JSON request to the leanback API with the session cookie. Throws ApiError for non-2xx
 * answers, NetworkError when the server was unreachable, and the AbortError of `signal`.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new NetworkError();
  }
  if (!res.ok) {
    const err = await parseError(res);
    // The service worker answers 503 {"error":"offline"} when neither network nor cache has it.
    if (err.status === 503 && err.code === "offline") throw new NetworkError();
    throw err;
  }
  if (res.status === 204) return null as T;
  return (await res.json()) as T;
}

/** Fetches a binary or text download (e.g. the data export) as a Blob with its file name. */
export async function download(path: string, signal?: AbortSignal): Promise<{ blob: Blob; name: string }> {
  let res: Response;
  try {
    res = await fetch(path, { credentials: "same-origin", signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new NetworkError();
  }
  if (!res.ok) throw await parseError(res);
  const disposition = res.headers.get("content-disposition") ?? "";
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? "leanback-export";
  return { blob: await res.blob(), name };
}

/** Sends a file as the raw request body (photo uploads) and parses the JSON answer. */
export async function upload<T>(path: string, file: Blob, opts: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": file.type || "application/octet-stream", accept: "application/json" },
      body: file,
      signal: opts.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new NetworkError();
  }
  if (!res.ok) throw await parseError(res);
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>("GET", path, undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>("POST", path, body ?? {}, opts),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>("PUT", path, body, opts),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>("PATCH", path, body, opts),
  del: (path: string, opts?: RequestOptions) => request<null>("DELETE", path, undefined, opts),
};
