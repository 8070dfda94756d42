import { describe, expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "./profile-examples.js";
import { ageOn } from "./profile.js";

// 2026-11-20 12:00 UTC: the example person (born 1990-06-15) is 36.
const NOW = Date.UTC(2026, 10, 20, 12);

describe("ageOn", () => {
  it("counts whole years, the day before and on the birthday", () => {
    expect(ageOn("1990-06-15", "2026-06-14")).toBe(35);
    expect(ageOn("1990-06-15", "2026-06-15")).toBe(36);
    expect(ageOn("2000-02-29", "2026-02-28")).toBe(25);
  });
});

describeEachDialectApp(
  "profile API",
  (getT) => {
    it("is 404 before onboarding, then round-trips a PUT", async () => {
      const t = getT();
      const u = await t.signUp();
      expect((await t.json(u, "GET", "/api/users/me/profile")).status).toBe(404);
      const put = await t.json(u, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE);
      expect(put.status).toBe(200);
      const got = await t.json(u, "GET", `/api/users/${u.userId}/profile`);
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({
        userId: u.userId,
        sex: "female",
        heightMm: 1680,
        ageYears: 36,
        unitSystem: "metric",
        floorKcal: null,
        goal: EXAMPLE_PROFILE.goal,
        schedule: EXAMPLE_PROFILE.schedule,
        fitness: EXAMPLE_PROFILE.fitness,
        updatedAt: NOW,
      });
    });

    it("answers 422 naming the field", async () => {
      const t = getT();
      const u = await t.signUp();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ heightMm: 900 }, "body.heightMm"],
        [{ birthDate: "1990-02-30" }, "body.birthDate"],
        [{ birthDate: "2015-01-01" }, "body.birthDate"], // 11 years old
        [{ timezone: "Mars/Olympus" }, "body.timezone"],
        [{ floorKcal: 1000 }, "body.floorKcal"],
        [{ userId: "someone-else" }, "body.userId"],
        [{ schedule: { days: ["mon", "mon"], minutes: 60 } }, "body.schedule.days"],
      ];
      for (const [patch, path] of cases) {
        const r = await t.json(u, "PUT", "/api/users/me/profile", { ...EXAMPLE_PROFILE, ...patch });
        expect(r.status, JSON.stringify(patch)).toBe(422);
        const issues = (r.json as { issues: Array<{ path: string }> }).issues;
        expect(
          issues.map((i) => i.path),
          JSON.stringify(patch),
        ).toContain(path);
      }
      expect((await t.json(u, "GET", "/api/users/me/profile")).status).toBe(404);
    });

    it("checks the men's calorie floor with core's rule", async () => {
      const t = getT();
      const u = await t.signUp();
      const r = await t.json(u, "PUT", "/api/users/me/profile", {
        ...EXAMPLE_PROFILE,
        sex: "male",
        floorKcal: 1300,
      });
      expect(r.status).toBe(422);
      expect((r.json as { issues: Array<{ path: string }> }).issues[0]?.path).toBe("body.floorKcal");
    });
  },
  { now: () => NOW },
);
