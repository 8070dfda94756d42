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
      trustProxy: false,
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
      trustProxy: true,
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

  it("empty strings count as unset", () => {
    expect(loadConfig({ PORT: "", TRUST_PROXY: "" }).port).toBe(3000);
  });

  it.each([
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "http" }, "PORT"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ TRUST_PROXY: "maybe" }, "TRUST_PROXY"],
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
