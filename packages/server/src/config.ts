import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * Server configuration. This module is the ONLY place that reads the environment
 * (docs/contributing.md); everything else receives a `ServerConfig`.
 */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** postgres://… when set; otherwise SQLite at `sqlitePath`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  readonly sqlitePath: string;
  /** Back photos on SQLite: `<dataDir>/photos` (PostgreSQL keeps them in the database, ADR 0024). */
  readonly photosDir: string;
  /**
   * How many reverse proxies of ours stand in front (TRUST_PROXY; 0 = none): the client address
   * and scheme are read that many hops from the right of X-Forwarded-For / -Proto / -Host.
   */
  readonly trustProxy: number;
  readonly sessionTtlDays: number;
  /**
   * How long this process may reuse a session lookup (0 = ask the database every request).
   * Revocations by this process apply at once; by another instance or the CLI within this time.
   */
  readonly sessionCacheSeconds: number;
  readonly logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** The origin browsers use, e.g. https://coach.example.org; null = derive from each request. */
  readonly publicOrigin: string | null;
  /** Force Secure cookies even when the request looks like plain HTTP. */
  readonly secureCookies: boolean;
  /** Accounts one address may create per hour (0 = no limit; loopback addresses are exempt). */
  readonly signupsPerHour: number;
  /** JSON body limit in bytes; import routes may allow more. */
  readonly maxBodyBytes: number;
  /** Directory of the built web app; served when it exists. */
  readonly webDistDir: string;
  /** Seed the USDA SR28 foods at server start when none are loaded yet (LEANBACK_SEED_FOODS=0 skips). */
  readonly seedFoods: boolean;
  /** Open Food Facts server for barcode look-ups (OFF_BASE_URL). */
  readonly offBaseUrl: string;
  /** How long a client may take to send a request's headers (HEADERS_TIMEOUT_SECONDS); 408 after. */
  readonly headersTimeoutSeconds: number;
  /** How long a client may take to send a whole request, body included (REQUEST_TIMEOUT_SECONDS). */
  readonly requestTimeoutSeconds: number;
  /** Bearer token /metrics requires (METRICS_TOKEN); null = /metrics is open to whoever reaches it. */
  readonly metricsToken: string | null;
}

const boolString = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  LEANBACK_DATA_DIR: z.string().min(1).default("./data"),
  TRUST_PROXY: z
    .enum(["0", "1", "2", "3", "4", "5", "true", "false", "yes", "no"], {
      error: "TRUST_PROXY must be the number of reverse proxies in front, 0–5",
    })
    .transform((v) => (v === "true" || v === "yes" ? 1 : v === "false" || v === "no" ? 0 : Number(v)))
    .default(0),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  PUBLIC_ORIGIN: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, "PUBLIC_ORIGIN must look like https://host[:port] without a path")
    .optional(),
  SECURE_COOKIES: boolString.optional(),
  SIGNUPS_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(10),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_000_000),
  LEANBACK_WEB_DIST: z.string().optional(),
  LEANBACK_SEED_FOODS: boolString.default(true),
  OFF_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+(\/.*)?$/, "OFF_BASE_URL must be an http(s) URL")
    .default("https://world.openfoodfacts.org"),
  HEADERS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{16,256}$/, "METRICS_TOKEN must be 16–256 visible ASCII characters")
    .optional(),
});

/**
 * The web build beside the installed packages (node_modules/@leanback/web → packages/web), so the
 * server finds it from any working directory (a systemd unit need not set one); relative to
 * `cwd` only when the web package is not installed.
 */
export function defaultWebDistDir(cwd: string): string {
  try {
    const requireHere = createRequire(import.meta.url);
    return path.join(path.dirname(requireHere.resolve("@leanback/web/package.json")), "dist");
  } catch {
    return path.resolve(cwd, "packages/web/dist");
  }
}

/** A configuration problem, reported as "VAR: rule" lines. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Builds the config from an environment map (process.env at the edge, a literal in tests).
 * Empty strings count as unset so `PORT= leanback serve` keeps the default.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): ServerConfig {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== "") cleaned[key] = v;
  }
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join(".") || "env"}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.HEADERS_TIMEOUT_SECONDS > e.REQUEST_TIMEOUT_SECONDS)
    throw new ConfigError(
      "invalid configuration:\n  HEADERS_TIMEOUT_SECONDS: must not exceed REQUEST_TIMEOUT_SECONDS",
    );
  const dataDir = path.resolve(cwd, e.LEANBACK_DATA_DIR);
  const publicOrigin = e.PUBLIC_ORIGIN ?? null;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir,
    sqlitePath: path.join(dataDir, "leanback.db"),
    photosDir: path.join(dataDir, "photos"),
    trustProxy: e.TRUST_PROXY,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
    publicOrigin,
    secureCookies: e.SECURE_COOKIES ?? publicOrigin?.startsWith("https://") ?? false,
    signupsPerHour: e.SIGNUPS_PER_HOUR,
    maxBodyBytes: e.MAX_BODY_BYTES,
    webDistDir:
      e.LEANBACK_WEB_DIST !== undefined ? path.resolve(cwd, e.LEANBACK_WEB_DIST) : defaultWebDistDir(cwd),
    seedFoods: e.LEANBACK_SEED_FOODS,
    offBaseUrl: e.OFF_BASE_URL,
    headersTimeoutSeconds: e.HEADERS_TIMEOUT_SECONDS,
    requestTimeoutSeconds: e.REQUEST_TIMEOUT_SECONDS,
    metricsToken: e.METRICS_TOKEN ?? null,
  };
}

let testPhotosDir: string | undefined;

/** One temporary photos directory per test process, removed when the process exits. */
function photosDirForTests(): string {
  if (testPhotosDir === undefined) {
    const dir = mkdtempSync(path.join(tmpdir(), "leanback-test-photos-"));
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    testPhotosDir = dir;
  }
  return testPhotosDir;
}

/**
 * Config for tests: defaults plus overrides, no environment. Barcode look-ups go to a closed
 * loopback port (9, discard) so no test can reach the internet; photos go to a temporary
 * directory, never to the checkout's ./data.
 */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const base = loadConfig({ LOG_LEVEL: "silent", OFF_BASE_URL: "http://127.0.0.1:9" });
  const photosDir = overrides.photosDir ?? photosDirForTests();
  return { ...base, photosDir, ...overrides };
}
