import { existsSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, it } from "vitest";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { jpegOf } from "./test-images.js";

const T0 = Date.UTC(2026, 11, 3, 9, 0);

async function upload(t: TestApp, u: TestUser, pose = "relaxed", date = "2026-11-02"): Promise<string> {
  const r = await t.json(u, "POST", `/api/users/me/photos?pose=${pose}&date=${date}`, undefined, {
    rawBody: await jpegOf(90, 120),
    headers: { "content-type": "image/jpeg" },
  });
  expect(r.status).toBe(201);
  return (r.json as { id: string }).id;
}

/** A trainer whose invitation `client` accepted. */
async function linkedTrainer(t: TestApp, client: TestUser): Promise<TestUser> {
  const trainer = await t.signUp();
  const inv = await t.json(trainer, "POST", "/api/trainer/invitations", { email: client.email });
  const token = (inv.json as { token: string }).token;
  expect((await t.json(client, "POST", "/api/trainer/invitations/accept", { token })).status).toBe(200);
  return trainer;
}

const imagePath = (owner: TestUser, id: string) => `/api/users/${owner.userId}/photos/${id}/image`;

describeEachDialectApp(
  "back photo access",
  (getT, { dialect }) => {
    it("another user gets 404 for the list, the image, sharing and deleting", async () => {
      const t = getT();
      await t.signUp(); // the database's admin
      const owner = await t.signUp();
      const other = await t.signUp();
      const id = await upload(t, owner);
      const base = `/api/users/${owner.userId}/photos`;
      for (const [method, url, body] of [
        ["GET", base, undefined],
        ["GET", imagePath(owner, id), undefined],
        ["PATCH", `${base}/${id}`, { sharedWithTrainer: true }],
        ["DELETE", `${base}/${id}`, undefined],
      ] as const) {
        const r = await t.json(other, method, url, body);
        expect([method, url, r.status]).toEqual([method, url, 404]);
        expect(r.json).toEqual({ error: "not_found" });
      }
      // Their own path with the owner's photo id: still not found.
      expect((await t.json(other, "GET", `/api/users/me/photos/${id}/image`)).status).toBe(404);
      expect((await t.request(owner, "GET", imagePath(owner, id))).status).toBe(200);
    });

    it("a linked trainer sees a photo only while the client shares it; a pending one never", async () => {
      const t = getT();
      const client = await t.signUp();
      const trainer = await linkedTrainer(t, client);
      const pending = await t.signUp();
      await t.json(pending, "POST", "/api/trainer/invitations", { email: client.email });
      const kept = await upload(t, client, "relaxed", "2026-11-01");
      const shared = await upload(t, client, "side", "2026-11-08");
      const listAs = async (u: TestUser) =>
        ((await t.json(u, "GET", `/api/users/${client.userId}/photos`)).json as { photos: { id: string }[] })
          .photos;

      expect(await listAs(trainer)).toEqual([]);
      expect((await t.json(trainer, "GET", imagePath(client, shared))).status).toBe(404);
      const on = await t.json(client, "PATCH", `/api/users/me/photos/${shared}`, { sharedWithTrainer: true });
      expect(on.json).toMatchObject({ id: shared, sharedWithTrainer: true });
      expect((await listAs(trainer)).map((p) => p.id)).toEqual([shared]);
      const mine = await t.request(client, "GET", imagePath(client, shared));
      const theirs = await t.request(trainer, "GET", imagePath(client, shared));
      expect(theirs.status).toBe(200);
      expect(Buffer.from(await theirs.arrayBuffer())).toEqual(Buffer.from(await mine.arrayBuffer()));
      expect((await t.json(trainer, "GET", imagePath(client, kept))).status).toBe(404);
      // A trainer cannot share on the client's behalf.
      const self = await t.json(trainer, "PATCH", `/api/users/${client.userId}/photos/${kept}`, {
        sharedWithTrainer: true,
      });
      expect(self.status).toBe(404);
      // The pending trainer: nothing, shared or not.
      expect((await t.json(pending, "GET", `/api/users/${client.userId}/photos`)).status).toBe(404);
      expect((await t.json(pending, "GET", imagePath(client, shared))).status).toBe(404);

      await t.json(client, "PATCH", `/api/users/me/photos/${shared}`, { sharedWithTrainer: false });
      expect((await t.json(trainer, "GET", imagePath(client, shared))).status).toBe(404);
      expect(await listAs(client)).toHaveLength(2);
    });

    it("a shared photo is 404 to the trainer once the client ends the link", async () => {
      const t = getT();
      const client = await t.signUp();
      const trainer = await linkedTrainer(t, client);
      const id = await upload(t, client);
      await t.json(client, "PATCH", `/api/users/me/photos/${id}`, { sharedWithTrainer: true });
      expect((await t.request(trainer, "GET", imagePath(client, id))).status).toBe(200);
      const links = (await t.json(client, "GET", "/api/trainer/links")).json as {
        links: { id: string; userId: string }[];
      };
      const link = links.links.find((l) => l.userId === trainer.userId);
      expect((await t.request(client, "DELETE", `/api/trainer/links/${link?.id ?? "none"}`)).status).toBe(
        204,
      );
      expect((await t.json(trainer, "GET", imagePath(client, id))).status).toBe(404);
      expect((await t.json(trainer, "GET", `/api/users/${client.userId}/photos`)).status).toBe(404);
    });

    it("lists by date and pose, oldest first; deleting removes the image too", async () => {
      const t = getT();
      const u = await t.signUp();
      const late = await upload(t, u, "side", "2026-11-20");
      const early = await upload(t, u, "arms-raised", "2026-10-05");
      const list = await t.json(u, "GET", "/api/users/me/photos");
      expect((list.json as { photos: { id: string; date: string; pose: string }[] }).photos).toMatchObject([
        { id: early, date: "2026-10-05", pose: "arms-raised", sharedWithTrainer: false },
        { id: late, date: "2026-11-20", pose: "side" },
      ]);
      const file = path.join(t.deps.config.photosDir, u.userId, `${late}.jpg`);
      if (dialect === "sqlite") expect(existsSync(file)).toBe(true);
      expect((await t.request(u, "DELETE", `/api/users/me/photos/${late}`)).status).toBe(204);
      expect((await t.request(u, "GET", `/api/users/me/photos/${late}/image`)).status).toBe(404);
      expect((await t.request(u, "DELETE", `/api/users/me/photos/${late}`)).status).toBe(404);
      if (dialect === "sqlite") expect(existsSync(file)).toBe(false);
      else {
        const blobs = await t.deps.db
          .selectFrom("back_photo_blobs")
          .select("photo_id")
          .where("photo_id", "=", late)
          .execute();
        expect(blobs).toEqual([]);
      }
    });

    it("the export archive holds the JSON export and every photo's stored JPEG", async () => {
      const t = getT();
      const u = await t.signUp();
      expect(
        (await t.json(u, "POST", "/api/users/me/weigh-ins", { date: "2026-11-02", weightKg: 81 })).status,
      ).toBe(201);
      const id = await upload(t, u, "arms-raised", "2026-11-02");
      const res = await t.request(u, "GET", "/api/users/me/export/archive");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/zip");
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const name = `photos/2026-11-02_arms-raised_${id}.jpg`;
      expect(Object.keys(files).sort()).toEqual(["leanback-export.json", name, "photos.json"].sort());
      const json = (await t.json(u, "GET", "/api/users/me/export")).json;
      expect(JSON.parse(strFromU8(files["leanback-export.json"] as Uint8Array))).toEqual(json);
      const image = await t.request(u, "GET", `/api/users/me/photos/${id}/image`);
      expect(Buffer.from(files[name] as Uint8Array)).toEqual(Buffer.from(await image.arrayBuffer()));
      expect(JSON.parse(strFromU8(files["photos.json"] as Uint8Array))).toMatchObject({
        photos: [{ id, date: "2026-11-02", pose: "arms-raised", file: name }],
      });
    });

    it("deleting the account deletes the photos: rows, and the files on disk", async () => {
      const t = getT();
      const u = await t.signUp();
      const id = await upload(t, u);
      const dir = path.join(t.deps.config.photosDir, u.userId);
      if (dialect === "sqlite") expect(existsSync(dir)).toBe(true);
      const del = await t.json(u, "POST", "/api/auth/account/delete", {
        password: u.password,
        confirm: "DELETE",
      });
      expect(del.status).toBe(204);
      const rows = await t.deps.db.selectFrom("back_photos").select("id").where("id", "=", id).execute();
      expect(rows).toEqual([]);
      if (dialect === "sqlite") expect(existsSync(dir)).toBe(false);
      else {
        const blobs = await t.deps.db
          .selectFrom("back_photo_blobs")
          .select("photo_id")
          .where("photo_id", "=", id)
          .execute();
        expect(blobs).toEqual([]);
      }
    });
  },
  { now: () => T0 },
);
