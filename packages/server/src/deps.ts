import type { Kysely } from "kysely";
import type { PoolStats } from "@leanback/db/connection";
import type { Database } from "@leanback/db/schema";
import type { ServerConfig } from "./config.js";
import type { Logger } from "./http/log.js";
import type { PushTransport } from "./features/reminders/push-service.js";

/** Everything a handler or use case may touch; injected so tests pin time, ids and randomness. */
export interface ServerDeps {
  readonly db: Kysely<Database>;
  readonly dialect: "sqlite" | "postgres";
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** A new sortable id (UUIDv7). */
  readonly newId: () => string;
  /** CSPRNG bytes (tokens). */
  readonly randomBytes: (size: number) => Uint8Array;
  readonly config: ServerConfig;
  readonly log: Logger;
  /** Sends Web Push messages; tests inject one, production uses web-push with the stored VAPID keys. */
  readonly pushTransport?: PushTransport;
  /** PostgreSQL only: the connection pool's state (for /metrics). */
  readonly dbPool?: () => PoolStats;
}
