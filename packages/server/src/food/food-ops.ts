import { foodLayer } from "@leanback/core/nutrition/food-layer";
import { buildAliasIndex, type AliasIndex } from "@leanback/db/food/alias-match";
import {
  searchFoodsPage,
  type SearchHit,
  type SearchOptions,
  type SearchPage,
} from "@leanback/db/food/food-search";
import { findUserByEmail } from "@leanback/db/repos/users";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";

// The food operations the API and the CLI use (the CLI talks to the server package, never to db
// directly).

export type { SearchHit, SearchOptions, SearchPage };

let aliases: AliasIndex | undefined;
/** The curated everyday names (data/food-aliases.json) as a search alias index, built once. */
export function curatedAliases(): AliasIndex {
  aliases ??= buildAliasIndex(
    foodLayer().aliases.map((a) => ({ phrase: a.phrase, source: "usda-sr28" as const, sourceId: a.ndb })),
  );
  return aliases;
}

/** Food search as the API runs it: with the curated alias layer, one page. */
export function searchFoodsPageOp(db: Kysely<Database>, opts: SearchOptions): Promise<SearchPage> {
  return searchFoodsPage(db, { aliases: curatedAliases(), ...opts });
}

/** The first page of searchFoodsPageOp. */
export async function searchFoodsOp(db: Kysely<Database>, opts: SearchOptions): Promise<SearchHit[]> {
  return [...(await searchFoodsPageOp(db, opts)).hits];
}

/** The id of the account with this e-mail, or undefined. */
export async function userIdByEmail(db: Kysely<Database>, email: string): Promise<string | undefined> {
  return (await findUserByEmail(db, email))?.id;
}
