import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";
import { searchOpenFoodFacts } from "./off-search.js";

// Open Food Facts text search against a local stand-in on 127.0.0.1: it serves a search answer
// (one good product, one without energy, one with a bad check digit, one twice) and the product
// itself for the barcode look-up that caches a pick.
let server: Server;
const requests: string[] = [];
const config = { offBaseUrl: "" };
const SKYR = {
  code: "4006381333931",
  product_name: "skyr vanilla",
  brands: "Nordic Dairy, Other",
  nutriments: { "energy-kcal_100g": 78, proteins_100g: 10 },
};
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "";
    requests.push(url);
    res.writeHead(200, { "content-type": "application/json" });
    if (url.startsWith("/cgi/search.pl")) {
      const terms = new URL(url, "http://x").searchParams.get("search_terms");
      res.end(
        terms === "broken"
          ? "<html>not json"
          : JSON.stringify({
              count: 4,
              products: [
                SKYR,
                { code: "4006381333948", product_name: "No energy skyr", nutriments: {} },
                {
                  code: "4006381333932",
                  product_name: "Bad check digit",
                  nutriments: { "energy-kcal_100g": 50 },
                },
                SKYR,
              ],
            }),
      );
      return;
    }
    const code = /\/api\/v2\/product\/(\d+)\.json(?:\?|$)/.exec(url)?.[1];
    res.end(JSON.stringify(code === SKYR.code ? { code, status: 1, product: SKYR } : { code, status: 0 }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  config.offBaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("searchOpenFoodFacts", () => {
  it("asks for the fields it reads and keeps only usable products, once each", async () => {
    const found = await searchOpenFoodFacts("skyr vanilla", { baseUrl: config.offBaseUrl, limit: 5 });
    expect(found).toEqual([
      { code: SKYR.code, displayName: "Skyr vanilla", brand: "Nordic Dairy", kcalPer100g: 78 },
    ]);
    const asked = new URL(requests.at(-1) ?? "", "http://x").searchParams;
    expect(asked.get("search_terms")).toBe("skyr vanilla");
    expect(asked.get("page_size")).toBe("5");
    expect(asked.get("fields")).toBe("code,product_name,generic_name,brands,nutriments");
  });

  it("says what went wrong: unreachable, not JSON, too short", async () => {
    await expect(searchOpenFoodFacts("skyr", { baseUrl: "http://127.0.0.1:9" })).rejects.toThrow(
      /unreachable/,
    );
    await expect(searchOpenFoodFacts("broken", { baseUrl: config.offBaseUrl })).rejects.toThrow(/not JSON/);
    await expect(searchOpenFoodFacts(" a ", { baseUrl: config.offBaseUrl })).rejects.toThrow(/2 characters/);
  });
});

describeEachDialectApp(
  "online search route with the configured Open Food Facts server",
  (getT) => {
    it("lists products without storing them; picking one by barcode caches it", async () => {
      const t = getT();
      const u = await t.signUp();
      const r = await t.json(u, "GET", "/api/foods/online-search?q=skyr%20vanilla");
      expect(r.status).toBe(200);
      expect(r.json).toEqual({
        products: [{ code: SKYR.code, displayName: "Skyr vanilla", brand: "Nordic Dairy", kcalPer100g: 78 }],
      });
      const local = await t.json(u, "GET", "/api/foods/search?q=skyr%20vanilla");
      expect((local.json as { foods: unknown[] }).foods).toEqual([]);
      const picked = await t.json(u, "GET", `/api/foods/barcode/${SKYR.code}`);
      expect(picked.json).toMatchObject({
        found: true,
        food: { displayName: "Skyr vanilla", source: "off" },
      });
      const after = await t.json(u, "GET", "/api/foods/search?q=skyr%20vanilla");
      expect((after.json as { foods: { displayName: string }[] }).foods[0]?.displayName).toBe("Skyr vanilla");
      expect((await t.json(u, "GET", "/api/foods/online-search?q=s")).status).toBe(422);
    });
  },
  { config },
);

describeEachDialectApp("online search route when Open Food Facts cannot be reached", (getT) => {
  it("answers no products and why, never an error (tests point at a closed loopback port)", async () => {
    const t = getT();
    const u = await t.signUp();
    const r = await t.json(u, "GET", "/api/foods/online-search?q=skyr");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ products: [], unavailable: expect.stringMatching(/unreachable/) });
    expect((await t.request(null, "GET", "/api/foods/online-search?q=skyr")).status).toBe(401);
  });
});
