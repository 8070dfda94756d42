import { describe, expect, it } from "vitest";
import { change, defaultPair, trendOn, waistNear } from "./photo-compare.js";
import type { Photo } from "./photos-api.js";

const photo = (id: string, date: string, pose: Photo["pose"], createdAt = 0): Photo => ({
  id,
  date,
  pose,
  width: 1200,
  height: 1600,
  bytes: 1000,
  sharedWithTrainer: false,
  createdAt,
});

describe("photo comparison numbers", () => {
  const points = [
    { date: "2026-10-01", loggedKg: 82, trendKg: 82 },
    { date: "2026-10-02", loggedKg: null, trendKg: 81.9 },
    { date: "2026-10-10", loggedKg: 80, trendKg: 81.2 },
  ];

  it("takes the trend of the photo's day, else the last day before it", () => {
    expect(trendOn(points, "2026-10-02")).toBe(81.9);
    expect(trendOn(points, "2026-10-05")).toBe(81.9);
    expect(trendOn(points, "2026-12-01")).toBe(81.2);
    expect(trendOn(points, "2026-09-30")).toBeNull();
  });

  it("takes the nearest waist within a week, never one further away", () => {
    const tape = [
      { date: "2026-10-01", waistMm: 900 },
      { date: "2026-10-12", waistMm: 880 },
    ];
    expect(waistNear(tape, "2026-10-03")).toEqual({ date: "2026-10-01", waistMm: 900 });
    expect(waistNear(tape, "2026-10-09")).toEqual({ date: "2026-10-12", waistMm: 880 });
    expect(waistNear(tape, "2026-10-19")).toEqual({ date: "2026-10-12", waistMm: 880 });
    expect(waistNear(tape, "2026-10-20")).toBeNull();
    expect(waistNear([], "2026-10-20")).toBeNull();
  });

  it("pairs the pose's oldest and newest photo; needs two of that pose", () => {
    const photos = [
      photo("c", "2026-11-20", "relaxed"),
      photo("a", "2026-10-01", "relaxed"),
      photo("s", "2026-09-01", "side"),
      photo("b", "2026-11-20", "relaxed", 5),
    ];
    expect(defaultPair(photos, "relaxed")).toMatchObject({ before: { id: "a" }, after: { id: "b" } });
    expect(defaultPair(photos, "side")).toBeNull();
    expect(change(81.2, 79.7)).toBeCloseTo(-1.5);
    expect(change(null, 79.7)).toBeNull();
  });
});
