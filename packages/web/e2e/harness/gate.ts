/**
 * Whether this machine can run the browser tests, and what to say when it cannot.
 *
 * `npm test` must pass on a fresh machine that has neither Debian's chromium nor PostgreSQL: the
 * parts that need them skip and say so in one line. CI sets REQUIRE_CHROMIUM=1 (as it sets
 * REQUIRE_POSTGRES=1), so a missing browser fails there instead of silently skipping.
 */
export type E2eGate =
  { readonly run: true } | { readonly run: false; readonly exitCode: 0 | 1; readonly message: string };

export function e2eGate(
  env: Readonly<Record<string, string | undefined>>,
  chromiumPath: string,
  exists: (path: string) => boolean,
): E2eGate {
  if (exists(chromiumPath)) return { run: true };
  const why = `e2e: skipped: no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (env.REQUIRE_CHROMIUM === "1")
    return { run: false, exitCode: 1, message: `${why}, but REQUIRE_CHROMIUM=1` };
  return { run: false, exitCode: 0, message: why };
}
