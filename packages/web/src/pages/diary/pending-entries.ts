import { MEALS, type Meal } from "@leanback/core/nutrition/diary";
import type { OutboxItem } from "../../pwa/outbox.js";

/** A diary entry logged offline, waiting in the outbox: shown in its meal as pending. */
export interface PendingEntry {
  readonly clientId: string;
  readonly meal: Meal;
  readonly name: string | null;
  readonly amount: string;
  readonly kcal: number | null;
}

/**
 * The outbox's diary entries for `date` that the day from the server does not hold yet (pure).
 * An entry the server already has (same clientId: its replay landed, the outbox not yet cleared)
 * is shown once, as the server's.
 *
 * @example pendingEntries(items, "2026-12-03", day.entries).filter((p) => p.meal === "lunch")
 */
export function pendingEntries(
  items: readonly OutboxItem[],
  date: string,
  stored: readonly { readonly clientId: string }[],
): PendingEntry[] {
  const have = new Set(stored.map((e) => e.clientId));
  const out: PendingEntry[] = [];
  for (const i of items) {
    const p = i.preview;
    if (!p || p.date !== date || have.has(i.clientId) || !isMeal(p.meal)) continue;
    out.push({ clientId: i.clientId, meal: p.meal, name: p.name, amount: p.amount, kcal: p.kcal });
  }
  return out;
}

/**
 * The entries with an edit or removal waiting in the outbox, by entry id (pure); a removal wins
 * over an edit of the same entry.
 *
 * @example pendingChanges(items).get(entry.id) // "remove" | "edit" | undefined
 */
export function pendingChanges(items: readonly OutboxItem[]): ReadonlyMap<string, "edit" | "remove"> {
  const out = new Map<string, "edit" | "remove">();
  for (const { entryChange: c } of items)
    if (c && out.get(c.entryId) !== "remove") out.set(c.entryId, c.kind);
  return out;
}

const MEAL_SET: ReadonlySet<string> = new Set(MEALS);

function isMeal(m: string): m is Meal {
  return MEAL_SET.has(m);
}
