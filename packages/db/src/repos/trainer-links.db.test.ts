import { expect, it } from "vitest";
import { ConflictError } from "../db-errors.js";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { acceptInvite, inviteClient, listLinks, mayTrainerRead, revokeLink } from "./trainer-links.js";

const T0 = 1_800_000_000_000;

describeEachDialect("trainer links", (getDb) => {
  it("grants read access only once accepted, and not after revocation", async () => {
    const db = getDb();
    const t = await freshUser(db);
    const c = await freshUser(db);
    const link = await inviteClient(
      db,
      { trainerId: t.id, clientId: c.id, inviteTokenHash: `tok-${c.id}` },
      T0,
    );
    expect(await mayTrainerRead(db, t.id, c.id)).toBe(false);
    expect(await acceptInvite(db, t.id, `tok-${c.id}`, T0)).toBeUndefined(); // wrong person
    const accepted = await acceptInvite(db, c.id, `tok-${c.id}`, T0 + 1);
    expect(accepted).toMatchObject({ status: "accepted", acceptedAt: T0 + 1, inviteTokenHash: null });
    expect(await acceptInvite(db, c.id, `tok-${c.id}`, T0 + 2)).toBeUndefined(); // token works once
    expect(await mayTrainerRead(db, t.id, c.id)).toBe(true);
    expect(await mayTrainerRead(db, c.id, t.id)).toBe(false); // not symmetric
    expect(await revokeLink(db, link.id, c.id, T0 + 3)).toBe(true);
    expect(await mayTrainerRead(db, t.id, c.id)).toBe(false);
    expect(await listLinks(db, t.id, "trainer")).toEqual([]);
    expect(await listLinks(db, t.id, "trainer", true)).toHaveLength(1);
  });

  it("allows one live link per pair, and a new one after revocation", async () => {
    const db = getDb();
    const t = await freshUser(db);
    const c = await freshUser(db);
    const first = await inviteClient(
      db,
      { trainerId: t.id, clientId: c.id, inviteTokenHash: `a-${c.id}` },
      T0,
    );
    await expect(
      inviteClient(db, { trainerId: t.id, clientId: c.id, inviteTokenHash: `b-${c.id}` }, T0),
    ).rejects.toBeInstanceOf(ConflictError);
    const outsider = await freshUser(db);
    expect(await revokeLink(db, first.id, outsider.id, T0)).toBe(false); // not a party
    expect(await revokeLink(db, first.id, t.id, T0)).toBe(true);
    await inviteClient(db, { trainerId: t.id, clientId: c.id, inviteTokenHash: `c-${c.id}` }, T0 + 1);
    expect(await listLinks(db, c.id, "client")).toHaveLength(1);
  });

  it("refuses a link to oneself", async () => {
    const db = getDb();
    const t = await freshUser(db);
    await expect(
      inviteClient(db, { trainerId: t.id, clientId: t.id, inviteTokenHash: `s-${t.id}` }, T0),
    ).rejects.toThrow();
  });
});
