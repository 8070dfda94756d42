import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describeEachDialect } from "@leanback/db/testing/dialects";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BarcodeLookupError, lookupBarcode } from "./barcode-lookup.js";

// A local stand-in for the Open Food Facts product API, serving JSON written here.
let server: Server;
let base = "";
let hits = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const code = /\/api\/v2\/product\/(\d+)\.json$/.exec(req.url ?? "")?.[1];
    if (code === "4006381333931") {
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
    } else if (code === "036000291452") {
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
      barcode: "036000291452",
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
});
