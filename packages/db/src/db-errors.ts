// Errors the repositories raise so callers need not parse driver messages per dialect.

/** A write collided with a unique rule (HTTP 409 at the edge). `field` names the input. */
export class ConflictError extends Error {
  readonly field: string;
  readonly rule: string;
  constructor(field: string, rule: string, cause?: unknown) {
    super(`${field}: ${rule}`, { cause });
    this.name = "ConflictError";
    this.field = field;
    this.rule = rule;
  }
}

/** A row the caller named does not exist (or is not theirs) (HTTP 404 at the edge). */
export class NotFoundError extends Error {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
    this.entity = entity;
    this.id = id;
  }
}

function codeOf(e: unknown): unknown {
  return typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
}

/** True for a unique or primary-key violation on either dialect. */
export function isUniqueViolation(e: unknown): boolean {
  const code = codeOf(e);
  // better-sqlite3 extended result codes; PostgreSQL SQLSTATE 23505 unique_violation.
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505";
}

/** True for a foreign-key violation on either dialect (SQLSTATE 23503). */
export function isForeignKeyViolation(e: unknown): boolean {
  const code = codeOf(e);
  return code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503";
}

/**
 * True when a row broke a column rule: NOT NULL or CHECK (better-sqlite3 extended codes;
 * PostgreSQL 23502, 23514), or a value PostgreSQL cannot take for the column (class 22: bad text
 * for a type, out of range).
 */
export function isRowRuleViolation(e: unknown): boolean {
  const code = codeOf(e);
  if (code === "SQLITE_CONSTRAINT_NOTNULL" || code === "SQLITE_CONSTRAINT_CHECK") return true;
  return typeof code === "string" && (code.startsWith("22") || code === "23502" || code === "23514");
}

// Socket errors (Node) and SQLSTATEs meaning the database went away: class 08 connection
// exception, 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now
// (PostgreSQL docs, Appendix A "Error Codes"); SQLITE_BUSY: another process held the write lock
// past busy_timeout.
const CONNECTION_CODES = new Set([
  "SQLITE_BUSY",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
]);
// node-postgres raises these without a code when a socket ends or a connect times out.
const CONNECTION_MESSAGES = [
  "Connection terminated",
  "connection error and is not queryable",
  "timeout exceeded when trying to connect",
  "Client was closed and is not queryable",
];

/**
 * True when `e` (or an error it wraps as `cause`) says the database was unavailable, not that the
 * query was wrong: the server is restarting, the backend was terminated, the network dropped,
 * SQLite stayed locked. Such a request may be retried (HTTP 503 at the edge).
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    const code = codeOf(cur);
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    if (
      cur instanceof Error &&
      CONNECTION_MESSAGES.some((m) => cur instanceof Error && cur.message.includes(m))
    )
      return true;
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return false;
}
