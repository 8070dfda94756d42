import { afterEach, describe, expect, it, vi } from "vitest";
import { api, request } from "./client.js";
import { ApiError, errorMessage, fieldErrors, NetworkError } from "./errors.js";

function answer(status: number, body: unknown): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("sends JSON with the session cookie and parses the answer", async () => {
    const fetch = vi.fn(async () => answer(201, { id: "w1" }));
    vi.stubGlobal("fetch", fetch);
    expect(await api.post("/api/users/me/weigh-ins", { weightKg: 80 })).toEqual({ id: "w1" });
    expect(fetch).toHaveBeenCalledWith(
      "/api/users/me/weigh-ins",
      expect.objectContaining({ method: "POST", credentials: "same-origin", body: '{"weightKg":80}' }),
    );
  });

  it("adds defined query parameters only", async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => answer(200, {}));
    vi.stubGlobal("fetch", fetch);
    await api.get("/api/x", { query: { days: 365, to: undefined } });
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/x?days=365");
  });

  it("turns a 422 into an ApiError whose issues map to form fields", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        answer(422, {
          error: "validation",
          issues: [
            { path: "body.goal.weightKg", message: "goal must be 30–300 kg" },
            { path: "body.heightMm", message: "height must be 1000–2500 mm" },
            { path: "body.heightMm", message: "second message for the same field" },
          ],
        }),
      ),
    );
    const e = await request("PUT", "/api/users/me/profile", {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).status).toBe(422);
    expect(fieldErrors(e)).toEqual({
      "goal.weightKg": "goal must be 30–300 kg",
      heightMm: "height must be 1000–2500 mm",
    });
    expect(errorMessage(e)).toBe("Please correct the highlighted fields.");
  });

  it("keeps the server's message for other errors, and survives a non-JSON body", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer(409, { error: "conflict", message: "already accepted" })),
    );
    expect(errorMessage(await api.get("/a").catch((x: unknown) => x))).toBe("already accepted");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" })),
    );
    const e = (await api.get("/a").catch((x: unknown) => x)) as ApiError;
    expect([e.status, e.code, e.message]).toEqual([502, "http_502", "Bad Gateway"]);
  });

  it("an unreachable server and the service worker's offline answer are both NetworkErrors (queueable)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(api.get("/a")).rejects.toBeInstanceOf(NetworkError);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer(503, { error: "offline", message: "You are offline." })),
    );
    await expect(api.get("/a")).rejects.toBeInstanceOf(NetworkError);
    // A real 503 from the server stays an ApiError: it must not be queued as if offline.
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer(503, { error: "unavailable", message: "maintenance" })),
    );
    await expect(api.get("/a")).rejects.toBeInstanceOf(ApiError);
  });

  it("lets an abort through unchanged, so stale requests are not reported as offline", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new DOMException("aborted", "AbortError"))),
    );
    await expect(api.get("/a")).rejects.toMatchObject({ name: "AbortError" });
  });

  it("answers null for 204", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => answer(204, null)),
    );
    expect(await api.del("/api/auth/sessions/s1")).toBeNull();
  });
});
