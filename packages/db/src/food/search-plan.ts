import { InvalidInputError } from "@leanback/core/errors";
import { editsOne, SPELLING_VARIANTS, tokenize } from "./search-text.js";
import type { Vocabulary } from "./vocabulary.js";

export type MatchKind = "exact" | "form" | "prefix" | "typo";

export interface TermPlan {
  readonly token: string;
  /** The word itself. */
  readonly exact: ReadonlySet<string>;
  /** Plural/singular forms and spelling variants (ranked just below the word itself). */
  readonly forms: ReadonlySet<string>;
  /** Vocabulary words one edit away (only when the token itself is not indexed). */
  readonly typos: ReadonlySet<string>;
  readonly prefix: boolean;
}

const MAX_TOKENS = 8;
/** Longer words get no typo expansion: editsOne is ≈54n strings of length n, quadratic in n. */
const MAX_TYPO_WORD = 32;

/** Query words → what each may match, using the indexed vocabulary for typo expansion. */
export function planTerms(query: string, vocab: Vocabulary): TermPlan[] {
  const tokens = tokenize(query).slice(0, MAX_TOKENS);
  if (tokens.length === 0) throw new InvalidInputError("query", "search needs at least one letter or digit");
  return tokens.map((token) => {
    const exact = new Set([token]);
    const forms = new Set<string>();
    if (Object.hasOwn(SPELLING_VARIANTS, token)) for (const v of SPELLING_VARIANTS[token] ?? []) forms.add(v);
    if (token.length >= 4 && token.endsWith("s")) forms.add(token.slice(0, -1));
    if (token.length >= 5 && token.endsWith("es")) forms.add(token.slice(0, -2));
    if (token.length >= 3 && !token.endsWith("s")) {
      forms.add(`${token}s`);
      forms.add(`${token}es`);
    }
    forms.delete(token);
    const typos = new Set<string>();
    if (
      token.length >= 4 &&
      token.length <= MAX_TYPO_WORD &&
      !vocab.has(token) &&
      ![...forms].some((e) => vocab.has(e))
    ) {
      for (const e of editsOne(token)) {
        if (vocab.has(e)) typos.add(e);
        if (vocab.has(`${e}s`)) typos.add(`${e}s`);
      }
    }
    return { token, exact, forms, typos, prefix: token.length >= 2 };
  });
}
