import { InvalidInputError } from "@leanback/core/errors";
import { helpText, parseCommandArgs, type Command } from "./command.js";
import { commands as registered } from "./commands/index.js";
import { UsageError, type CliIo } from "./io.js";
import cliPackage from "../package.json" with { type: "json" };

/** The installed leanback's version (packages/cli/package.json). */
export const VERSION: string = cliPackage.version;

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = [
    "leanback — a self-hostable coach for losing back fat and toning the back",
    "",
    "Usage: leanback <command> [options]",
    "       leanback --version",
    "",
    "Commands:",
  ];
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push("", "Run `leanback <command> --help` for a command's options.");
  return lines.join("\n") + "\n";
}

/** camelCase field of a core error → the CLI flag a person typed (heightCm → --height-cm). */
export function flagForField(field: string): string {
  return "--" + field.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 bad usage or input). */
export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[] = registered,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(overview(commands));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`leanback ${VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`leanback: unknown command "${name}"\n\n${overview(commands)}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(helpText(command));
    return 0;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    return await command.run(parsed, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(
        `leanback ${command.name}: ${e.message}\nRun \`leanback ${command.name} --help\` for usage.\n`,
      );
      return 2;
    }
    if (e instanceof InvalidInputError) {
      io.stderr.write(`leanback ${command.name}: ${flagForField(e.field)}: ${e.rule}\n`);
      return 2;
    }
    io.stderr.write(`leanback ${command.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
