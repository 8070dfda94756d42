import { describe, expect, it } from "vitest";
import { ApiError, NetworkError } from "../api/errors.js";
import { replayOutcome } from "./outbox-sync.js";

describe("replayOutcome", () => {
  it("a success leaves the outbox", () => {
    expect(replayOutcome(null)).toBe("delivered");
  });

  it("keeps the write when the problem is the connection, the session or the server", () => {
    expect(replayOutcome(new NetworkError())).toBe("retry");
    for (const status of [401, 408, 429, 500, 502, 503])
      expect(replayOutcome(new ApiError(status, "x", "x")), String(status)).toBe("retry");
    expect(replayOutcome(new Error("IndexedDB hiccup"))).toBe("retry");
  });

  it("drops a write the server refuses as such (4xx): replaying would fail the same way", () => {
    for (const status of [400, 403, 404, 409, 413, 422])
      expect(replayOutcome(new ApiError(status, "x", "x")), String(status)).toBe("drop");
  });

  it("a removal answered 404 is delivered (already gone); other writes answered 404 are refused", () => {
    expect(replayOutcome(new ApiError(404, "not_found", "x"), "DELETE")).toBe("delivered");
    expect(replayOutcome(new ApiError(404, "not_found", "x"), "PATCH")).toBe("drop");
    expect(replayOutcome(new ApiError(422, "invalid", "x"), "DELETE")).toBe("drop");
    expect(replayOutcome(new NetworkError(), "DELETE")).toBe("retry");
  });
});
