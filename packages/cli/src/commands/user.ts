import { createInterface } from "node:readline/promises";
import type { Runtime } from "@leanback/server/runtime";
import { requiredFlag, type Command, type ParsedArgs } from "../command.js";
import { UsageError, type CliIo } from "../io.js";
import { cliServerConfig } from "../server-config.js";
import { serverModules, type ServerModules } from "../server-modules.js";
import { renderTable } from "../table.js";

/** Reads a password: LEANBACK_PASSWORD, else one line from stdin (prompted on a terminal). */
async function readPassword(io: CliIo): Promise<string> {
  const fromEnv = io.env.LEANBACK_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const rl = createInterface({ input: process.stdin, terminal: false });
  try {
    if (process.stdin.isTTY) io.stderr.write("password (input is visible; prefer LEANBACK_PASSWORD): ");
    for await (const line of rl) return line;
  } finally {
    rl.close();
  }
  throw new UsageError("no password: set LEANBACK_PASSWORD or pipe it on stdin");
}

async function withRuntime<T>(io: CliIo, f: (rt: Runtime, s: ServerModules) => Promise<T>): Promise<T> {
  const s = await serverModules();
  const rt = s.openRuntime(cliServerConfig(io));
  try {
    await s.runMigrations(rt);
    return await f(rt, s);
  } finally {
    await rt.close();
  }
}

async function add(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const email = requiredFlag(parsed, "email");
  const password = await readPassword(io);
  return withRuntime(io, async (rt, s) => {
    const user = await s.signUp(rt.deps, { email, password });
    if (parsed.values.admin === true && user.role !== "admin") await s.setRole(rt.deps, user.id, "admin");
    const role = parsed.values.admin === true ? "admin" : user.role;
    io.stdout.write(`created ${user.email} (${role})\n`);
    return 0;
  });
}

async function list(parsed: ParsedArgs, io: CliIo): Promise<number> {
  return withRuntime(io, async (rt, s) => {
    const users = await s.listUsers(rt.deps);
    if (parsed.values.json === true) {
      io.stdout.write(JSON.stringify(users, null, 2) + "\n");
      return 0;
    }
    io.stdout.write(
      renderTable(
        ["email", "role", "status", "created"],
        users.map((u) => [
          u.email,
          u.role,
          u.disabled ? "disabled" : "active",
          new Date(u.createdAt).toISOString().slice(0, 10),
        ]),
      ),
    );
    return 0;
  });
}

async function toggle(parsed: ParsedArgs, io: CliIo, disabled: boolean): Promise<number> {
  const email = requiredFlag(parsed, "email");
  return withRuntime(io, async (rt, s) => {
    const user = await s.findUserByEmail(rt.deps, email);
    if (!user) throw new UsageError(`--email: no account ${email}`);
    await s.setDisabled(rt.deps, user.id, disabled);
    io.stdout.write(`${disabled ? "disabled" : "enabled"} ${user.email}\n`);
    return 0;
  });
}

async function password(parsed: ParsedArgs, io: CliIo): Promise<number> {
  const email = requiredFlag(parsed, "email");
  const pw = await readPassword(io);
  return withRuntime(io, async (rt, s) => {
    if (!(await s.resetPassword(rt.deps, email, pw))) throw new UsageError(`--email: no account ${email}`);
    io.stdout.write(`password set for ${email.trim().toLowerCase()}; all its sessions ended\n`);
    return 0;
  });
}

export const userCommand: Command = {
  name: "user",
  summary: "Manage accounts: add, list, disable, enable, password",
  usage:
    "leanback user add --email E [--admin] | list [--json] | disable --email E | enable --email E | password --email E",
  positionals: true,
  options: {
    email: { type: "string", description: "the account's e-mail", valueName: "E" },
    admin: { type: "boolean", description: "add: make the account an admin" },
    json: { type: "boolean", description: "list: machine-readable JSON" },
  },
  async run(parsed, io) {
    const [sub, ...extra] = parsed.positionals;
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    switch (sub) {
      case "add":
        return add(parsed, io);
      case "list":
        return list(parsed, io);
      case "disable":
        return toggle(parsed, io, true);
      case "enable":
        return toggle(parsed, io, false);
      case "password":
        return password(parsed, io);
      default:
        throw new UsageError(
          `expected a sub-command: add, list, disable, enable or password${sub ? ` (got "${sub}")` : ""}`,
        );
    }
  },
};
