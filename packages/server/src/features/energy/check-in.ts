import { z } from "zod";
import { weeklyCheckIn } from "@leanback/core/expenditure/check-in";
import { decideCheckIn, listCheckIns, saveCheckIn, type CheckIn } from "@leanback/db/repos/check-ins";
import { addDays, isoDate, isoWeekday } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { parseInput } from "../shared/input.js";
import { loadEnergyContext } from "./energy-context.js";
import { estimateFor, expenditureSchema, expenditureView, type ExpenditureView } from "./expenditure.js";
import { acceptCheckInTarget, targetInForce } from "./accepted-targets.js";
import type { PageRequest } from "../shared/page.js";

const storedExpenditureSchema = expenditureSchema.partial({ low80Kcal: true, high80Kcal: true });

export const checkInSchema = z.strictObject({
  id: z.string(),
  weekStart: z.string(),
  expenditureKcal: z.number().nullable(),
  /** The target in force when the check-in ran. */
  targetKcal: z.number(),
  /** Next week's proposed target (core weekly check-in: damped, ≤ 150 kcal/d a week, ≥ floor). */
  proposedKcal: z.number(),
  accepted: z.boolean().nullable(),
  explanation: z.string().nullable(),
  /** Check-ins stored before the 80 % interval existed carry no low80Kcal/high80Kcal. */
  expenditure: storedExpenditureSchema.nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CheckInView = z.output<typeof checkInSchema>;

const detailsSchema = z.object({ explanation: z.string(), expenditure: storedExpenditureSchema });

function view(c: CheckIn): CheckInView {
  const d = detailsSchema.safeParse(c.details);
  return {
    id: c.id,
    weekStart: c.weekStart,
    expenditureKcal: c.expenditureKcal,
    targetKcal: c.targetKcal,
    proposedKcal: c.proposedKcal,
    accepted: c.accepted,
    explanation: d.success ? d.data.explanation : null,
    expenditure: d.success ? d.data.expenditure : null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** Monday of the ISO week containing `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The weekly check-in: adaptive expenditure over the last 28 days, then core's damped proposal
 * toward the chosen rate. Saved undecided for this week (a re-run replaces the proposal).
 */
export async function runCheckIn(deps: UseCaseDeps, userId: string): Promise<CheckInView> {
  const ctx = await loadEnergyContext(deps, userId);
  const estimate = estimateFor(ctx);
  const exp: ExpenditureView = expenditureView(ctx, estimate);
  // Core's check-in accepts 800–8000 kcal/d; outside that the log itself is suspect (e.g. days
  // marked complete with nothing logged), and the honest answer is to say so, not to propose.
  if (!(estimate.expenditureKcal >= 800 && estimate.expenditureKcal <= 8000)) {
    throw new ConflictError(
      `the expenditure estimate (${Math.round(estimate.expenditureKcal)} kcal/d) is implausible: check that the days marked complete hold everything eaten`,
    );
  }
  const { targetKcal, rate } = await targetInForce(deps, userId);
  const proposal = weeklyCheckIn({
    expenditureKcal: estimate.expenditureKcal,
    confidence: estimate.confidence,
    daysUsed: estimate.daysUsed,
    halfWidth80Kcal: (estimate.high80Kcal - estimate.low80Kcal) / 2,
    energyDensityKcalPerKg: estimate.energyDensityKcalPerKg,
    currentTargetKcal: targetKcal,
    weightKg: ctx.weightKg,
    rate,
    floorKcal: ctx.floorKcal,
  });
  const explanation =
    exp.intakeData === "complete-days" ? proposal.explanation : `${exp.note} ${proposal.explanation}`;
  const saved = await saveCheckIn(
    deps.db,
    {
      userId,
      weekStart: mondayOf(ctx.today),
      expenditureKcal: exp.expenditureKcal,
      targetKcal,
      proposedKcal: proposal.targetKcal,
      accepted: null,
      details: { explanation, expenditure: exp },
    },
    deps.now(),
  );
  return view(saved);
}

export const decisionSchema = z.strictObject({ accept: z.boolean() });

/** Accepts or declines a week's proposal; an accepted proposal becomes the accepted target from today. */
export async function decide(
  deps: UseCaseDeps,
  userId: string,
  weekStart: string,
  raw: unknown,
): Promise<CheckInView> {
  const week = parseInput(isoDate, weekStart);
  const { accept } = parseInput(decisionSchema, raw);
  // The decision and the new accepted targets are written together, or not at all.
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const r = await decideCheckIn(trx, userId, week, accept, deps.now());
    if (r === undefined) throw new NotFoundError("check-in");
    // Accepting is the one moment the calorie target changes (besides a plan edit).
    if (accept) await acceptCheckInTarget(tx, userId, r.proposedKcal);
    return view(r);
  });
}

export async function checkInHistory(
  deps: UseCaseDeps,
  userId: string,
  page?: PageRequest,
): Promise<CheckInView[]> {
  const rows = page
    ? await listCheckIns(deps.db, userId, page.limit + 1, page.offset)
    : await listCheckIns(deps.db, userId);
  return rows.map(view);
}
