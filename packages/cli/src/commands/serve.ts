import { numberFlag, stringFlag, type Command } from "../command.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";

/** Resolves on SIGINT/SIGTERM; a seam so tests can stop the server without signals. */
export function waitForStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (sig: string) => () => resolve(sig);
    process.once("SIGINT", done("SIGINT"));
    process.once("SIGTERM", done("SIGTERM"));
  });
}

export const serveCommand: Command & { stopSignal: () => Promise<string> } = {
  name: "serve",
  summary: "Run the web app and JSON API (migrates the database first)",
  usage: "leanback serve [--port 3000] [--host 127.0.0.1]",
  options: {
    port: {
      type: "string",
      description: "TCP port (env PORT, default 3000; 0 = any free port)",
      valueName: "N",
    },
    host: { type: "string", description: "address to bind (env HOST, default 127.0.0.1)", valueName: "ADDR" },
  },
  stopSignal: waitForStopSignal,
  async run(parsed, io) {
    const base = cliServerConfig(io);
    const port = numberFlag(
      parsed,
      "port",
      { min: 0, max: 65535, integer: true, rule: "port must be 0–65535" },
      base.port,
    );
    const host = stringFlag(parsed, "host") ?? base.host;
    const config = { ...base, port, host };
    const s = await serverModules();
    const log = s.jsonLogger(config.logLevel, (l) => io.stdout.write(l));
    const server = await s.startServer(config, log);
    const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : config.sqlitePath;
    io.stdout.write(`leanback listening on ${server.url} (database: ${where})\n`);
    const sig = await this.stopSignal();
    io.stdout.write(`leanback: ${sig}, shutting down\n`);
    await server.close();
    return 0;
  },
};
