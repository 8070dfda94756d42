import { randomBytes } from "node:crypto";
import { serve, type ServerType } from "@hono/node-server";
import { openDatabase, type OpenedDatabase } from "@leanback/db/connection";
import { uuidv7 } from "@leanback/db/ids";
import { migrateToLatest } from "@leanback/db/migrate";
import { createApp } from "./app.js";
import type { ServerConfig } from "./config.js";
import type { ServerDeps } from "./deps.js";
import { jsonLogger, type Logger } from "./http/log.js";
import { seedFoodsOnStart } from "./seed-on-start.js";
import { vapidKeys, vapidSubject, webPushTransport } from "./features/reminders/push-service.js";
import { startReminderScheduler } from "./features/reminders/reminder-round.js";

export interface Runtime {
  readonly opened: OpenedDatabase;
  readonly deps: ServerDeps;
  close(): Promise<void>;
}

/** Opens the configured database (PostgreSQL when DATABASE_URL, else SQLite in the data dir). */
export function openRuntime(config: ServerConfig, log: Logger = jsonLogger(config.logLevel)): Runtime {
  const opened = openDatabase(
    config.databaseUrl
      ? {
          url: config.databaseUrl,
          onConnectionError: (e) => log.log("warn", "database connection error", { error: e.message }),
        }
      : { sqlitePath: config.sqlitePath },
  );
  const deps: ServerDeps = {
    db: opened.db,
    dialect: opened.dialect,
    now: Date.now,
    newId: () => uuidv7(),
    randomBytes: (n) => randomBytes(n),
    config,
    log,
    ...(opened.poolStats ? { dbPool: opened.poolStats } : {}),
  };
  return { opened, deps, close: () => opened.close() };
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly runtime: Runtime;
  /** Stops accepting connections, lets in-flight requests finish, closes the database. */
  close(): Promise<void>;
}

/**
 * Migrates, seeds the foods on a fresh database (config.seedFoods), then serves the app on
 * config.host:config.port (0 = a free port).
 */
export async function startServer(config: ServerConfig, log?: Logger): Promise<RunningServer> {
  const runtime = openRuntime(config, log);
  try {
    await migrateToLatest(runtime.opened.db);
    await seedFoodsOnStart(runtime.opened.db, config.seedFoods, runtime.deps.log);
  } catch (e) {
    await runtime.close();
    throw e;
  }
  const app = createApp(runtime.deps);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: config.port,
        hostname: config.host,
        serverOptions: {
          // A client that trickles its headers or body is cut off (408) instead of holding a
          // connection forever; Node checks every connectionsCheckingInterval.
          headersTimeout: config.headersTimeoutSeconds * 1000,
          requestTimeout: config.requestTimeoutSeconds * 1000,
          connectionsCheckingInterval: Math.min(5000, config.headersTimeoutSeconds * 500),
        },
      },
      () => resolve(s),
    );
    s.once("error", reject);
  });
  // Reminders: a round a minute inside the server; reminder_sends makes each go out once.
  const deps = runtime.deps;
  const reminders = startReminderScheduler(
    deps,
    async () => webPushTransport(await vapidKeys(deps), vapidSubject(config.publicOrigin)),
    (msg, err) => deps.log.log("error", msg, { error: err instanceof Error ? err.message : String(err) }),
  );
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    runtime,
    close: async () => {
      await reminders.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
