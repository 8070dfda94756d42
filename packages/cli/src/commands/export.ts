import { writeFileSync } from "node:fs";
import path from "node:path";
import { requiredFlag, stringFlag, type Command } from "../command.js";
import { UsageError } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules } from "../server-modules.js";

export const exportCommand: Command = {
  name: "export",
  summary: "Export one account's data as JSON (stdout or --out FILE)",
  usage: "leanback export --user EMAIL [--out FILE]",
  options: {
    user: { type: "string", description: "the account's e-mail", valueName: "EMAIL" },
    out: { type: "string", description: "write to FILE instead of stdout", valueName: "FILE" },
  },
  async run(parsed, io) {
    const email = requiredFlag(parsed, "user");
    const out = stringFlag(parsed, "out");
    const s = await serverModules();
    const rt = s.openRuntime(cliServerConfig(io));
    try {
      const user = await s.findUserByEmail(rt.deps, email);
      if (!user) throw new UsageError(`--user: no account ${email}`);
      const data = await s.exportUser(rt, user.id);
      const text = JSON.stringify(data, null, 2) + "\n";
      if (out) {
        const file = path.resolve(io.cwd ?? process.cwd(), out);
        writeFileSync(file, text, { flag: "wx" });
        io.stderr.write(`exported ${email} to ${file}\n`);
      } else {
        io.stdout.write(text);
      }
      return 0;
    } finally {
      await rt.close();
    }
  },
};
