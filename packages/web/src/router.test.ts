import { describe, expect, it } from "vitest";
import { matchPath } from "./router.js";

describe("matchPath", () => {
  it("matches literal paths, ignoring a trailing slash", () => {
    expect(matchPath("/settings", "/settings/")).toEqual({ params: {} });
    expect(matchPath("/", "/")).toEqual({ params: {} });
    expect(matchPath("/settings", "/diary")).toBeNull();
  });

  it("captures and decodes :params", () => {
    expect(matchPath("/player/:sessionId", "/player/wed%20strength")).toEqual({
      params: { sessionId: "wed strength" },
    });
  });

  it("needs the same number of segments", () => {
    expect(matchPath("/player/:id", "/player")).toBeNull();
    expect(matchPath("/player/:id", "/player/a/b")).toBeNull();
  });

  it("refuses malformed escapes instead of throwing", () => {
    expect(matchPath("/player/:id", "/player/%E0%A4%A")).toBeNull();
  });
});
