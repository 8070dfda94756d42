import { existsSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { strToU8, zipSync } from "fflate";
import { expect, it } from "vitest";
import { describeEachDialectApp, type TestApp, type TestUser } from "../../testing/fixture.js";
import { PHOTO_LONG_SIDE, PHOTO_MAX_BYTES } from "./image-process.js";
import { GPS_MARKER, jpegOf, jpegWithGps, pngHeaderOnly, pngOf, SVG } from "./test-images.js";

const T0 = Date.UTC(2026, 11, 3, 9, 0);

function upload(
  t: TestApp,
  u: TestUser,
  bytes: Uint8Array,
  contentType: string,
  q = "pose=relaxed&date=2026-12-01",
) {
  return t.json(u, "POST", `/api/users/me/photos?${q}`, undefined, {
    rawBody: bytes,
    headers: { "content-type": contentType },
  });
}

async function storedImage(t: TestApp, u: TestUser, id: string): Promise<Buffer> {
  const res = await t.request(u, "GET", `/api/users/me/photos/${id}/image`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("image/jpeg");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("cache-control")).toBe("no-store");
  return Buffer.from(await res.arrayBuffer());
}

describeEachDialectApp(
  "back photo upload",
  (getT, { dialect }) => {
    it("strips EXIF and GPS: the stored file, read back, has no metadata and a fresh JPEG", async () => {
      const t = getT();
      const u = await t.signUp();
      const original = await jpegWithGps(800, 600);
      const before = await sharp(original).metadata();
      expect(before.exif?.toString("latin1")).toContain(GPS_MARKER); // the vector really has EXIF
      const r = await upload(t, u, original, "image/jpeg");
      expect(r.status).toBe(201);
      const photo = r.json as { id: string; width: number; height: number; pose: string; date: string };
      expect(photo).toMatchObject({ pose: "relaxed", date: "2026-12-01", width: 800, height: 600 });
      const stored = await storedImage(t, u, photo.id);
      const meta = await sharp(stored).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(stored.includes(Buffer.from(GPS_MARKER))).toBe(false);
      expect(stored.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
      if (dialect === "sqlite") {
        // Privately on disk: owner-only file in the data directory's photos folder.
        const file = path.join(t.deps.config.photosDir, u.userId, `${photo.id}.jpg`);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      }
    });

    it("shrinks the long side to 1600 px and turns the photo upright by its EXIF orientation", async () => {
      const t = getT();
      const u = await t.signUp();
      const big = await upload(t, u, await jpegOf(3200, 2000), "image/jpeg");
      expect(big.status).toBe(201);
      expect(big.json).toMatchObject({ width: PHOTO_LONG_SIDE, height: 1000 });
      const id = (big.json as { id: string }).id;
      const m = await sharp(await storedImage(t, u, id)).metadata();
      expect([m.width, m.height]).toEqual([1600, 1000]);
      // Orientation 6: the camera held sideways; stored upright, so width and height swap.
      const sideways = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#888" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer();
      const up = await upload(t, u, sideways, "image/jpeg");
      expect(up.json).toMatchObject({ width: 200, height: 300 });
    });

    it("judges the type by its bytes: a PNG sent as image/jpeg is fine, an SVG is refused", async () => {
      const t = getT();
      const u = await t.signUp();
      const png = await upload(t, u, await pngOf(120, 90), "image/jpeg");
      expect(png.status).toBe(201);
      const stored = await storedImage(t, u, (png.json as { id: string }).id);
      expect((await sharp(stored).metadata()).format).toBe("jpeg");
      const webp = await upload(
        t,
        u,
        await sharp(await pngOf(60, 40))
          .webp()
          .toBuffer(),
        "application/octet-stream",
      );
      expect(webp.status).toBe(201);
      const svg = await upload(t, u, SVG, "image/png");
      expect(svg.status).toBe(415);
      expect(svg.json).toMatchObject({ error: "unsupported_image_type" });
      expect((svg.json as { message: string }).message).toMatch(/JPEG, PNG or WebP/);
    });

    it("refuses a polyglot (an image with something appended) and a cut-short image", async () => {
      const t = getT();
      const u = await t.signUp();
      const png = await pngOf(30, 30);
      const html = await upload(
        t,
        u,
        Buffer.concat([png, strToU8("<html><script>alert(1)</script></html>")]),
        "image/png",
      );
      expect(html.status).toBe(422);
      expect(html.json).toMatchObject({ error: "image_not_alone" });
      expect((html.json as { message: string }).message).toMatch(
        /after the end of its PNG image the file holds an HTML, SVG, XML or script document/,
      );
      const zip = zipSync({ "x.js": strToU8("alert(1)") });
      const jpegZip = await upload(t, u, Buffer.concat([await jpegOf(30, 30), zip]), "image/jpeg");
      expect(jpegZip.status).toBe(422);
      expect(jpegZip.json).toMatchObject({ error: "image_not_alone" });
      expect((jpegZip.json as { message: string }).message).toMatch(/holds a ZIP archive/);
      const jpeg = await jpegOf(64, 64);
      const cut = await upload(t, u, jpeg.subarray(0, Math.floor(jpeg.length / 2)), "image/jpeg");
      expect(cut.status).toBe(422);
      expect(cut.json).toMatchObject({ error: "damaged_image" });
      const list = await t.json(u, "GET", "/api/users/me/photos");
      expect(list.json).toEqual({ photos: [], next: null });
    });

    it("accepts a camera's own trailer after the image (a motion photo's video) and drops it", async () => {
      const t = getT();
      const u = await t.signUp();
      // An MP4 file-type box and some media bytes, as a motion photo appends after the JPEG's end.
      const mp4 = Buffer.concat([
        Buffer.from([0, 0, 0, 0x18]),
        Buffer.from("ftypmp42\0\0\0\0mp42isom", "latin1"),
        Buffer.alloc(4000, 0x5a),
      ]);
      const jpeg = await jpegOf(64, 48);
      const r = await upload(t, u, Buffer.concat([jpeg, mp4]), "image/jpeg");
      expect(r.status).toBe(201);
      const stored = await storedImage(t, u, (r.json as { id: string }).id);
      expect(stored.includes(Buffer.from("ftypmp42", "latin1"))).toBe(false);
      const padded = await upload(t, u, Buffer.concat([jpeg, Buffer.alloc(512)]), "image/jpeg");
      expect(padded.status).toBe(201);
    });

    it("refuses a 20,000 × 20,000 image from its header, before decoding it", async () => {
      const t = getT();
      const u = await t.signUp();
      const huge = pngHeaderOnly(20_000, 20_000);
      expect(huge.length).toBeLessThan(1000);
      const r = await upload(t, u, huge, "image/png");
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ error: "image_too_large" });
      expect((r.json as { message: string }).message).toMatch(/20000 × 20000 px; at most 10,000 px a side/);
      // A side within the limit but too many pixels in all.
      const wide = await upload(t, u, pngHeaderOnly(9000, 8000), "image/png");
      expect(wide.json).toMatchObject({ error: "image_too_large" });
    });

    it("documents the raw image body in OpenAPI", async () => {
      const t = getT();
      const doc = (await t.json(null, "GET", "/api/openapi.json")).json as {
        paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
      };
      const op = doc.paths["/api/users/{userId}/photos"]?.post;
      expect(Object.keys(op?.requestBody?.content ?? {})).toEqual(["image/jpeg", "image/png", "image/webp"]);
    });

    it("limits the upload's size, needs a body, a pose and a past date", async () => {
      const t = getT();
      const u = await t.signUp();
      const jpeg = await jpegOf(40, 40);
      const tooBig = Buffer.concat([jpeg, Buffer.alloc(PHOTO_MAX_BYTES)]);
      const big = await upload(t, u, tooBig, "image/jpeg");
      expect(big.status).toBe(413);
      expect(big.json).toMatchObject({ error: "payload_too_large" });
      const empty = await upload(t, u, new Uint8Array(0), "image/jpeg");
      expect(empty.status).toBe(400);
      expect(empty.json).toMatchObject({ error: "empty_body" });
      const pose = await upload(t, u, jpeg, "image/jpeg", "pose=front&date=2026-12-01");
      expect(pose.status).toBe(422);
      expect(JSON.stringify(pose.json)).toMatch(/query\.pose.*relaxed, arms-raised or side/);
      const future = await upload(t, u, jpeg, "image/jpeg", "pose=side&date=2027-01-01");
      expect(future.status).toBe(422);
      expect(future.json).toEqual({
        error: "validation",
        issues: [{ path: "query.date", message: "must not be in the future" }],
      });
      if (t.deps.dialect === "sqlite") {
        expect(existsSync(path.join(t.deps.config.photosDir, u.userId))).toBe(false);
      }
    });
  },
  { now: () => T0 },
);
