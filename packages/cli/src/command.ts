import { parseArgs, type ParseArgsConfig } from "node:util";
import type { CliIo } from "./io.js";
import { UsageError } from "./io.js";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>[string] & {
  readonly description: string;
  readonly valueName?: string;
};

/** One `leanback` command. `run` returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Allow positional arguments (sub-commands, file names). */
  readonly positionals?: boolean;
  run(parsed: ParsedArgs, io: CliIo): Promise<number> | number;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses argv for a command; unknown flags and missing values become UsageError naming the flag. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    options[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  // A negative number is a value, not a flag: "--intake-change -500" → "--intake-change=-500"
  // (node's strict parseArgs would otherwise call it ambiguous).
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    if (
      arg.startsWith("--") &&
      command.options[arg.slice(2)]?.type === "string" &&
      next !== undefined &&
      /^-\d/.test(next)
    ) {
      args.push(`${arg}=${next}`);
      i++;
    } else {
      args.push(arg);
    }
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, "") : String(e));
  }
}

/** Renders `--help` for a command. */
export function helpText(command: Command): string {
  const lines = [
    `leanback ${command.name} — ${command.summary}`,
    "",
    `Usage: ${command.usage}`,
    "",
    "Options:",
  ];
  const rows = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === "string" ? ` ${spec.valueName ?? "VALUE"}` : ""}`;
    return [flag, spec.description] as const;
  });
  rows.push(["--help", "show this help"]);
  const width = Math.max(...rows.map(([f]) => f.length));
  for (const [flag, desc] of rows) lines.push(`  ${flag.padEnd(width)}  ${desc}`);
  return lines.join("\n") + "\n";
}

/** Reads a string flag; undefined when absent. */
export function stringFlag(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === "string" ? v : undefined;
}

/** Reads a required string flag, or throws a UsageError naming it. */
export function requiredFlag(parsed: ParsedArgs, name: string): string {
  const v = stringFlag(parsed, name);
  if (v === undefined || v === "") throw new UsageError(`--${name} is required`);
  return v;
}

/**
 * Reads a numeric flag and checks its range; the message names the flag and the rule, e.g.
 * `--height-cm: height must be 100–250 cm`.
 */
export function numberFlag(
  parsed: ParsedArgs,
  name: string,
  range: { min: number; max: number; rule: string; integer?: boolean },
  fallback?: number,
): number {
  const raw = stringFlag(parsed, name);
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required (${range.rule})`);
  }
  const v = Number(raw.trim());
  if (
    raw.trim() === "" ||
    !Number.isFinite(v) ||
    v < range.min ||
    v > range.max ||
    (range.integer && !Number.isInteger(v))
  ) {
    throw new UsageError(`--${name}: ${range.rule} (got "${raw}")`);
  }
  return v;
}

/** Like numberFlag, but a flag left out is undefined (no default, not required). */
export function optionalNumberFlag(
  parsed: ParsedArgs,
  name: string,
  range: { min: number; max: number; rule: string; integer?: boolean },
): number | undefined {
  return stringFlag(parsed, name) === undefined ? undefined : numberFlag(parsed, name, range);
}

/** Reads a flag that must be one of `choices`. */
export function choiceFlag<T extends string>(
  parsed: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback?: T,
): T {
  const raw = stringFlag(parsed, name);
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required (one of ${choices.join(", ")})`);
  }
  if (!(choices as readonly string[]).includes(raw))
    throw new UsageError(`--${name} must be one of ${choices.join(", ")} (got "${raw}")`);
  return raw as T;
}
