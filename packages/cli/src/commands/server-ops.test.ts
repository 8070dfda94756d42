import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  existsSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { main } from "../main.js";
import { serveCommand } from "./serve.js";

const dir = mkdtempSync(path.join(tmpdir(), "leanback-cli-ops-"));
const env = { LEANBACK_DATA_DIR: dir, LOG_LEVEL: "silent" };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("leanback migrate / user / export / backup / serve (SQLite in a temp data dir)", () => {
  it("migrate applies, then reports up to date", async () => {
    const io = memoryIo(env);
    expect(await main(["migrate"], io)).toBe(0);
    expect(io.out()).toMatch(/applied \d+/);
    const again = memoryIo(env);
    expect(await main(["migrate"], again)).toBe(0);
    expect(again.out()).toBe("database is up to date\n");
  });

  it("user add takes the password from LEANBACK_PASSWORD and applies the password rules", async () => {
    const weak = memoryIo({ ...env, LEANBACK_PASSWORD: "password123" });
    expect(await main(["user", "add", "--email", "a@example.org"], weak)).toBe(2);
    expect(weak.err()).toContain("too common");
    const io = memoryIo({ ...env, LEANBACK_PASSWORD: "an admin passphrase" });
    expect(await main(["user", "add", "--email", "A@Example.org"], io)).toBe(0);
    expect(io.out()).toBe("created a@example.org (admin)\n"); // first account
    const second = memoryIo({ ...env, LEANBACK_PASSWORD: "a user passphrase" });
    expect(await main(["user", "add", "--email", "b@example.org"], second)).toBe(0);
    expect(second.out()).toBe("created b@example.org (user)\n");
    const dup = memoryIo({ ...env, LEANBACK_PASSWORD: "a user passphrase" });
    expect(await main(["user", "add", "--email", "b@example.org"], dup)).toBe(1);
    expect(dup.err()).toContain("exists");
  });

  it("user list (table and --json), disable and enable", async () => {
    const io = memoryIo(env);
    expect(await main(["user", "list"], io)).toBe(0);
    expect(io.out()).toMatch(/a@example\.org\s+admin\s+active/);
    expect(await main(["user", "disable", "--email", "b@example.org"], memoryIo(env))).toBe(0);
    const json = memoryIo(env);
    expect(await main(["user", "list", "--json"], json)).toBe(0);
    const users = JSON.parse(json.out()) as Array<{ email: string; disabled: boolean }>;
    expect(users.find((u) => u.email === "b@example.org")?.disabled).toBe(true);
    expect(await main(["user", "enable", "--email", "b@example.org"], memoryIo(env))).toBe(0);
    const missing = memoryIo(env);
    expect(await main(["user", "disable", "--email", "nobody@example.org"], missing)).toBe(2);
    expect(await main(["user", "frobnicate"], memoryIo(env))).toBe(2);
    const reset = memoryIo({ ...env, LEANBACK_PASSWORD: "a reset passphrase" });
    expect(await main(["user", "password", "--email", "b@example.org"], reset)).toBe(0);
    expect(reset.out()).toContain("password set for b@example.org");
    const weak = memoryIo({ ...env, LEANBACK_PASSWORD: "12345678" });
    expect(await main(["user", "password", "--email", "b@example.org"], weak)).toBe(2);
  });

  it("export writes the user's data without secrets; refuses an unknown user", async () => {
    const io = memoryIo(env);
    expect(await main(["export", "--user", "a@example.org"], io)).toBe(0);
    const doc = JSON.parse(io.out()) as { format: string; tables: Record<string, unknown[]> };
    expect(doc.format).toBe("leanback-user-export");
    expect(io.out()).not.toContain("password_hash");
    expect(io.out()).not.toContain("token_hash");
    const file = path.join(dir, "a.json");
    expect(await main(["export", "--user", "a@example.org", "--out", file], memoryIo(env))).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ format: "leanback-user-export" });
    expect(await main(["export", "--user", "nobody@example.org"], memoryIo(env))).toBe(2);
  });

  it("backup writes a checked copy, refuses to overwrite; PostgreSQL points to pg_dump with exit 2", async () => {
    const file = path.join(dir, "copy.db");
    const io = memoryIo(env);
    expect(await main(["backup", file], io)).toBe(0);
    expect(io.out()).toContain("integrity ok");
    expect(existsSync(file)).toBe(true);
    expect(await main(["backup", file], memoryIo(env))).toBe(1);
    const pgio = memoryIo({ ...env, DATABASE_URL: "postgres://nobody@127.0.0.1:1/x" });
    expect(await main(["backup", path.join(dir, "pg.db")], pgio)).toBe(2);
    expect(pgio.err()).toContain("pg_dump");
    expect(await main(["backup"], memoryIo(env))).toBe(2);
  });

  it("backup --keep N writes a timestamped backup and keeps only the newest N; other files stay", async () => {
    const backups = path.join(dir, "backups");
    mkdirSync(backups, { recursive: true });
    const older = [
      "leanback-20250101T030000Z.db",
      "leanback-20250102T030000Z.db",
      "leanback-20250103T030000Z.db",
    ];
    for (const name of [...older, "notes.txt", "leanback-20240101T030000Z.db.partial"])
      writeFileSync(path.join(backups, name), "x");
    const io = memoryIo(env);
    expect(await main(["backup", "--keep", "2"], io)).toBe(0);
    const written = /backup written: (\S+)/.exec(io.out())?.[1] ?? "";
    expect(path.dirname(written)).toBe(backups);
    expect(path.basename(written)).toMatch(/^leanback-\d{8}T\d{6}Z\.db$/);
    expect(io.out()).toContain("integrity ok");
    expect(readdirSync(backups).sort()).toEqual(
      [
        "leanback-20240101T030000Z.db.partial",
        "leanback-20250103T030000Z.db",
        path.basename(written),
        "notes.txt",
      ].sort(),
    );
    expect(io.out()).toContain(`removed old backup: ${path.join(backups, "leanback-20250101T030000Z.db")}`);
    const other = path.join(dir, "elsewhere");
    expect(await main(["backup", "--dir", other], memoryIo(env))).toBe(0);
    expect(readdirSync(other)).toHaveLength(1);
    for (const bad of [
      ["--keep", "0"],
      ["--keep", "two"],
      [path.join(dir, "x.db"), "--keep", "3"],
    ])
      expect(await main(["backup", ...bad], memoryIo(env)), bad.join(" ")).toBe(2);
  });

  it("bad configuration is a usage error naming the variable", async () => {
    const io = memoryIo({ ...env, PORT: "seventy" });
    expect(await main(["serve"], io)).toBe(2);
    expect(io.err()).toContain("PORT");
  });

  it("serve listens, answers /healthz, and stops on the stop signal", async () => {
    const io = memoryIo(env);
    const original = serveCommand.stopSignal;
    let health: number | undefined;
    serveCommand.stopSignal = async () => {
      const url = /listening on (\S+)/.exec(io.out())?.[1];
      health = (await fetch(`${url}/healthz`)).status;
      return "test";
    };
    try {
      expect(await main(["serve", "--port", "0"], io)).toBe(0);
    } finally {
      serveCommand.stopSignal = original;
    }
    expect(health).toBe(200);
    expect(io.out()).toContain("shutting down");
  });
});
