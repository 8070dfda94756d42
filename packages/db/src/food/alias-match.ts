import type { FoodSource } from "../schema-food.js";
import { editDistance, tokenize } from "./search-text.js";

/** One everyday name for a food ("porridge" → SR28 08121), from the curated layer. */
export interface AliasEntry {
  readonly phrase: string;
  readonly source: FoodSource;
  readonly sourceId: string;
}

interface IndexedAlias {
  readonly tokens: readonly string[];
  readonly source: FoodSource;
  readonly sourceId: string;
}

/** Aliases tokenised once. */
export interface AliasIndex {
  readonly entries: readonly IndexedAlias[];
}

export function buildAliasIndex(entries: readonly AliasEntry[]): AliasIndex {
  return {
    entries: entries
      .map((e) => ({ tokens: tokenize(e.phrase), source: e.source, sourceId: e.sourceId }))
      .filter((e) => e.tokens.length > 0),
  };
}

export interface AliasHit {
  readonly source: FoodSource;
  readonly sourceId: string;
  /** 0–1: 1 when the query is the alias word for word. */
  readonly strength: number;
  /** The weakest way a query word matched an alias word. */
  readonly kind: "exact" | "form" | "prefix" | "typo";
}

type Kind = AliasHit["kind"];
const ORDER: Record<Kind, number> = { exact: 3, form: 2, prefix: 1, typo: 0 };

/** How well one query word matches one alias word (our heuristic, same scale as the search). */
function wordGrade(
  q: string,
  a: string,
  isLast: boolean,
  typos: boolean,
): { g: number; kind: Kind } | undefined {
  if (q === a) return { g: 1, kind: "exact" };
  if (`${q}s` === a || `${a}s` === q || `${q}es` === a || `${a}es` === q) return { g: 0.9, kind: "form" };
  // The word being typed: the more of the alias word it has, the stronger ("banan" > "corn" of "cornflakes").
  if (isLast && q.length >= 3 && a.startsWith(q)) return { g: (0.75 * q.length) / a.length, kind: "prefix" };
  // Typos keep the first letter ("banan", "chiken", "oatmel"); "rice" is not a typo of "ice".
  if (!typos || q.length < 4 || a.length < 4 || q[0] !== a[0]) return undefined;
  if (Math.abs(q.length - a.length) <= 1 && editDistance(q, a, 1) <= 1) return { g: 0.6, kind: "typo" };
  // A typo in the word being typed: "oatme" starts "oatmeal"; "chikc" starts nothing.
  if (isLast && q.length >= 5 && a.length > q.length && editDistance(q, a.slice(0, q.length), 1) <= 1)
    return { g: 0.5, kind: "typo" };
  return undefined;
}

/**
 * The aliases every query word matches (exactly, as a plural, as the prefix being typed, or one
 * edit away), strongest first: strength is the mean word grade times the share of the alias's
 * words the query covers, so "rice" is a full hit on "rice" and half of one on "brown rice".
 * Typos count only when the words as typed match no alias well; hits under 0.3 are dropped.
 * `skipUncovered` drops aliases whose words left out by the query it rejects.
 *
 * @example
 * matchAliases(buildAliasIndex([{ phrase: "porridge", source: "usda-sr28", sourceId: "08121" }]), "porrige");
 * // → [{ source: "usda-sr28", sourceId: "08121", strength: 0.6, kind: "typo" }]
 */
export function matchAliases(
  index: AliasIndex,
  query: string,
  opts: { max?: number; skipUncovered?: (word: string) => boolean } = {},
): AliasHit[] {
  const words = tokenize(query).slice(0, 8);
  if (words.length === 0) return [];
  // Typos only when the words as typed name no alias well: "beer" is not a typo of "beef".
  let hits = pass(index, words, false, opts.skipUncovered);
  if (!hits.some((h) => h.strength >= 0.5)) hits = pass(index, words, true, opts.skipUncovered);
  return hits
    .filter((h) => h.strength >= MIN_STRENGTH)
    .sort((a, b) => b.strength - a.strength)
    .slice(0, opts.max ?? 8);
}

/** Below this an alias hit is noise ("ham" is a quarter of "hamburger"). */
const MIN_STRENGTH = 0.3;

function pass(
  index: AliasIndex,
  words: readonly string[],
  typos: boolean,
  skip: ((word: string) => boolean) | undefined,
): AliasHit[] {
  const best = new Map<string, AliasHit>();
  for (const e of index.entries) {
    if (words.length > e.tokens.length) continue;
    let sum = 0;
    let kind: Kind = "exact";
    const used = new Set<number>();
    let ok = true;
    for (const [qi, q] of words.entries()) {
      let top: { g: number; kind: Kind; at: number } | undefined;
      for (const [ai, a] of e.tokens.entries()) {
        if (used.has(ai)) continue;
        const g = wordGrade(q, a, qi === words.length - 1, typos);
        if (g !== undefined && (top === undefined || g.g > top.g)) top = { ...g, at: ai };
      }
      if (top === undefined) {
        ok = false;
        break;
      }
      used.add(top.at);
      sum += top.g;
      if (ORDER[top.kind] < ORDER[kind]) kind = top.kind;
    }
    if (!ok) continue;
    // "apple" is not a hit on "apple juice": the words the query leaves out name another product.
    if (skip !== undefined && e.tokens.some((t, i) => !used.has(i) && skip(t))) continue;
    const strength = (sum / words.length) * (words.length / e.tokens.length);
    const key = `${e.source}\u0000${e.sourceId}`;
    const prev = best.get(key);
    if (prev === undefined || strength > prev.strength)
      best.set(key, { source: e.source, sourceId: e.sourceId, strength, kind });
  }
  return [...best.values()];
}
