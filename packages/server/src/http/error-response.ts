import { InvalidInputError } from "@leanback/core/errors";
import { isDatabaseUnavailable } from "@leanback/db/db-errors";
import { ConflictError, HttpError, NotFoundError, type ValidationIssue } from "./errors.js";
import type { Logger } from "./log.js";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

export function validationResponse(issues: readonly ValidationIssue[]): Response {
  return jsonResponse(422, { error: "validation", issues });
}

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** 503 with Retry-After: the database is restarting or unreachable; the request may be retried. */
export function databaseUnavailableResponse(): Response {
  return jsonResponse(
    503,
    { error: "database_unavailable", message: "the database is unavailable; retry shortly" },
    { "retry-after": String(DB_RETRY_AFTER_SECONDS) },
  );
}

/**
 * Maps a thrown value to an HTTP answer. Never includes a stack trace: unexpected errors are
 * logged with the request id and answered `{"error":"internal","requestId":…}`.
 */
export function errorResponse(e: unknown, log: Logger, requestId: string, where: string): Response {
  if (e instanceof InvalidInputError) {
    // A field already named with its part (query.from, params.id) keeps it; a bare name is the body's.
    const path = /^(query|params|body)\./.test(e.field) ? e.field : `body.${e.field}`;
    return validationResponse([{ path, message: e.rule }]);
  }
  // By name as well as class: features/shared/errors.ts declares its own NotFound/Conflict errors.
  if (e instanceof NotFoundError || (e instanceof Error && e.name === "NotFoundError")) {
    return jsonResponse(404, { error: "not_found" });
  }
  if (e instanceof ConflictError) return jsonResponse(409, { error: e.code, message: e.message });
  if (e instanceof Error && e.name === "ConflictError") {
    return jsonResponse(409, { error: "conflict", message: e.message });
  }
  if (e instanceof HttpError) {
    return jsonResponse(e.status, { error: e.code, message: e.message }, { ...e.headers });
  }
  if (isDatabaseUnavailable(e)) {
    log.log("warn", "database unavailable", {
      requestId,
      route: where,
      error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
    return databaseUnavailableResponse();
  }
  log.log("error", "unhandled error", {
    requestId,
    route: where,
    error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    stack: e instanceof Error ? e.stack : undefined,
  });
  return jsonResponse(500, { error: "internal", requestId });
}
