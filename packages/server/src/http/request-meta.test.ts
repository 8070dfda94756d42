import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { testConfig } from "../config.js";
import { clientAddress, fromTrustedHop, isSecure } from "./request-meta.js";

/** What the app sees for one request from socket peer `peer` with `headers`. */
async function seen(trustProxy: number, headers: Record<string, string>, peer = "10.0.0.2") {
  const config = testConfig({ trustProxy });
  const app = new Hono();
  app.get("/", (c) => c.json({ address: clientAddress(c, config), secure: isSecure(c, config) }));
  const res = await app.request("/", { headers }, { incoming: { socket: { remoteAddress: peer } } });
  return (await res.json()) as { address: string; secure: boolean };
}

describe("fromTrustedHop", () => {
  it("takes the entry our outermost proxy wrote, counting from the right", () => {
    expect(fromTrustedHop("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(fromTrustedHop("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(fromTrustedHop("6.6.6.6,7.7.7.7 , 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(fromTrustedHop("203.0.113.9", 2)).toBe("203.0.113.9");
    expect(fromTrustedHop(" , 203.0.113.9,", 1)).toBe("203.0.113.9");
  });
  it("nothing without a header or without trusted proxies", () => {
    expect(fromTrustedHop(undefined, 1)).toBeUndefined();
    expect(fromTrustedHop("", 1)).toBeUndefined();
    expect(fromTrustedHop("203.0.113.9", 0)).toBeUndefined();
  });
});

describe("clientAddress and isSecure", () => {
  it("without TRUST_PROXY the socket peer, whatever the headers say", async () => {
    expect(await seen(0, { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" })).toEqual({
      address: "10.0.0.2",
      secure: false,
    });
  });
  it("one proxy: forged leftmost hops are ignored", async () => {
    for (const forged of ["6.6.6.6", "127.0.0.1, 6.6.6.6", "unknown"])
      expect((await seen(1, { "x-forwarded-for": `${forged}, 198.51.100.7` })).address, forged).toBe(
        "198.51.100.7",
      );
    expect((await seen(1, {})).address).toBe("10.0.0.2");
  });
  it("two proxies: the address the outer one saw; its scheme", async () => {
    expect(
      await seen(2, {
        "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1",
        "x-forwarded-proto": "https, http",
      }),
    ).toEqual({ address: "198.51.100.7", secure: true });
  });
});
