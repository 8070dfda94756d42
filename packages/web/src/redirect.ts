import type { PageEntry } from "./pages/registry.js";

/**
 * Where a visitor must go instead of `entry`, or null to show it. Someone without a body profile
 * goes to onboarding, unless they coach others: their home is then the client list, and the
 * workspace's pages (and onboarding, should they want to diet too) stay open to them.
 */
export function redirectFor(
  entry: Pick<PageEntry, "public" | "beforeOnboarding" | "forCoaches"> | null,
  signedIn: boolean,
  onboarded: boolean,
  coaches: boolean,
  here = "/",
): string | null {
  const home = onboarded ? "/" : coaches ? "/clients" : "/onboarding";
  if (entry?.public) return signedIn ? home : null;
  if (!signedIn) return `/login?next=${encodeURIComponent(here)}`;
  if (!onboarded && !entry?.beforeOnboarding && !(coaches && entry?.forCoaches)) return home;
  return null;
}
