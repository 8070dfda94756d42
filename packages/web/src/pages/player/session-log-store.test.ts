import { describe, expect, it } from "vitest";
import { memoryStorage } from "../../testing/memory-storage.js";
import { freshSession, MAX_SESSION_AGE_MS, pruneSessions } from "./session-log-store.js";

describe("pruneSessions", () => {
  it("drops abandoned and unreadable sessions, keeps recent ones and other keys", () => {
    const st = memoryStorage();
    const now = 10 * MAX_SESSION_AGE_MS;
    st.setItem(
      "leanback.player.u:old",
      JSON.stringify(freshSession(now - MAX_SESSION_AGE_MS - 1, "client-old")),
    );
    st.setItem("leanback.player.u:new", JSON.stringify(freshSession(now - 60_000, "client-new")));
    st.setItem("leanback.player.u:bad", "[]");
    st.setItem("leanback.session", "{}");
    expect(pruneSessions(st, now)).toBe(2);
    expect(st.getItem("leanback.player.u:new")).not.toBeNull();
    expect(st.getItem("leanback.session")).toBe("{}");
  });
});
