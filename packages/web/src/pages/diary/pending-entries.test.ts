import { describe, expect, it } from "vitest";
import type { OutboxItem } from "../../pwa/outbox.js";
import { pendingChanges, pendingEntries } from "./pending-entries.js";

const item = (clientId: string, preview?: OutboxItem["preview"]): OutboxItem => ({
  clientId,
  method: "POST",
  path: "/api/users/me/diary/2026-12-03/entries",
  body: { clientId },
  summary: clientId,
  createdAt: 1,
  ...(preview ? { preview } : {}),
});
const egg = { date: "2026-12-03", meal: "breakfast", name: "Egg", amount: "2 large (100 g)", kcal: 143 };

describe("pendingEntries", () => {
  it("shows the day's queued entries, in outbox order", () => {
    const quick = { date: "2026-12-03", meal: "snacks", name: null, amount: "", kcal: 200 };
    expect(pendingEntries([item("a", egg), item("b", quick)], "2026-12-03", [])).toEqual([
      { clientId: "a", meal: "breakfast", name: "Egg", amount: "2 large (100 g)", kcal: 143 },
      { clientId: "b", meal: "snacks", name: null, amount: "", kcal: 200 },
    ]);
  });

  it("leaves out other days, writes without a preview (weigh-ins) and unknown meals", () => {
    const items = [
      item("a", { ...egg, date: "2026-12-02" }),
      item("w"),
      item("m", { ...egg, meal: "brunch" }),
    ];
    expect(pendingEntries(items, "2026-12-03", [])).toEqual([]);
  });

  it("an entry the server already holds (same clientId) is not shown twice", () => {
    expect(pendingEntries([item("a", egg), item("b", egg)], "2026-12-03", [{ clientId: "a" }])).toEqual([
      expect.objectContaining({ clientId: "b" }),
    ]);
  });
});

describe("pendingChanges", () => {
  const change = (clientId: string, entryId: string, kind: "edit" | "remove"): OutboxItem => ({
    ...item(clientId),
    method: kind === "edit" ? "PATCH" : "DELETE",
    entryChange: { entryId, kind },
  });

  it("marks each changed entry; a removal wins over an edit, before or after it", () => {
    const m = pendingChanges([
      change("1", "e1", "edit"),
      change("2", "e1", "remove"),
      change("3", "e1", "edit"),
      change("4", "e2", "edit"),
      item("5", egg),
    ]);
    expect([...m.entries()]).toEqual([
      ["e1", "remove"],
      ["e2", "edit"],
    ]);
  });
});
