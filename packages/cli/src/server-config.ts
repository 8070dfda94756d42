import { ConfigError, loadConfig, type ServerConfig } from "@leanback/server/config";
import { UsageError, type CliIo } from "./io.js";

/** The server config from the CLI's environment; config problems are usage errors (exit 2). */
export function cliServerConfig(io: CliIo, overrides: Partial<ServerConfig> = {}): ServerConfig {
  try {
    return { ...loadConfig(io.env, io.cwd ?? process.cwd()), ...overrides };
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageError(e.message);
    throw e;
  }
}
