import { expect, it } from "vitest";
import { describeEachDialectApp } from "../../testing/fixture.js";
import { EXAMPLE_PROFILE } from "../profile/profile-examples.js";

type View = {
  id: string;
  navy: { bodyFatPct: number; lowPct: number; highPct: number } | null;
  navyMissing: string | null;
};
const paths = (j: unknown) => (j as { issues: Array<{ path: string }> }).issues.map((i) => i.path);

// Hodgdon & Beckett 1984, centimetre (density) forms, then Siri: %BF = 495/D − 450.
const navyMale = (h: number, w: number, n: number) =>
  495 / (1.0324 - 0.19077 * Math.log10(w - n) + 0.15456 * Math.log10(h)) - 450;
const navyFemale = (h: number, w: number, hip: number, n: number) =>
  495 / (1.29579 - 0.35004 * Math.log10(w + hip - n) + 0.221 * Math.log10(h)) - 450;

describeEachDialectApp("measurements API", (getT) => {
  it("estimates Navy body fat from the profile's height and sex, ± 3.5 %BF", async () => {
    const t = getT();
    const man = await t.signUp();
    await t.json(man, "PUT", "/api/users/me/profile", { ...EXAMPLE_PROFILE, sex: "male", heightMm: 1778 });
    const r = await t.json(man, "POST", "/api/users/me/measurements", {
      date: "2026-11-01",
      waistMm: 864,
      neckMm: 381,
    });
    expect(r.status).toBe(201);
    const m = r.json as View;
    const expected = navyMale(177.8, 86.4, 38.1);
    expect(m.navy?.bodyFatPct).toBeCloseTo(expected, 6);
    expect(expected).toBeGreaterThan(15); // a plausible adult value, not a degenerate one
    expect(m.navy?.lowPct).toBeCloseTo(expected - 3.5, 6);
    expect(m.navy?.highPct).toBeCloseTo(expected + 3.5, 6);

    const woman = await t.signUp();
    await t.json(woman, "PUT", "/api/users/me/profile", EXAMPLE_PROFILE); // 168 cm
    const noHip = (
      await t.json(woman, "POST", "/api/users/me/measurements", {
        date: "2026-11-01",
        waistMm: 800,
        neckMm: 330,
      })
    ).json as View;
    expect(noHip.navy).toBeNull();
    expect(noHip.navyMissing).toMatch(/hip/);
    const full = (
      await t.json(woman, "POST", "/api/users/me/measurements", {
        date: "2026-11-02",
        waistMm: 800,
        neckMm: 330,
        hipMm: 1020,
      })
    ).json as View;
    expect(full.navy?.bodyFatPct).toBeCloseTo(navyFemale(168, 80, 102, 33), 6);
  });

  it("is idempotent by clientId, lists, edits and deletes", async () => {
    const t = getT();
    const u = await t.signUp();
    const body = { date: "2026-11-05", armMm: 310, clientId: "tape-session-1" };
    const a = await t.json(u, "POST", "/api/users/me/measurements", body);
    const b = await t.json(u, "POST", "/api/users/me/measurements", { ...body, armMm: 330 });
    expect(b.json).toEqual(a.json);
    const id = (a.json as View).id;
    const list = (await t.json(u, "GET", "/api/users/me/measurements")).json as { measurements: View[] };
    expect(list.measurements).toHaveLength(1);
    expect(list.measurements[0]?.navyMissing).toMatch(/profile/);
    const e = await t.json(u, "PATCH", `/api/users/me/measurements/${id}`, {
      armMm: 305,
      note: "relaxed arm",
    });
    expect(e.json).toMatchObject({ armMm: 305, note: "relaxed arm", date: "2026-11-05" });
    expect((await t.request(u, "DELETE", `/api/users/me/measurements/${id}`)).status).toBe(204);
    expect((await t.json(u, "PATCH", `/api/users/me/measurements/${id}`, { armMm: 300 })).status).toBe(404);
  });

  it("answers 422 naming the field", async () => {
    const t = getT();
    const u = await t.signUp();
    const bad: Array<[unknown, string]> = [
      [{ date: "2026-11-01" }, "body.waistMm"],
      [{ date: "2026-11-01", waistMm: 86.4 }, "body.waistMm"], // cm sent where mm belong
      [{ date: "2026-11-31", neckMm: 380 }, "body.date"],
      [{ date: "2026-11-01", neckMm: 380, userId: "x" }, "body.userId"],
    ];
    for (const [body, path] of bad) {
      const r = await t.json(u, "POST", "/api/users/me/measurements", body);
      expect(r.status).toBe(422);
      expect(paths(r.json)).toContain(path);
    }
  });
});
