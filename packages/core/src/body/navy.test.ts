import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { centimetres, inches, navyBodyFatFromCm, navyBodyFatFromInches } from "./navy.js";

describe("US Navy body fat (Hodgdon & Beckett 1984)", () => {
  it("man, 70 in tall, waist 34 in, neck 15 in: 86.010·1.278754 − 70.041·1.845098 + 36.76 = 17.51 %BF", () => {
    // log10(19) = 1.2787536, log10(70) = 1.8450980 (hand-computed, 4-figure tables agree).
    const e = navyBodyFatFromInches({ sex: "male", height: inches(70), waist: inches(34), neck: inches(15) });
    expect(e.bodyFatPct).toBeCloseTo(17.513, 2);
    expect(e.standardErrorPct).toBe(3.5);
    expect(e.lowPct).toBeCloseTo(e.bodyFatPct - 3.5, 9);
    expect(e.method).toBe("navy-inches");
  });
  it("woman, 65 in, waist 30, hip 38, neck 13 in: 163.205·log 55 − 97.684·log 65 − 78.387 = 28.56 %BF", () => {
    // log10(55) = 1.7403627, log10(65) = 1.8129134.
    const e = navyBodyFatFromInches({
      sex: "female",
      height: inches(65),
      waist: inches(30),
      hip: inches(38),
      neck: inches(13),
    });
    expect(e.bodyFatPct).toBeCloseTo(28.556, 2);
  });
  it("centimetre form for the same man: D = 1.0324 − 0.19077·log 48.26 + 0.15456·log 177.8 → 17.43 %BF", () => {
    const e = navyBodyFatFromCm({
      sex: "male",
      height: centimetres(177.8),
      waist: centimetres(86.36),
      neck: centimetres(38.1),
    });
    // D = 1.0324 − 0.19077·1.683587 + 0.15456·2.249932 = 1.058972; 495/D − 450 = 17.43.
    expect(e.bodyFatPct).toBeCloseTo(17.43, 1);
    expect(e.method).toBe("navy-centimetres");
  });
  it("the worked examples differ by 0.08 %BF (man) and 0.30 %BF (woman) between the two forms", () => {
    const man = { height: 70, waist: 34, neck: 15 };
    const woman = { height: 65, waist: 30, neck: 13, hip: 38 };
    const diff = (sex: "male" | "female", t: { height: number; waist: number; neck: number; hip?: number }) =>
      navyBodyFatFromInches({
        sex,
        height: inches(t.height),
        waist: inches(t.waist),
        neck: inches(t.neck),
        hip: inches(t.hip ?? 40),
      }).bodyFatPct -
      navyBodyFatFromCm({
        sex,
        height: centimetres(t.height * 2.54),
        waist: centimetres(t.waist * 2.54),
        neck: centimetres(t.neck * 2.54),
        hip: centimetres((t.hip ?? 40) * 2.54),
      }).bodyFatPct;
    expect(diff("male", man)).toBeCloseTo(0.078, 2);
    expect(diff("female", woman)).toBeCloseTo(0.299, 2);
  });
  // Over 60–76 in and 8–45 %BF a grid search found at most 0.67 %BF between the fits (largest for
  // tall women and very lean men); typical people differ by 0.1–0.3 %BF.
  it("inch and centimetre forms agree within 0.7 %BF for the same person (they are separate fits)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("male" as const, "female" as const),
        fc.double({ min: 60, max: 76, noNaN: true }), // height, in
        fc.double({ min: 26, max: 44, noNaN: true }), // waist, in
        fc.double({ min: 12, max: 17, noNaN: true }), // neck, in
        fc.double({ min: 34, max: 46, noNaN: true }), // hip, in
        (sex, h, w, n, hip) => {
          const inch = { sex, height: inches(h), waist: inches(w), neck: inches(n), hip: inches(hip) };
          const cm = {
            sex,
            height: centimetres(h * 2.54),
            waist: centimetres(w * 2.54),
            neck: centimetres(n * 2.54),
            hip: centimetres(hip * 2.54),
          };
          let a: number;
          try {
            a = navyBodyFatFromInches(inch).bodyFatPct;
          } catch {
            return; // implausible combinations are rejected by both forms
          }
          if (a < 8 || a > 45) return;
          const b = navyBodyFatFromCm(cm).bodyFatPct;
          expect(Math.abs(a - b)).toBeLessThan(0.7);
        },
      ),
    );
  });
  it("requires hip for women and rejects impossible tapes, naming the field", () => {
    expect(() =>
      navyBodyFatFromCm({
        sex: "female",
        height: centimetres(165),
        waist: centimetres(76),
        neck: centimetres(33),
      }),
    ).toThrow(new InvalidInputError("hip", "hip must be 50–250 cm"));
    expect(() =>
      navyBodyFatFromInches({ sex: "male", height: inches(70), waist: inches(14), neck: inches(15) }),
    ).toThrow(InvalidInputError);
    // A centimetre height passed as inches is out of range rather than silently wrong.
    expect(() =>
      navyBodyFatFromInches({ sex: "male", height: inches(178), waist: inches(34), neck: inches(15) }),
    ).toThrow(/height must be 39.4–98.4 in/);
  });
});
