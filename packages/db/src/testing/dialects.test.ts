import { describe, expect, it } from "vitest";
import { selectedDialects } from "./dialects.js";

describe("selectedDialects", () => {
  it("defaults to both dialects", () => {
    expect(selectedDialects({})).toEqual(["sqlite", "postgres"]);
  });
  it("reads DIALECTS, trimming, lower-casing and de-duplicating", () => {
    expect(selectedDialects({ DIALECTS: " Postgres ,sqlite,postgres" })).toEqual(["postgres", "sqlite"]);
    expect(selectedDialects({ DIALECTS: "sqlite" })).toEqual(["sqlite"]);
  });
  it("fails loudly on an unknown dialect", () => {
    expect(() => selectedDialects({ DIALECTS: "sqlite,mysql" })).toThrow(/mysql/);
  });
});
