import path from "node:path";
import { optionalNumberFlag, stringFlag, type Command } from "../command.js";
import { UsageError } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";

export const backupCommand: Command = {
  name: "backup",
  summary: "Online copy of the SQLite database (safe while serving); PostgreSQL: use pg_dump",
  usage: "leanback backup FILE | leanback backup [--dir DIR] [--keep N]",
  positionals: true,
  options: {
    dir: {
      type: "string",
      description: "write leanback-<UTC time>.db into DIR (default <LEANBACK_DATA_DIR>/backups)",
      valueName: "DIR",
    },
    keep: {
      type: "string",
      description: "then keep only the newest N timestamped backups in that folder (1–10000)",
      valueName: "N",
    },
  },
  async run(parsed, io) {
    const [file, ...extra] = parsed.positionals;
    const dirFlag = stringFlag(parsed, "dir");
    const keep = optionalNumberFlag(parsed, "keep", {
      min: 1,
      max: 10_000,
      integer: true,
      rule: "keep must be a whole number 1–10000",
    });
    const stamped = dirFlag !== undefined || keep !== undefined;
    if (extra.length > 0 || (file !== undefined && stamped) || (file === undefined && !stamped))
      throw new UsageError("expected either FILE, or --dir DIR and/or --keep N");
    const config = cliServerConfig(io);
    const s = await serverModules();
    if (config.databaseUrl) throw new UsageError(s.PG_BACKUP_MESSAGE);
    const cwd = io.cwd ?? process.cwd();
    const rt = s.openRuntime(config);
    try {
      if (file !== undefined) {
        const r = await s.backupTo(rt, path.resolve(cwd, file));
        io.stdout.write(`backup written: ${r.file} (${r.bytes} bytes, integrity ${r.integrity})\n`);
        return 0;
      }
      const dir = dirFlag !== undefined ? path.resolve(cwd, dirFlag) : path.join(config.dataDir, "backups");
      const { backup: r, removed } = await s.backupInto(rt, dir, keep);
      io.stdout.write(`backup written: ${r.file} (${r.bytes} bytes, integrity ${r.integrity})\n`);
      for (const old of removed) io.stdout.write(`removed old backup: ${old}\n`);
      return 0;
    } finally {
      await rt.close();
    }
  },
};
