import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.js";

describe("withStatementCache", () => {
  it("prepares each SQL text once and returns the same statement", () => {
    const handle = new Database(":memory:");
    let prepared = 0;
    const counting = Object.assign(Object.create(handle) as Database.Database, {
      prepare: (sql: string) => {
        prepared++;
        return handle.prepare(sql);
      },
    });
    const db = withStatementCache(counting);
    const a = db.prepare("select 1 as x");
    const b = db.prepare("select 1 as x");
    expect(a).toBe(b);
    expect(prepared).toBe(1);
    db.prepare("select 2 as x");
    expect(prepared).toBe(2);
    handle.close();
  });

  it("evicts the least recently used statement beyond its size", () => {
    const handle = new Database(":memory:");
    const db = withStatementCache(handle, 2);
    const one = db.prepare("select 1");
    db.prepare("select 2");
    db.prepare("select 1"); // 1 is now the most recent
    db.prepare("select 3"); // evicts 2
    expect(db.prepare("select 1")).toBe(one);
    const two = db.prepare("select 2");
    expect(db.prepare("select 2")).toBe(two);
    handle.close();
  });

  it("reused statements see later writes and schema changes", () => {
    const handle = new Database(":memory:");
    const db = withStatementCache(handle);
    handle.exec("create table t (v integer)");
    const count = (): unknown =>
      (db.prepare("select count(*) as n from t").all([]) as Array<{ n: number }>)[0]?.n;
    expect(count()).toBe(0);
    db.prepare("insert into t (v) values (?)").run([1]);
    db.prepare("insert into t (v) values (?)").run([2]);
    expect(count()).toBe(2);
    handle.exec("alter table t add column w integer");
    expect(count()).toBe(2);
    handle.close();
  });
});
