import { PostgresAdapter, type Kysely } from "kysely";
import type { Dialect } from "./connection.js";

/** Which dialect a Kysely instance talks to, for the few places SQL must differ. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}
