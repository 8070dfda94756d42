/** What a command may touch: streams and the environment, injected so tests run in-process. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown };
  /** `isTTY` (as on process.stderr) picks a rewriting progress line over plain lines. */
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Working directory for relative paths; defaults to process.cwd() at the edge. */
  readonly cwd?: string;
}

/** Bad usage: exit code 2 and a message that names the flag. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Collects output in memory; for tests. */
export function memoryIo(
  env: Record<string, string | undefined> = {},
): CliIo & { out(): string; err(): string } {
  let out = "";
  let err = "";
  return {
    stdout: { write: (c: string) => (out += c) },
    stderr: { write: (c: string) => (err += c) },
    env,
    out: () => out,
    err: () => err,
  };
}
