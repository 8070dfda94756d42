import { describe, expect, it } from "vitest";
import { shortDate } from "./format.js";

describe("shortDate", () => {
  it("writes day and month, and the year only when it is not this year", () => {
    expect(shortDate("2026-11-06")).toBe("6 Nov");
    expect(shortDate("2026-01-31", "2026")).toBe("31 Jan");
    expect(shortDate("2025-12-01", "2026")).toBe("1 Dec 2025");
  });
});
