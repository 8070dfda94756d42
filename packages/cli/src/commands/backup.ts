import path from "node:path";
import type { Command } from "../command.js";
import { UsageError } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";

export const backupCommand: Command = {
  name: "backup",
  summary: "Online copy of the SQLite database (safe while serving); PostgreSQL: use pg_dump",
  usage: "leanback backup FILE",
  positionals: true,
  options: {},
  async run(parsed, io) {
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new UsageError("expected exactly one FILE");
    const config = cliServerConfig(io);
    const s = await serverModules();
    if (config.databaseUrl) throw new UsageError(s.PG_BACKUP_MESSAGE);
    const rt = s.openRuntime(config);
    try {
      const r = await s.backupTo(rt, path.resolve(io.cwd ?? process.cwd(), file));
      io.stdout.write(`backup written: ${r.file} (${r.bytes} bytes, integrity ${r.integrity})\n`);
      return 0;
    } finally {
      await rt.close();
    }
  },
};
