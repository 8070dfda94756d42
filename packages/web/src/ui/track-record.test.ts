import { describe, expect, it } from "vitest";
import type { ForecastTrackRecord } from "../api/types.js";
import { forecastBasisLine, trackRecordLine } from "./track-record.js";

const t: ForecastTrackRecord = {
  madeOn: "2026-10-23",
  forDate: "2026-11-20",
  basis: "measured",
  intakeKcal: 1900,
  forecastKg: 76.8,
  lowKg: 76.1,
  highKg: 77.4,
  actualKg: 76.6,
  errorKg: -0.2,
  withinBand: true,
};

describe("trackRecordLine", () => {
  it("reads like the issue's sentence", () => {
    expect(trackRecordLine(t, "metric")).toBe(
      "4 weeks ago we forecast 76.1–77.4 kg for today; your weight is 76.6 kg, inside that range.",
    );
  });
  it("says when the weight is outside, in pounds for imperial units", () => {
    expect(trackRecordLine({ ...t, actualKg: 78, withinBand: false }, "imperial")).toBe(
      "4 weeks ago we forecast 167.8–170.6 lb for today; your weight is 172.0 lb, above that range.",
    );
  });
});

describe("forecastBasisLine", () => {
  it("names the basis", () => {
    expect(forecastBasisLine({ basis: "measured", maintenanceKcal: 2480 })).toMatch(
      /measured maintenance, about 2,480/,
    );
    expect(forecastBasisLine({ basis: "formula", maintenanceKcal: 2366 })).toMatch(/formula/);
  });
});
