import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDialectApp } from "../testing/fixture.js";

// The barcode route asks the Open Food Facts server named by the config (OFF_BASE_URL); here a
// local stand-in on 127.0.0.1 serves one product.
let server: Server;
let hits = 0;
const config = { offBaseUrl: "" };
beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const code = /\/api\/v2\/product\/(\d+)\.json(?:\?|$)/.exec(req.url ?? "")?.[1];
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      code === "4006381333931"
        ? JSON.stringify({
            code,
            status: 1,
            product: {
              product_name: "Route oat drink",
              nutriments: { "energy-kcal_100g": 46, proteins_100g: 1 },
            },
          })
        : JSON.stringify({ code, status: 0 }),
    );
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  config.offBaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describeEachDialectApp(
  "barcode route uses the configured Open Food Facts server",
  (getT) => {
    it("finds a product there once, then answers from the food table", async () => {
      const t = getT();
      const u = await t.signUp();
      const before = hits;
      const first = await t.json(u, "GET", "/api/foods/barcode/4006381333931");
      expect(first.status).toBe(200);
      expect(first.json).toMatchObject({ found: true, food: { name: expect.stringMatching(/oat drink/i) } });
      const again = await t.json(u, "GET", "/api/foods/barcode/4006381333931");
      expect(again.json).toMatchObject({ found: true });
      expect(hits - before).toBe(1);
    });
  },
  { config },
);

describeEachDialectApp("barcode route when Open Food Facts cannot be reached", (getT) => {
  it("says so without failing (tests point at a closed loopback port)", async () => {
    const t = getT();
    const u = await t.signUp();
    const r = await t.json(u, "GET", "/api/foods/barcode/4006381333931");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ found: false, unavailable: expect.any(String) });
  });
});
