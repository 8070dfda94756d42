/**
 * Errors a use case or handler may throw; the route mechanism maps them to HTTP answers.
 * "Not permitted" is deliberately the same as "not found" so nobody can probe what exists.
 */
export class NotFoundError extends Error {
  constructor(what = "resource") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** A request that is well-formed but clashes with the current state (e.g. email already used). */
export class ConflictError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "ConflictError";
    this.code = code;
  }
}

/** Any other deliberate HTTP answer (401, 403, 413, 429 …) with a short machine code. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, code: string, message = code, headers: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** One validation problem: `path` is "body.weightKg", "query.from", "params.id". */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** Error body shapes, so clients and tests agree on them. */
export type ErrorBody =
  | { readonly error: "validation"; readonly issues: readonly ValidationIssue[] }
  | { readonly error: string; readonly message?: string };
