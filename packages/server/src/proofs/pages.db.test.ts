import sharp from "sharp";
import { expect, it } from "vitest";
import { saveCheckIn } from "@leanback/db/repos/check-ins";
import { recordAudit } from "@leanback/db/repos/trainer-notes";
import { describeEachDialectApp, type TestApp, type TestUser } from "../testing/fixture.js";
import { EXAMPLE_INTERVAL } from "../features/intervals/custom-intervals-routes.js";
import { uploadPhoto } from "../features/photos/photos.js";
import { addDays } from "../features/shared/dates.js";

type Issues = { issues: Array<{ path: string }> };
type Page = Record<string, unknown> & { next: string | null };

/** Walks `path` page by page with `limit`; returns the ids in order and the number of pages. */
async function walk(t: TestApp, u: TestUser, path: string, key: string, limit: number, idKey = "id") {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = `limit=${limit}${cursor === null ? "" : `&cursor=${cursor}`}`;
    const r = await t.json(u, "GET", `${path}?${q}`);
    expect(r.status, q).toBe(200);
    const body = r.json as Page;
    const items = body[key] as Array<Record<string, string>>;
    expect(items.length).toBeLessThanOrEqual(limit);
    ids.push(...items.map((i) => i[idKey] ?? ""));
    cursor = body.next;
    pages += 1;
  } while (cursor !== null && pages < 100);
  return { ids, pages };
}

/** Default page, a walk of pages of 3 that returns every row once, and 422 on limit and cursor. */
async function checkPaged(
  t: TestApp,
  u: TestUser,
  path: string,
  key: string,
  n: number,
  maxLimit: number,
  idKey = "id",
) {
  const all = (await t.json(u, "GET", path)).json as Page;
  const ids = (all[key] as Array<Record<string, string>>).map((i) => i[idKey] ?? "");
  expect(ids).toHaveLength(n);
  expect(all.next).toBeNull();
  const walked = await walk(t, u, path, key, 3, idKey);
  expect(walked.ids).toEqual(ids);
  expect(new Set(walked.ids).size).toBe(n);
  expect(walked.pages).toBe(Math.ceil(n / 3));
  for (const [q, field] of [
    [`limit=${maxLimit + 1}`, "query.limit"],
    ["limit=0", "query.limit"],
    ["cursor=abc", "query.cursor"],
  ] as const) {
    const r = await t.json(u, "GET", `${path}?${q}`);
    expect(r.status, `${path}?${q}`).toBe(422);
    expect((r.json as Issues).issues.map((i) => i.path)).toEqual([field]);
  }
  const most = await t.json(u, "GET", `${path}?limit=${maxLimit}`);
  expect(most.status).toBe(200);
}

describeEachDialectApp("pages on id-list routes", (getT) => {
  it("comments: limit (default 200, at most 500) and a cursor walk", async () => {
    const t = getT();
    const u = await t.signUp();
    for (let i = 0; i < 7; i++) {
      const r = await t.json(u, "POST", "/api/users/me/comments", {
        subject: "week",
        subjectKey: "2026-11-30",
        body: `note ${i}`,
      });
      expect(r.status).toBe(201);
    }
    await checkPaged(t, u, "/api/users/me/comments", "comments", 7, 500);
  });

  it("trainer audit: limit (default 100, at most 500) and a cursor walk", async () => {
    const t = getT();
    const u = await t.signUp();
    const trainer = await t.signUp();
    for (let i = 0; i < 8; i++)
      await recordAudit(
        t.deps.db,
        {
          clientId: u.userId,
          trainerId: trainer.userId,
          method: "PATCH",
          path: "/x",
          summary: `change ${i}`,
        },
        Date.UTC(2026, 10, 1) + i * 1000,
      );
    await checkPaged(t, u, "/api/users/me/trainer-audit", "entries", 8, 500);
  });

  it("check-ins: limit (default 104, at most 520) and a cursor walk", async () => {
    const t = getT();
    const u = await t.signUp();
    for (let i = 0; i < 5; i++)
      await saveCheckIn(t.deps.db, {
        userId: u.userId,
        weekStart: addDays("2026-10-05", i * 7),
        expenditureKcal: 2500,
        targetKcal: 2000,
        proposedKcal: 2000,
      });
    await checkPaged(t, u, "/api/users/me/check-ins", "checkIns", 5, 520);
  });

  it("photos: limit (default 200, at most 500) and a cursor walk", async () => {
    const t = getT();
    const u = await t.signUp();
    const jpeg = await sharp({ create: { width: 48, height: 64, channels: 3, background: "#c8a27a" } })
      .jpeg()
      .toBuffer();
    for (let i = 0; i < 4; i++)
      await uploadPhoto(t.deps, u.userId, { pose: "relaxed", date: addDays("2026-11-01", i) }, jpeg);
    await checkPaged(t, u, "/api/users/me/photos", "photos", 4, 500);
  });

  it("interval timers: limit (default 100, at most 200) and a cursor walk", async () => {
    const t = getT();
    const u = await t.signUp();
    for (let i = 0; i < 5; i++) {
      const r = await t.json(u, "POST", "/api/users/me/intervals", {
        ...EXAMPLE_INTERVAL,
        name: `Timer ${i}`,
      });
      expect(r.status).toBe(201);
    }
    await checkPaged(t, u, "/api/users/me/intervals", "intervals", 5, 200);
  });

  it("trainer clients: limit (default 50, at most 100) and a cursor walk", async () => {
    const t = getT();
    const trainer = await t.signUp();
    for (let i = 0; i < 4; i++) {
      const client = await t.signUp();
      const inv = await t.json(trainer, "POST", "/api/trainer/invitations", { email: client.email });
      const token = (inv.json as { token: string }).token;
      const r = await t.json(client, "POST", "/api/trainer/invitations/accept", { token });
      expect(r.status).toBe(200);
    }
    await checkPaged(t, trainer, "/api/trainer/clients", "clients", 4, 100, "linkId");
  });

  it("admin users: limit (default 200, at most 1000) and a cursor walk", async () => {
    const t = getT();
    const admin = await t.signUp();
    await t.deps.db.updateTable("users").set({ role: "admin" }).where("id", "=", admin.userId).execute();
    const before = ((await t.json(admin, "GET", "/api/admin/users")).json as { users: unknown[] }).users
      .length;
    for (let i = 0; i < 4; i++) await t.signUp();
    await checkPaged(t, admin, "/api/admin/users", "users", before + 4, 1000);
  });
});
