import webpush from "web-push";
import { afterEach, describe, expect, it } from "vitest";
import { makeSubscriber, startPushEndpoint, verifyVapid } from "./push-endpoint.test-helper.js";
import { vapidSubject, webPushTransport } from "./push-service.js";

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
});

describe("webPushTransport against a push service on 127.0.0.1", () => {
  it("sends an aes128gcm body only the subscriber can read, signed with the server's VAPID key", async () => {
    const ep = await startPushEndpoint();
    stops.push(ep.close);
    const keys = webpush.generateVAPIDKeys();
    const sub = makeSubscriber();
    const send = webPushTransport(keys, "https://coach.example.org");
    const message = {
      title: "Time to weigh in",
      body: "Same time, same scale.",
      url: "/",
      tag: "weigh-in-2026-11-30",
    };
    const status = await send(
      { id: "s1", userId: "u1", endpoint: `${ep.url}/push/device-1`, p256dh: sub.p256dh, auth: sub.auth },
      message,
    );
    expect(status).toBe(201);
    const got = ep.received[0];
    expect(got?.path).toBe("/push/device-1");
    expect(got?.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(got?.headers.ttl)).toBe(86_400);
    const claims = verifyVapid(String(got?.headers.authorization), keys.publicKey);
    expect(claims.aud).toBe(ep.url);
    expect(claims.sub).toBe("https://coach.example.org");
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000);
    // The payload is encrypted: not readable in the body, readable with the subscriber's keys.
    expect(got?.body.includes(Buffer.from("weigh in"))).toBe(false);
    expect(JSON.parse(sub.decrypt(got?.body ?? Buffer.alloc(0)))).toEqual(message);
    // Another subscriber's keys cannot read it.
    expect(() => makeSubscriber().decrypt(got?.body ?? Buffer.alloc(0))).toThrow();
  });

  it("reports the push service's answer (410 gone) instead of throwing", async () => {
    const ep = await startPushEndpoint(() => 410);
    stops.push(ep.close);
    const sub = makeSubscriber();
    const send = webPushTransport(webpush.generateVAPIDKeys(), "mailto:x@example.org");
    const r = await send(
      { id: "s", userId: "u", endpoint: `${ep.url}/gone`, p256dh: sub.p256dh, auth: sub.auth },
      {
        title: "t",
        body: "b",
        url: "/",
        tag: "t",
      },
    );
    expect(r).toBe(410);
  });

  it("uses the public https origin as the VAPID subject, else a mailto: contact", () => {
    expect(vapidSubject("https://coach.example.org")).toBe("https://coach.example.org");
    expect(vapidSubject("http://localhost:3000")).toBe("mailto:leanback@localhost");
    expect(vapidSubject(null)).toBe("mailto:leanback@localhost");
  });
});
