import { z } from "zod";

/** One day of a person's log. Empty fields are unknown, never zero. */
export const dailyLogSchema = z.object({
  /** 'YYYY-MM-DD' */
  date: z.string(),
  weightKg: z.number().optional(),
  intakeKcal: z.number().optional(),
  /** The person marked the day's food diary complete: only such days count for intake. */
  complete: z.boolean().optional(),
});

export type DailyLog = Readonly<z.infer<typeof dailyLogSchema>>;
