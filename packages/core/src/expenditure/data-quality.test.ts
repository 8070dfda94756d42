import { describe, expect, it } from "vitest";
import { confidenceOf, type DataQuality } from "./data-quality.js";

const good: DataQuality = {
  windowDays: 28,
  weighInDays: 26,
  completeDays: 25,
  incompleteDays: 3,
  missingIntakeDays: 0,
  weightGapDays: 2,
  longestWeightGapDays: 1,
  recentIntakeChange: false,
  priorWeight: 0,
};

describe("confidence rules", () => {
  it("grades by the stated thresholds", () => {
    expect(confidenceOf(good)).toBe("high");
    expect(confidenceOf({ ...good, completeDays: 20 })).toBe("medium");
    expect(confidenceOf({ ...good, longestWeightGapDays: 5 })).toBe("medium");
    expect(confidenceOf({ ...good, weighInDays: 13 })).toBe("medium");
    expect(confidenceOf({ ...good, completeDays: 13 })).toBe("low");
    expect(confidenceOf({ ...good, longestWeightGapDays: 8 })).toBe("low");
    expect(confidenceOf({ ...good, weighInDays: 7 })).toBe("low");
  });
  it("a recent intake change lowers the level by one", () => {
    expect(confidenceOf({ ...good, recentIntakeChange: true })).toBe("medium");
    expect(confidenceOf({ ...good, completeDays: 15, recentIntakeChange: true })).toBe("low");
  });
});
