import { searchFoods, type SearchHit, type SearchOptions } from "@leanback/db/food/food-search";
import { findUserByEmail } from "@leanback/db/repos/users";
import type { Database } from "@leanback/db/schema";
import type { Kysely } from "kysely";

// The food operations the CLI uses (the CLI talks to the server package, never to db directly).

export type { SearchHit, SearchOptions };

/** Food search as the API runs it. */
export function searchFoodsOp(db: Kysely<Database>, opts: SearchOptions): Promise<SearchHit[]> {
  return searchFoods(db, opts);
}

/** The id of the account with this e-mail, or undefined. */
export async function userIdByEmail(db: Kysely<Database>, email: string): Promise<string | undefined> {
  return (await findUserByEmail(db, email))?.id;
}
