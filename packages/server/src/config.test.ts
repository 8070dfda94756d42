import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults: 127.0.0.1:3000, SQLite at ./data/leanback.db, 30-day sessions, plain cookies", () => {
    const c = loadConfig({}, "/srv/app");
    expect(c).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      databaseUrl: null,
      sqlitePath: path.join("/srv/app", "data", "leanback.db"),
      photosDir: path.join("/srv/app", "data", "photos"),
      trustProxy: 0,
      sessionTtlDays: 30,
      logLevel: "info",
      publicOrigin: null,
      secureCookies: false,
      maxBodyBytes: 1_000_000,
    });
  });

  it("reads every variable; an https PUBLIC_ORIGIN turns on secure cookies", () => {
    const c = loadConfig(
      {
        PORT: "8080",
        HOST: "0.0.0.0",
        DATABASE_URL: "postgres://u@db/leanback",
        LEANBACK_DATA_DIR: "/var/lib/leanback",
        TRUST_PROXY: "1",
        SESSION_TTL_DAYS: "7",
        LOG_LEVEL: "warn",
        PUBLIC_ORIGIN: "https://coach.example.org",
      },
      "/",
    );
    expect(c).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgres://u@db/leanback",
      sqlitePath: "/var/lib/leanback/leanback.db",
      photosDir: "/var/lib/leanback/photos",
      trustProxy: 1,
      sessionTtlDays: 7,
      logLevel: "warn",
      publicOrigin: "https://coach.example.org",
      secureCookies: true,
    });
  });

  it("seeds foods at start unless LEANBACK_SEED_FOODS is off", () => {
    expect(loadConfig({}).seedFoods).toBe(true);
    expect(loadConfig({ LEANBACK_SEED_FOODS: "0" }).seedFoods).toBe(false);
    expect(loadConfig({ LEANBACK_SEED_FOODS: "no" }).seedFoods).toBe(false);
    expect(() => loadConfig({ LEANBACK_SEED_FOODS: "later" })).toThrow("LEANBACK_SEED_FOODS");
  });

  it("TRUST_PROXY is a number of proxies; true/yes mean one, false/no none", () => {
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "yes" }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: "no" }).trustProxy).toBe(0);
  });

  it("empty strings count as unset", () => {
    expect(loadConfig({ PORT: "", TRUST_PROXY: "" }).port).toBe(3000);
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "http" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TRUST_PROXY: "maybe" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "6" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "-1" }, "TRUST_PROXY"],
    [{ SESSION_TTL_DAYS: "0" }, "SESSION_TTL_DAYS"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PUBLIC_ORIGIN: "https://x.org/app" }, "PUBLIC_ORIGIN"],
  ])("rejects %o naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});

describe("OFF_BASE_URL", () => {
  it("defaults to the public Open Food Facts server and accepts another http(s) URL", () => {
    expect(loadConfig({}).offBaseUrl).toBe("https://world.openfoodfacts.org");
    expect(loadConfig({ OFF_BASE_URL: "http://127.0.0.1:8080" }).offBaseUrl).toBe("http://127.0.0.1:8080");
  });
  it("refuses something that is not a URL, naming the variable", () => {
    expect(() => loadConfig({ OFF_BASE_URL: "ftp:/nope" })).toThrow(/OFF_BASE_URL/);
  });
});

describe("LEANBACK_WEB_DIST", () => {
  it("defaults to the installed web package's build, whatever the working directory", () => {
    const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
    const expected = path.join(repo, "packages", "web", "dist");
    expect(loadConfig({}, "/").webDistDir).toBe(expected);
    expect(loadConfig({}, "/srv/elsewhere").webDistDir).toBe(expected);
  });

  it("a set LEANBACK_WEB_DIST is taken relative to the working directory", () => {
    expect(loadConfig({ LEANBACK_WEB_DIST: "site" }, "/srv/app").webDistDir).toBe("/srv/app/site");
  });
});

describe("METRICS_TOKEN", () => {
  it("is off by default and read when set; a short one is refused", () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: "0123456789abcdef" }).metricsToken).toBe("0123456789abcdef");
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow("METRICS_TOKEN");
  });
});

describe("HEADERS_TIMEOUT_SECONDS and REQUEST_TIMEOUT_SECONDS", () => {
  it("default to 20 s and 300 s; the headers may not take longer than the request", () => {
    expect(loadConfig({})).toMatchObject({ headersTimeoutSeconds: 20, requestTimeoutSeconds: 300 });
    expect(loadConfig({ HEADERS_TIMEOUT_SECONDS: "5", REQUEST_TIMEOUT_SECONDS: "60" })).toMatchObject({
      headersTimeoutSeconds: 5,
      requestTimeoutSeconds: 60,
    });
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: "90", REQUEST_TIMEOUT_SECONDS: "60" })).toThrow(
      "HEADERS_TIMEOUT_SECONDS",
    );
    expect(() => loadConfig({ REQUEST_TIMEOUT_SECONDS: "0" })).toThrow("REQUEST_TIMEOUT_SECONDS");
  });
});
