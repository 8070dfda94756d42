import { describe, expect, it } from "vitest";
import { redirectFor } from "./redirect.js";

const today = {};
const onboarding = { beforeOnboarding: true };
const clients = { forCoaches: true };
const login = { public: true, beforeOnboarding: true };

describe("redirectFor", () => {
  it("sends someone without a profile to onboarding, unless they coach others", () => {
    expect(redirectFor(today, true, false, false)).toBe("/onboarding");
    expect(redirectFor(clients, true, false, false)).toBe("/onboarding");
    expect(redirectFor(today, true, false, true)).toBe("/clients");
    expect(redirectFor(clients, true, false, true)).toBeNull();
    // A coach may still choose to diet: onboarding stays open.
    expect(redirectFor(onboarding, true, false, true)).toBeNull();
  });

  it("sends a signed-in visitor of a public page home: Today, the client list, or onboarding", () => {
    expect(redirectFor(login, true, true, true)).toBe("/");
    expect(redirectFor(login, true, false, true)).toBe("/clients");
    expect(redirectFor(login, true, false, false)).toBe("/onboarding");
    expect(redirectFor(login, false, false, false)).toBeNull();
  });

  it("sends a signed-out visitor to sign in and back", () => {
    expect(redirectFor(clients, false, false, false, "/clients/abc")).toBe("/login?next=%2Fclients%2Fabc");
  });

  it("lets an onboarded coach open everything", () => {
    expect(redirectFor(today, true, true, true)).toBeNull();
    expect(redirectFor(clients, true, true, true)).toBeNull();
  });
});
