import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { planToIcs } from "@leanback/core/training/ical";
import { generateProgram } from "@leanback/core/training/program-generator";
import { addDays } from "../shared/dates.js";
import { sessionsOn, type PlanView } from "./plan.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

describe("today's agenda agrees with the calendar download", () => {
  it("every training session sits on the same date in sessionsOn and in planToIcs, for any start date", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.subarray([...WEEKDAYS], { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (offset, days, weeks) => {
          const program = generateProgram({
            level: "beginner",
            days,
            minutes: 60,
            weeks,
            equipment: ["dumbbells"],
          });
          const startDate = addDays("2026-01-01", offset);
          const plan: PlanView = {
            id: "p",
            createdAt: 0,
            startDate,
            weeks,
            seed: "leanback",
            program: program as unknown as Record<string, unknown>,
            swaps: {},
          };
          const fromAgenda: string[] = [];
          for (let d = -3; d < weeks * 7 + 3; d++) {
            const date = addDays(startDate, d);
            const on = sessionsOn(plan, date);
            if (d < 0) expect(on.status).toBe("before-start");
            if (d >= weeks * 7) expect(on.status).toBe("finished");
            for (const s of on.sessions)
              if (s.kind !== "rest") fromAgenda.push(`${date} ${s.title} (week ${on.week})`);
          }
          const ics = planToIcs(program, {
            start: startDate,
            timeOfDay: "07:00",
            stamp: "2026-01-01T00:00:00Z",
          });
          const fromIcs = new ICAL.Component(ICAL.parse(ics))
            .getAllSubcomponents("vevent")
            .map((v) => new ICAL.Event(v))
            .map((e) => `${e.startDate.toString().slice(0, 10)} ${e.summary}`);
          expect(fromAgenda.sort()).toEqual(fromIcs.sort());
          expect(fromAgenda.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
