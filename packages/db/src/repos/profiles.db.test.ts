import { expect, it } from "vitest";
import { InvalidInputError } from "@leanback/core/errors";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { deleteProfile, getProfile, upsertProfile, type ProfileInput } from "./profiles.js";
import { deleteUser } from "./users.js";

const T0 = 1_800_000_000_000;

function input(userId: string): ProfileInput {
  return {
    userId,
    sex: "female",
    birthDate: "1988-02-29",
    heightMm: 1680,
    unitSystem: "imperial",
    floorKcal: 1200,
    pal: 1.55,
    bodyFatPct: 31.5,
    goal: { kind: "lose", ratePctPerWeek: 0.5 },
    equipment: ["dumbbells", "pullup-bar"],
    schedule: { weekdays: [1, 3, 5], minutes: 45 },
    cardioPrefs: { modalities: ["walk", "bike"] },
    exclusions: [],
    pullupAnswer: { canDo: 0 },
    timezone: "Europe/Berlin",
  };
}

describeEachDialect("profiles", (getDb) => {
  it("round-trips every field, JSON included", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await upsertProfile(db, input(u.id), T0);
    expect(await getProfile(db, u.id)).toEqual({ ...input(u.id), updatedAt: T0 });
  });

  it("replaces the profile on a second upsert (one row per user)", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await upsertProfile(db, input(u.id), T0);
    await upsertProfile(db, { ...input(u.id), heightMm: 1700, bodyFatPct: null, pullupAnswer: null }, T0 + 1);
    const p = await getProfile(db, u.id);
    expect(p).toMatchObject({ heightMm: 1700, bodyFatPct: null, pullupAnswer: null, updatedAt: T0 + 1 });
    const n = await db.selectFrom("profiles").select("user_id").where("user_id", "=", u.id).execute();
    expect(n).toHaveLength(1);
  });

  it("rejects an impossible birth date and a check-constraint violation", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await expect(upsertProfile(db, { ...input(u.id), birthDate: "1989-02-29" }, T0)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      upsertProfile(db, { ...input(u.id), unitSystem: "furlongs" as "metric" }, T0),
    ).rejects.toThrow();
  });

  it("deletes, and cascades with the user", async () => {
    const db = getDb();
    const u = await freshUser(db);
    await upsertProfile(db, input(u.id), T0);
    expect(await deleteProfile(db, u.id)).toBe(true);
    await upsertProfile(db, input(u.id), T0);
    await deleteUser(db, u.id);
    expect(await getProfile(db, u.id)).toBeUndefined();
  });
});
