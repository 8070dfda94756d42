import { crc32, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { seriousA11yViolations } from "./harness/axe.js";
import { useBrowser } from "./harness/browser.js";
import { seedUser } from "./harness/users.js";
import { PhotosPage } from "./pages/photos-page.js";

const e2e = useBrowser();

const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real width × height RGB PNG, a vertical gradient (made here: no image file is committed). */
function gradientPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([200, Math.round((255 * y) / height), 120], 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("back photos", () => {
  it("a photo taken on the capture screen is compared with an earlier one beside the trend and the waist", async () => {
    const earlier = isoDaysAgo(28);
    const today = isoDaysAgo(0);
    await seedUser(e2e.context, { date: today, weightKg: 90 });
    const api = e2e.context.request;
    expect(
      (await api.post("/api/users/me/weigh-ins", { data: { date: earlier, weightKg: 93 } })).status(),
    ).toBe(201);
    for (const [date, waistMm] of [
      [earlier, 1000],
      [today, 960],
    ] as const) {
      expect((await api.post("/api/users/me/measurements", { data: { date, waistMm } })).status()).toBe(201);
    }
    const first = await api.post(`/api/users/me/photos?pose=relaxed&date=${earlier}`, {
      data: gradientPng(300, 400),
      headers: { "content-type": "image/png" },
    });
    expect(first.status()).toBe(201);

    // The trend weight of each photo's day as the server computes it (missing days interpolated),
    // asked before the screen steps: the server may close the API context's idle kept-alive
    // socket during them.
    const trend = (await (await api.get("/api/users/me/weigh-ins/trend")).json()) as {
      points: { date: string; trendKg: number }[];
    };
    const on = (d: string) => trend.points.find((p) => p.date === d)?.trendKg ?? NaN;
    const kg = (on(today) - on(earlier)).toFixed(1);
    expect(Number(kg)).toBeLessThan(-1); // 93 → 90 kg over four weeks moves the trend down

    const photos = new PhotosPage(e2e.page);
    await photos.goto();
    // A PNG named .jpg and sent as image/jpeg: the server judges by the bytes and accepts it.
    await photos.upload({
      pose: "Relaxed back",
      date: today,
      name: "back.jpg",
      mimeType: "image/jpeg",
      buffer: gradientPng(600, 800),
    });

    expect(await photos.captureForm().getByLabel("Photo", { exact: true }).inputValue()).toBe("");
    const summary = photos.summary();
    await summary.waitFor();
    expect(await summary.textContent()).toBe(`${earlier} → ${today}: trend weight ${kg} kg, waist -4.0 cm.`);
    for (const date of [earlier, today]) {
      const img = photos.comparedPhoto(date);
      await expect.poll(() => photos.decoded(img)).toBe(true);
    }
    await photos.showSlider();
    await photos.slider().fill("20");
    expect(await photos.comparedPhoto(today).evaluate((el) => (el as HTMLElement).style.clipPath)).toBe(
      "inset(0px 0px 0px 20%)",
    );
    const body = (await e2e.page.evaluate(() => fetch("/api/users/me/photos").then((r) => r.json()))) as {
      photos: { date: string; width: number; height: number }[];
    };
    expect(body.photos.map((p) => [p.date, p.width, p.height])).toEqual([
      [earlier, 300, 400],
      [today, 600, 800],
    ]);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });
});
