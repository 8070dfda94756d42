import type { Command } from "../command.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";

export const migrateCommand: Command = {
  name: "migrate",
  summary: "Apply pending database migrations (serve does this too)",
  usage: "leanback migrate",
  options: {},
  async run(_parsed, io) {
    const s = await serverModules();
    const rt = s.openRuntime(cliServerConfig(io));
    try {
      const ran = await s.runMigrations(rt);
      io.stdout.write(
        ran.length === 0 ? "database is up to date\n" : `applied ${ran.length}: ${ran.join(", ")}\n`,
      );
      return 0;
    } finally {
      await rt.close();
    }
  },
};
