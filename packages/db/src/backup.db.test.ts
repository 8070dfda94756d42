import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "./connection.js";
import { describeEachDialect } from "./testing/dialects.js";
import { freshUser } from "./testing/fixtures.js";
import { BackupError, backupDatabase, backupFileName, integrityCheckFile } from "./backup.js";
import { listWeighIns, upsertWeighIn } from "./repos/weigh-ins.js";

const dir = mkdtempSync(join(tmpdir(), "leanback-backup-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("names backups by UTC instant, sortable", () => {
  expect(backupFileName(Date.UTC(2026, 10, 20, 22, 37, 5))).toBe("leanback-20261120T223705Z.db");
});

describeEachDialect("backup", (getDb, { dialect, getOpened }) => {
  if (dialect === "postgres") {
    it("refuses with a pointer to pg_dump", async () => {
      await expect(backupDatabase(getOpened(), { dir })).rejects.toThrow(/pg_dump/);
    });
    return;
  }

  it("copies a live database (WAL content included) into a file that opens and passes integrity_check", async () => {
    const db = getDb();
    const u = await freshUser(db);
    for (let i = 1; i <= 20; i++) {
      await upsertWeighIn(db, {
        userId: u.id,
        date: `2026-09-${String(i).padStart(2, "0")}`,
        weightKg: 80 + i / 10,
      });
    }
    const r = await backupDatabase(getOpened(), { dir, now: Date.UTC(2026, 10, 20) });
    expect(r.file).toBe(join(dir, "leanback-20261120T000000Z.db"));
    expect(r.bytes).toBeGreaterThan(0);
    expect(integrityCheckFile(r.file)).toEqual([]);
    const copy = openDatabase({ sqlitePath: r.file });
    try {
      expect(await listWeighIns(copy.db, u.id)).toEqual(await listWeighIns(db, u.id));
    } finally {
      await copy.close();
    }
  });

  it("refuses to overwrite an existing backup or the live file", async () => {
    const file = join(dir, "exists.db");
    writeFileSync(file, "keep me");
    await expect(backupDatabase(getOpened(), { file })).rejects.toBeInstanceOf(BackupError);
    expect(readFileSync(file, "utf8")).toBe("keep me");
    await expect(backupDatabase(getOpened(), { file: getOpened().sqliteFile ?? "" })).rejects.toBeInstanceOf(
      BackupError,
    );
  });

  it("integrity_check reports a corrupted file", () => {
    const bad = join(dir, "corrupt.db");
    const src = readFileSync(join(dir, "leanback-20261120T000000Z.db"));
    // Keep the 100-byte header and first page intact, scribble over the B-tree pages after it.
    const pageSize = src.readUInt16BE(16) || 65536;
    for (let i = pageSize; i < src.length; i += 7) src[i] = 0xa5;
    writeFileSync(bad, src);
    let problems: string[];
    try {
      problems = integrityCheckFile(bad);
    } catch (e) {
      // SQLite may refuse outright with SQLITE_CORRUPT: that is a reported problem too.
      problems = [String(e)];
    }
    expect(problems.length).toBeGreaterThan(0);
  });
});
