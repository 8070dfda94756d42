import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./db-errors.js";

function coded(code: string, message = "boom"): Error {
  return Object.assign(new Error(message), { code });
}

describe("isDatabaseUnavailable", () => {
  it("knows a dead connection by socket code, SQLSTATE or node-postgres message", () => {
    expect(isDatabaseUnavailable(coded("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(coded("57P01", "terminating connection due to administrator command"))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(coded("08006"))).toBe(true);
    expect(isDatabaseUnavailable(coded("SQLITE_BUSY"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: coded("ECONNRESET") }))).toBe(true);
  });

  it("leaves query errors alone", () => {
    expect(isDatabaseUnavailable(coded("23505"))).toBe(false);
    expect(isDatabaseUnavailable(coded("42P01"))).toBe(false);
    expect(isDatabaseUnavailable(coded("SQLITE_CONSTRAINT_UNIQUE"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("syntax error"))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
