import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDialectApp, type TestUser } from "../testing/fixture.js";

// Over a real socket, bodies are read from Node's request stream (body.ts readIncomingLimited),
// not through the Fetch Request the in-process tests use.

interface Answer {
  status: number;
  json: unknown;
}

/** POSTs `chunks` one write each (chunked transfer unless `declared` gives a Content-Length). */
function post(
  base: string,
  path: string,
  cookie: string,
  chunks: string[],
  declared?: number,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${path}`,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          cookie,
          ...(declared !== undefined ? { "content-length": String(declared) } : {}),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (text += d));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, json: text ? (JSON.parse(text) as unknown) : null }),
        );
      },
    );
    // The server may answer 413 and stop reading before every chunk is written.
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describeEachDialectApp("request bodies over a real socket", (getT) => {
  let server: ServerType;
  let base = "";
  let user: TestUser;
  beforeAll(async () => {
    const t = getT();
    user = await t.signUp();
    await new Promise<void>((resolve) => {
      server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("a JSON body split over several chunks, with a character split between them, is read whole", async () => {
    const body = Buffer.from(JSON.stringify({ date: "2026-11-01", weightKg: 80.4, note: "après le café" }));
    const cut = body.indexOf(Buffer.from("è")) + 1; // inside the two bytes of è
    const chunks = [body.subarray(0, cut).toString("latin1"), body.subarray(cut).toString("latin1")];
    // latin1 round-trips raw bytes: the server sees the UTF-8 sequence cut in two.
    const req = await new Promise<Answer>((resolve, reject) => {
      const r = httpRequest(
        `${base}/api/users/me/weigh-ins`,
        { method: "POST", headers: { "content-type": "application/json", cookie: user.cookie } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d: string) => (text += d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }));
        },
      );
      r.on("error", reject);
      for (const c of chunks) r.write(Buffer.from(c, "latin1"));
      r.end();
    });
    expect(req.status).toBe(201);
    expect(req.json).toMatchObject({ date: "2026-11-01", weightKg: 80.4, note: "après le café" });
  });

  it("a body over the limit is answered 413 in JSON, declared or streamed, and nothing is stored", async () => {
    const t = getT();
    const limit = t.deps.config.maxBodyBytes;
    const big = JSON.stringify({ date: "2026-11-02", weightKg: 81, note: "x".repeat(limit) });
    const declared = await post(base, "/api/users/me/weigh-ins", user.cookie, [big], Buffer.byteLength(big));
    expect(declared).toMatchObject({ status: 413, json: { error: "payload_too_large" } });
    const third = Math.ceil(big.length / 3);
    const streamed = await post(base, "/api/users/me/weigh-ins", user.cookie, [
      big.slice(0, third),
      big.slice(third, 2 * third),
      big.slice(2 * third),
    ]);
    expect(streamed).toMatchObject({ status: 413, json: { error: "payload_too_large" } });
    const rows = await t.deps.db
      .selectFrom("weigh_ins")
      .select("id")
      .where("date", "=", "2026-11-02")
      .execute();
    expect(rows).toHaveLength(0);
  });
});
