import { describe, expect, it } from "vitest";
import { newClientId } from "./client-id.js";

describe("newClientId", () => {
  it("fits the API's clientId rule (8–100 of A-Z a-z 0-9 . _ : -) and does not repeat", () => {
    const ids = Array.from({ length: 1000 }, newClientId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
