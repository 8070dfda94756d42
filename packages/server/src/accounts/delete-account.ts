import { deleteUser } from "@leanback/db/repos/users";
import type { ServerDeps } from "../deps.js";
import { photoStoreFor } from "../features/photos/photo-store.js";
import { requireCurrentPassword } from "./auth.js";
import { sessionCacheFor } from "./session-cache.js";

/**
 * Deletes the caller's account and every row they own (the foreign keys cascade: profile, diary,
 * custom foods, weigh-ins, measurements, workouts, plans, sessions, trainer links, back photos);
 * then the back photos' image files, which live outside the database on SQLite. The current
 * password is asked again, so a borrowed unlocked phone cannot do it; cached sessions are dropped
 * at once, so the next request with the old cookie is 401.
 */
export async function deleteAccount(
  deps: ServerDeps,
  caller: { readonly userId: string },
  input: { readonly password: string },
): Promise<void> {
  await requireCurrentPassword(
    deps,
    caller.userId,
    input.password,
    "the password is wrong; nothing was deleted",
  );
  await deleteUser(deps.db, caller.userId);
  sessionCacheFor(deps.db).forgetUser(caller.userId);
  try {
    await photoStoreFor(deps).removeUser(caller.userId);
  } catch (e) {
    // The account and its rows are gone; say loudly that files were left for the operator.
    deps.log.log("error", "account deleted but its photo files were not removed", {
      userId: caller.userId,
      error: e instanceof Error ? e.message : String(e),
    });
  }
  deps.log.log("info", "account deleted", { userId: caller.userId });
}
