import { request } from "node:http";
import { createServer } from "node:net";
import { expect } from "vitest";
import { MAX_FAILURES_PER_ADDRESS } from "../accounts/auth.js";

// Helpers for the reverse-proxy tests (nginx-proxy.test.ts, caddy-proxy.test.ts).

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface Answer {
  readonly status: number;
  readonly text: string;
}

/** One request to a proxy on 127.0.0.1:`port` from `from` (a loopback address of this machine). */
export function send(
  port: number,
  from: string,
  method: string,
  urlPath: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method,
        path: urlPath,
        headers: {
          ...headers,
          ...(data
            ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(data)) }
            : {}),
        },
        agent: false,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.once("error", reject);
    req.end(data);
  });
}

/**
 * Through the proxy on `port` (in front of a fresh leanback with TRUST_PROXY=1): a client at
 * 127.0.0.3 fails to log in, each time claiming another address in X-Forwarded-For, and is then
 * refused (429); a client at 127.0.0.4 claiming to be 127.0.0.3 is not.
 */
export async function expectLimiterSeesRealAddress(port: number): Promise<void> {
  const account = { email: "proxy@example.org", password: "proxy test passphrase" };
  const signup = await send(port, "127.0.0.1", "POST", "/api/auth/signup", {}, account);
  expect(signup.status, signup.text).toBe(201);
  const wrong = { ...account, password: "not the password" };
  for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
    const forged = { "x-forwarded-for": `198.18.0.${i + 1}` };
    const r = await send(port, "127.0.0.3", "POST", "/api/auth/login", forged, wrong);
    expect(r.status, r.text).toBe(401);
  }
  const again = { "x-forwarded-for": "198.18.7.7" };
  const blocked = await send(port, "127.0.0.3", "POST", "/api/auth/login", again, account);
  expect(blocked.status, blocked.text).toBe(429);
  const impostor = { "x-forwarded-for": "127.0.0.3" };
  const other = await send(port, "127.0.0.4", "POST", "/api/auth/login", impostor, account);
  expect(other.status, other.text).toBe(200);
}
