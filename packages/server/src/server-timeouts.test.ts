import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "./config.js";
import { startServer, type RunningServer } from "./runtime.js";

/** Writes `chunks` and resolves with everything the server sends until it closes the socket. */
function trickle(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text));
    let got = "";
    socket.setEncoding("utf8");
    socket.on("data", (d: string) => (got += d));
    socket.once("close", () => resolve(got));
    socket.once("error", reject);
  });
}

describe("the HTTP server cuts off slow clients", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(
      testConfig({
        port: 0,
        sqlitePath: ":memory:",
        seedFoods: false,
        headersTimeoutSeconds: 1,
        requestTimeoutSeconds: 2,
      }),
    );
  });
  afterAll(() => server.close());

  it("headers never finished: 408 and the connection closes", async () => {
    const got = await trickle(server.port, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1\r\n");
    expect(got).toMatch(/^HTTP\/1\.1 408/);
  });

  it("a body that never arrives in full: 408 and the connection closes", async () => {
    const got = await trickle(
      server.port,
      'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"email":',
    );
    expect(got).toMatch(/HTTP\/1\.1 408/);
  });

  it("answers a normal request", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
