/** Structured JSON logs, one object a line. Never pass secrets (cookies, passwords, tokens). */
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  log(level: LogLevel, msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

const ORDER: Record<LogLevel | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A logger writing JSON lines to `write` (stdout at the edge) at or above `minLevel`. */
export function jsonLogger(
  minLevel: LogLevel | "silent",
  write: (line: string) => void = (l) => process.stdout.write(l),
  now: () => number = Date.now,
): Logger {
  // One line per request: the timestamp is formatted once per millisecond, and the head is
  // written as text instead of copying every field into a new object first.
  let lastMs = Number.NaN;
  let lastIso = "";
  return {
    log(level, msg, fields) {
      if (ORDER[level] < ORDER[minLevel]) return;
      const ms = now();
      if (ms !== lastMs) {
        lastMs = ms;
        lastIso = new Date(ms).toISOString();
      }
      const rest = fields === undefined ? "{}" : JSON.stringify(fields);
      const head = `{"time":"${lastIso}","level":"${level}","msg":${JSON.stringify(msg)}`;
      write(`${head}${rest === "{}" ? "}" : `,${rest.slice(1)}`}\n`);
    },
  };
}

/** A logger that keeps lines in memory; for tests. */
export function memoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    log(level, msg, fields = {}) {
      lines.push({ level, msg, ...fields });
    },
  };
}
