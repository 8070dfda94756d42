import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BarcodeLookupError, lookupBarcode } from "./barcode-lookup.js";

// A local stand-in for the Open Food Facts product API, serving JSON written here.
let server: Server;
let base = "";
let hits = 0;
let lastUrl = "";
let lastUserAgent = "";
let prefix = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    lastUrl = req.url ?? "";
    lastUserAgent = req.headers["user-agent"] ?? "";
    const code = /\/api\/v2\/product\/(\d+)\.json(\?|$)/.exec(req.url ?? "")?.[1];
    if (code === "4006381333931" || code === "0012345678905") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          code,
          status: 1,
          product: {
            product_name: "Test oat drink",
            brands: "Oaty",
            nutriments: { "energy-kcal_100g": 46, proteins_100g: 1, fat_100g: 1.5, carbohydrates_100g: 6.7 },
            serving_quantity: 250,
          },
        }),
      );
    } else if (code === "0036000291452") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ code, status: 0, status_verbose: "product not found" }));
    } else if (code === "73513537") {
      res.writeHead(503);
      res.end("down");
    } else {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

describeEachDialect("barcode lookup", (getDb) => {
  it("fetches a product once and caches it into foods", async () => {
    const before = hits;
    const first = await lookupBarcode(getDb(), "4006381333931", { baseUrl: base });
    expect(first).toMatchObject({
      found: true,
      cached: false,
      food: { source: "off", brand: "Oaty", barcode: "4006381333931" },
    });
    const second = await lookupBarcode(getDb(), "4006381333931", { baseUrl: base });
    expect(second).toMatchObject({ found: true, cached: true });
    expect(hits - before).toBe(1);
  });

  it("reports not found, server errors, garbage and offline clearly", async () => {
    expect(await lookupBarcode(getDb(), "036000291452", { baseUrl: base })).toEqual({
      found: false,
      barcode: "0036000291452",
    });
    await expect(lookupBarcode(getDb(), "73513537", { baseUrl: base })).rejects.toThrow(/HTTP 503/);
    await expect(lookupBarcode(getDb(), "5449000000996", { baseUrl: base })).rejects.toThrow(/not JSON/);
    // Port 9 on localhost: nothing listens there, so the connection is refused.
    await expect(
      lookupBarcode(getDb(), "5449000000996", { baseUrl: "http://127.0.0.1:9", timeoutMs: 2000 }),
    ).rejects.toThrow(BarcodeLookupError);
  });

  it("refuses a bad check digit without any request", async () => {
    const before = hits;
    await expect(lookupBarcode(getDb(), "4006381333932", { baseUrl: base })).rejects.toThrow(/check digit/);
    expect(hits).toBe(before);
  });

  it("knows a UPC-A, its EAN-13 and its GTIN-14 as one product, fetched once", async () => {
    const b = `${base}/p${++prefix}`;
    const before = hits;
    const upc = await lookupBarcode(getDb(), "012345678905", {
      baseUrl: b,
      publicOrigin: "https://coach.example.org",
    });
    expect(upc).toMatchObject({ found: true, cached: false, food: { barcode: "0012345678905" } });
    // Open Food Facts' User-Agent rule (name/version, contact) and only the fields we read.
    expect(lastUserAgent).toMatch(
      /^leanback\/\d+\.\d+\.\d+ \(self-hosted food diary; https:\/\/coach\.example\.org\)$/,
    );
    expect(new URL(lastUrl, base).searchParams.get("fields")?.split(",")).toEqual(
      expect.arrayContaining(["product_name", "nutriments", "brands", "serving_quantity"]),
    );
    const ean = await lookupBarcode(getDb(), "0012345678905", { baseUrl: b });
    const gtin14 = await lookupBarcode(getDb(), "00012345678905", { baseUrl: b });
    expect(ean).toMatchObject({ found: true, cached: true });
    expect(gtin14).toMatchObject({ found: true, cached: true });
    if (ean.found && upc.found) expect(ean.food.id).toBe(upc.food.id);
    expect(hits - before).toBe(1);
  });

  it("finds a food stored under another length of its code (data from before codes were canonical)", async () => {
    const db = getDb();
    await db
      .updateTable("foods")
      .set({ barcode: "4006381333931" })
      .where("source", "=", "off")
      .where("source_id", "=", "4006381333931")
      .execute();
    const before = hits;
    expect(await lookupBarcode(db, "04006381333931", { baseUrl: `${base}/p${++prefix}` })).toMatchObject({
      found: true,
      cached: true,
    });
    expect(hits).toBe(before);
  });

  it("believes a not-found answer for a while instead of asking again at every scan", async () => {
    const b = `${base}/p${++prefix}`;
    const now = Date.UTC(2026, 11, 3, 8);
    const before = hits;
    expect(await lookupBarcode(getDb(), "036000291452", { baseUrl: b, now })).toMatchObject({ found: false });
    expect(await lookupBarcode(getDb(), "0036000291452", { baseUrl: b, now: now + 60_000 })).toMatchObject({
      found: false,
    });
    expect(hits - before).toBe(1);
    // After six hours it asks again.
    await lookupBarcode(getDb(), "036000291452", { baseUrl: b, now: now + 6 * 3_600_000 + 1 });
    expect(hits - before).toBe(2);
  });
});
