import { expect, it } from "vitest";
import { describeEachDialect } from "../testing/dialects.js";
import { freshUser } from "../testing/fixtures.js";
import { acceptInvite, inviteClient, revokeLink, setPlanConsent, trainerAccess } from "./trainer-links.js";
import { addComment, listAudit, listComments, recordAudit } from "./trainer-notes.js";
import { createUser, findUserById, updateUser } from "./users.js";

const T0 = 1_800_000_000_000;

describeEachDialect("trainer workspace storage", (getDb) => {
  it("gives write access only after the client's plan consent, and none once the link ends", async () => {
    const db = getDb();
    const t = await freshUser(db);
    const c = await freshUser(db);
    const link = await inviteClient(
      db,
      { trainerId: t.id, clientId: c.id, inviteTokenHash: `w-${c.id}` },
      T0,
    );
    expect(await trainerAccess(db, t.id, c.id)).toBe("none");
    expect(await setPlanConsent(db, link.id, c.id, true, T0)).toBe(false); // not accepted yet
    await acceptInvite(db, c.id, `w-${c.id}`, T0 + 1);
    expect(await trainerAccess(db, t.id, c.id)).toBe("read");
    expect(await setPlanConsent(db, link.id, t.id, true, T0 + 2)).toBe(false); // the trainer cannot
    expect(await setPlanConsent(db, link.id, c.id, true, T0 + 2)).toBe(true);
    expect(await trainerAccess(db, t.id, c.id)).toBe("write");
    expect(await setPlanConsent(db, link.id, c.id, false, T0 + 3)).toBe(true);
    expect(await trainerAccess(db, t.id, c.id)).toBe("read");
    await setPlanConsent(db, link.id, c.id, true, T0 + 4);
    expect(await revokeLink(db, link.id, c.id, T0 + 5)).toBe(true);
    expect(await trainerAccess(db, t.id, c.id)).toBe("none");
    expect(await setPlanConsent(db, link.id, c.id, true, T0 + 6)).toBe(false);
  });

  it("stores comments per client, oldest first, and the audit newest first", async () => {
    const db = getDb();
    const t = await freshUser(db);
    const c = await freshUser(db);
    const other = await freshUser(db);
    await addComment(
      db,
      { clientId: c.id, authorId: t.id, subject: "week", subjectKey: "2026-11-30", body: "Good week" },
      T0,
    );
    await addComment(
      db,
      { clientId: c.id, authorId: c.id, subject: "session", subjectKey: "2026-12-01/w1-d1", body: "Thanks" },
      T0 + 1,
    );
    await addComment(
      db,
      { clientId: other.id, authorId: t.id, subject: "week", subjectKey: "2026-11-30", body: "x" },
      T0 + 2,
    );
    expect((await listComments(db, c.id)).map((x) => x.body)).toEqual(["Good week", "Thanks"]);

    await recordAudit(
      db,
      { clientId: c.id, trainerId: t.id, method: "PUT", path: "/p/1", summary: "one" },
      T0,
    );
    await recordAudit(
      db,
      { clientId: c.id, trainerId: t.id, method: "DELETE", path: "/p/2", summary: "two" },
      T0 + 9,
    );
    const audit = await listAudit(db, c.id);
    expect(audit.map((x) => [x.summary, x.createdAt])).toEqual([
      ["two", T0 + 9],
      ["one", T0],
    ]);
    expect(await listAudit(db, other.id)).toEqual([]);
  });

  it("keeps whether an account coaches others", async () => {
    const db = getDb();
    const u = await createUser(
      db,
      {
        email: `coach-${T0}-${Math.floor(performance.now())}@example.test`,
        passwordHash: "x",
        role: "user",
        coaches: true,
      },
      T0,
    );
    expect(u.coaches).toBe(true);
    expect((await findUserById(db, u.id))?.coaches).toBe(true);
    await updateUser(db, u.id, { coaches: false }, T0 + 1);
    expect((await findUserById(db, u.id))?.coaches).toBe(false);
    expect((await freshUser(db)).coaches).toBe(false);
  });
});
