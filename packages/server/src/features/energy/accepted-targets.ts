import { targetsForDay } from "@leanback/core/nutrition/day-targets";
import type { LossRate } from "@leanback/core/targets/rate";
import { acceptedTargetsOn, saveAcceptedTargets } from "@leanback/db/repos/accepted-targets";
import { listCheckIns } from "@leanback/db/repos/check-ins";
import { requireProfile } from "../profile/profile.js";
import { localDate } from "../shared/dates.js";
import type { UseCaseDeps } from "../shared/deps.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { treatsAffecting } from "./treats-affecting.js";
import { loadEnergyContext } from "./energy-context.js";
import {
  computeTargets,
  legacySnapshotSchema,
  servingsOf,
  snapshotSchema,
  type TargetsSnapshot,
  type TargetsView,
} from "./targets.js";

export interface Accepted {
  readonly snapshot: TargetsSnapshot;
  readonly effectiveFrom: string;
  readonly reason: TargetsView["acceptedBy"];
}

/**
 * The accepted targets in force on `date` (default: today in the person's zone). They are stored:
 * computed once at onboarding (on first need, when there is a profile and a weigh-in), then
 * replaced only by a plan edit or an accepted check-in. New weigh-ins and tape measurements do not
 * move them. 404 without a profile, 409 before the first weigh-in.
 */
export async function acceptedTargets(deps: UseCaseDeps, userId: string, date?: string): Promise<Accepted> {
  const profile = await requireProfile(deps, userId);
  const day = date ?? localDate(deps.now(), profile.timezone);
  const row = await acceptedTargetsOn(deps.db, userId, day);
  if (row !== undefined) {
    const parsed = snapshotSchema.safeParse(row.snapshot);
    if (parsed.success)
      return { snapshot: parsed.data, effectiveFrom: row.effectiveFrom, reason: row.reason };
    const ctx = await loadEnergyContext(deps, userId);
    // Stored before protein had a basis: as accepted, with protein by today's rule (ADR 0019).
    const legacy = legacySnapshotSchema.safeParse(row.snapshot);
    if (legacy.success)
      return {
        snapshot: {
          ...legacy.data,
          ...servingsOf(ctx, legacy.data.weightKg, legacy.data.targetKcal),
        },
        effectiveFrom: row.effectiveFrom,
        reason: row.reason,
      };
    // A snapshot written by an older shape: recompute around the stored target, never move it.
    return {
      snapshot: computeTargets(ctx, row.targetKcal),
      effectiveFrom: row.effectiveFrom,
      reason: row.reason,
    };
  }
  const ctx = await loadEnergyContext(deps, userId);
  // Before snapshots were stored, an accepted check-in was the target in force: keep it.
  const accepted = (await listCheckIns(deps.db, userId)).find((c) => c.accepted === true);
  const snapshot = computeTargets(ctx, accepted?.proposedKcal);
  const saved = await saveAcceptedTargets(
    deps.db,
    {
      userId,
      effectiveFrom: ctx.today,
      reason: accepted === undefined ? "onboarding" : "check-in",
      targetKcal: snapshot.targetKcal,
      snapshot,
      replace: false,
    },
    deps.now(),
  );
  const stored = snapshotSchema.safeParse(saved.snapshot);
  return {
    snapshot: stored.success ? stored.data : snapshot,
    effectiveFrom: saved.effectiveFrom,
    reason: saved.reason,
  };
}

/** The accepted calorie target and loss rate today: what the check-in and forecast start from. */
export async function targetInForce(
  deps: UseCaseDeps,
  userId: string,
): Promise<{ targetKcal: number; rate: LossRate }> {
  const a = await acceptedTargets(deps, userId);
  return { targetKcal: a.snapshot.targetKcal, rate: a.snapshot.lossRate };
}

/** Stores new accepted targets from today: an accepted check-in's proposal, or a re-plan. */
async function store(
  deps: UseCaseDeps,
  userId: string,
  reason: "plan-edit" | "check-in",
  acceptedKcal?: number,
): Promise<TargetsSnapshot> {
  const ctx = await loadEnergyContext(deps, userId);
  const snapshot = computeTargets(ctx, acceptedKcal);
  await saveAcceptedTargets(
    deps.db,
    { userId, effectiveFrom: ctx.today, reason, targetKcal: snapshot.targetKcal, snapshot, replace: true },
    deps.now(),
  );
  return snapshot;
}

/** The person accepted a check-in: its proposal becomes the target from today. */
export async function acceptCheckInTarget(deps: UseCaseDeps, userId: string, kcal: number): Promise<void> {
  await store(deps, userId, "check-in", Math.round(kcal));
}

/**
 * The person edited their plan (profile fields the targets depend on): re-plan from today. Before
 * the first weigh-in there is nothing to compute yet (the first read will do it).
 */
export async function replanTargets(deps: UseCaseDeps, userId: string): Promise<void> {
  try {
    await store(deps, userId, "plan-edit");
  } catch (e) {
    if (e instanceof ConflictError || e instanceof NotFoundError) return;
    throw e;
  }
}

/** Today's calorie and food targets, as accepted, with the week's treats applied. Workouts are not read at all: nothing is added back. */
export async function currentTargets(deps: UseCaseDeps, userId: string): Promise<TargetsView> {
  const profile = await requireProfile(deps, userId);
  const today = localDate(deps.now(), profile.timezone);
  const a = await acceptedTargets(deps, userId, today);
  const { lossRate: _rate, computedOn: _on, ...shown } = a.snapshot;
  // The week's planned treats move today's calories (core targetsForDay); nothing else does.
  const day = targetsForDay(shown, await treatsAffecting(deps, userId, today), today);
  return { ...day, date: today, acceptedOn: a.effectiveFrom, acceptedBy: a.reason };
}
