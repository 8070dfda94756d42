// A push service on 127.0.0.1 for tests: checks the VAPID Authorization header (RFC 8292) and
// decrypts the aes128gcm body (RFC 8291) with the subscriber's private key, as a browser would.
import { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } from "node:crypto";
import { createServer, type Server } from "node:http";

export interface Subscriber {
  readonly p256dh: string;
  readonly auth: string;
  readonly decrypt: (body: Buffer) => string;
}

/** A browser's side of a subscription: a P-256 key pair and a 16-byte auth secret. */
export function makeSubscriber(): Subscriber {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const uaPublic = ecdh.getPublicKey();
  const authSecret = randomBytes(16);
  return {
    p256dh: uaPublic.toString("base64url"),
    auth: authSecret.toString("base64url"),
    decrypt: (body) => {
      const salt = body.subarray(0, 16);
      const idLen = body.readUInt8(20);
      const asPublic = body.subarray(21, 21 + idLen);
      const record = body.subarray(21 + idLen);
      const secret = ecdh.computeSecret(asPublic);
      const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, asPublic]);
      const ikm = Buffer.from(hkdfSync("sha256", secret, authSecret, keyInfo, 32));
      const cek = Buffer.from(
        hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16),
      );
      const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
      const d = createDecipheriv("aes-128-gcm", cek, nonce);
      d.setAuthTag(record.subarray(record.length - 16));
      const padded = Buffer.concat([d.update(record.subarray(0, record.length - 16)), d.final()]);
      let end = padded.length - 1;
      while (end > 0 && padded[end] === 0) end -= 1;
      if (padded[end] !== 2) throw new Error("no last-record delimiter (0x02)");
      return padded.subarray(0, end).toString("utf8");
    },
  };
}

export interface Received {
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/** Verifies `Authorization: vapid t=<JWT>, k=<key>`; returns the JWT claims or throws why not. */
export function verifyVapid(authorization: string, expectedKey: string): Record<string, unknown> {
  const m = /^vapid t=([^,]+), k=(.+)$/.exec(authorization);
  if (m === null) throw new Error(`not a vapid header: ${authorization}`);
  const [, jwt = "", key = ""] = m;
  if (key !== expectedKey) throw new Error("k is not the server's public key");
  const [h = "", p = "", sig = ""] = jwt.split(".");
  const raw = Buffer.from(key, "base64url");
  const pub = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: raw.subarray(1, 33).toString("base64url"),
      y: raw.subarray(33, 65).toString("base64url"),
    },
    format: "jwk",
  });
  const ok = verify(
    "sha256",
    Buffer.from(`${h}.${p}`),
    { key: pub, dsaEncoding: "ieee-p1363" },
    Buffer.from(sig, "base64url"),
  );
  if (!ok) throw new Error("the JWT signature does not verify");
  const header = JSON.parse(Buffer.from(h, "base64url").toString()) as { alg?: string };
  if (header.alg !== "ES256") throw new Error("alg must be ES256");
  return JSON.parse(Buffer.from(p, "base64url").toString()) as Record<string, unknown>;
}

/** Starts the fake push service; `status` decides each answer (201 by default, 410 = gone). */
export async function startPushEndpoint(
  status: (path: string) => number = () => 201,
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.statusCode = status(req.url ?? "");
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
