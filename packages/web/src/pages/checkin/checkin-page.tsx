import { useState } from "preact/hooks";
import { errorMessage } from "../../api/errors.js";
import { useSession } from "../../api/session.js";
import { useApi } from "../../api/use-api.js";
import { Notice } from "../../ui/field.js";
import { kcalRange } from "../../ui/kcal-range.js";
import { PageHeading } from "../../ui/page-heading.js";
import type { PageProps } from "../registry.js";
import { localToday } from "../../ui/dates.js";
import { progressApi, type CheckIn } from "../../api/progress-api.js";
import { mondayOf } from "../../ui/training-summary.js";
import "../progress/progress.css";

/** "+120 kcal/d", "−150 kcal/d", "no change". */
export function changeText(from: number, to: number): string {
  const d = Math.round(to - from);
  if (d === 0) return "no change";
  return `${d > 0 ? "+" : "−"}${Math.abs(d)} kcal/d`;
}

/**
 * The weekly check-in: the server estimates expenditure from the last 28 days and proposes next
 * week's target (damped, at most 150 kcal/d a week, never under the floor); the person accepts
 * or declines it.
 */
export function CheckInPage(_props: PageProps) {
  const { profile } = useSession();
  const week = mondayOf(localToday(profile?.timezone ?? "UTC"));
  const list = useApi((s) => progressApi.checkIns(s), []);
  const [current, setCurrent] = useState<CheckIn | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const thisWeek = current ?? list.data?.checkIns.find((c) => c.weekStart === week) ?? null;

  async function act(f: () => Promise<CheckIn>) {
    setBusy(true);
    setError(undefined);
    try {
      setCurrent(await f());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="checkin-page">
      <PageHeading>Weekly check-in</PageHeading>
      {error !== undefined && <Notice kind="error">{errorMessage(error)}</Notice>}
      {list.error !== undefined && <Notice kind="error">{errorMessage(list.error)}</Notice>}
      {list.loading && !list.data ? (
        <p class="loading">Loading…</p>
      ) : thisWeek === null ? (
        <div class="card">
          <p>
            Once a week leanback compares your weight trend with what you ate and proposes next week&apos;s
            calorie target. Nothing changes until you accept it.
          </p>
          <button type="button" disabled={busy} onClick={() => act(progressApi.runCheckIn)}>
            Run this week&apos;s check-in
          </button>
        </div>
      ) : (
        <Proposal
          ci={thisWeek}
          busy={busy}
          onDecide={(accept) => act(() => progressApi.decide(thisWeek.weekStart, accept))}
          onRerun={() => act(progressApi.runCheckIn)}
        />
      )}
      <p>
        <a href="/progress">Back to progress</a>
      </p>
    </section>
  );
}

function Proposal({
  ci,
  busy,
  onDecide,
  onRerun,
}: {
  ci: CheckIn;
  busy: boolean;
  onDecide: (accept: boolean) => void;
  onRerun: () => void;
}) {
  return (
    <div class="card" data-testid="check-in">
      <h2>Week of {ci.weekStart}</h2>
      <dl class="stats">
        <div>
          <dt>Current target</dt>
          <dd>{ci.targetKcal} kcal/d</dd>
        </div>
        <div>
          <dt>Estimated expenditure</dt>
          <dd data-testid="check-in-expenditure">
            {ci.expenditureKcal === null
              ? "–"
              : kcalRange(ci.expenditureKcal, ci.expenditure?.low80Kcal, ci.expenditure?.high80Kcal)}
          </dd>
        </div>
        <div>
          <dt>Proposed target</dt>
          <dd data-testid="proposed-kcal">{ci.proposedKcal} kcal/d</dd>
        </div>
      </dl>
      {ci.expenditure?.low80Kcal !== undefined && (
        <p class="muted">In brackets: the 80 % range of the estimate. A wide range moves the target less.</p>
      )}
      <p>
        Change: <strong>{changeText(ci.targetKcal, ci.proposedKcal)}</strong>
      </p>
      <h3>Why</h3>
      <p data-testid="check-in-explanation">{ci.explanation ?? "No explanation was stored for this week."}</p>
      {ci.accepted === null ? (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => onDecide(true)}>
            Accept {ci.proposedKcal} kcal/d
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => onDecide(false)}>
            Keep {ci.targetKcal} kcal/d
          </button>
        </div>
      ) : (
        <>
          <Notice kind={ci.accepted ? "ok" : "info"}>
            {ci.accepted
              ? `Accepted: your target is now ${ci.proposedKcal} kcal/d.`
              : `Declined: your target stays ${ci.targetKcal} kcal/d.`}
          </Notice>
          <button type="button" class="secondary" disabled={busy} onClick={onRerun}>
            Run the check-in again
          </button>
        </>
      )}
    </div>
  );
}
