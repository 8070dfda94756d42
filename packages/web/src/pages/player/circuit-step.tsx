import { buildTimeline } from "@leanback/core/training/interval-timeline";
import { useMemo } from "preact/hooks";
import type { UnitSystem } from "../../api/types.js";
import { circuitPosition } from "./circuit-position.js";
import type { LastTime } from "./last-time.js";
import type { CircuitStep } from "./session-steps.js";
import { StrengthStepView, type NextLoadView } from "./strength-step.js";
import { startRun } from "./timer-run.js";
import { saveRun } from "./timer-store.js";
import { TimerView } from "./timer-view.js";
import type { LoggedSet } from "../../api/workout-log.js";

export interface CircuitStepProps {
  readonly step: CircuitStep;
  readonly stepIndex: number;
  readonly units: UnitSystem;
  /** Every set logged in this session so far, oldest first. */
  readonly logged: readonly LoggedSet[];
  readonly lastTimes: ReadonlyMap<string, LastTime>;
  readonly nextLoads: ReadonlyMap<string, NextLoadView>;
  readonly onLog: (set: LoggedSet) => void;
  readonly timerPrefix: string;
}

/**
 * A circuit played as one: the current station's set form, then straight on to the next
 * station with no rest; after the last station of a round, the rest before the next round.
 */
export function CircuitStepView(p: CircuitStepProps) {
  const { step } = p;
  const counts = step.stations.map((s) => p.logged.filter((x) => x.exerciseId === s.exerciseId).length);
  const pos = circuitPosition(step, counts);
  const restKey = `round-rest:${step.roundRestSeconds}`;
  const rest = useMemo(
    () =>
      buildTimeline({
        name: "Rest between rounds",
        getReadySeconds: 0,
        blocks: [
          {
            label: "Rest",
            rounds: 1,
            dropFinalRest: false,
            steps: [
              {
                kind: "rest",
                seconds: step.roundRestSeconds,
                label: "Rest between rounds",
                intensity: "rest",
              },
            ],
          },
        ],
      }),
    [step.roundRestSeconds],
  );
  if (pos === null) {
    return (
      <div>
        <p class="player-target" data-testid="circuit-position">
          Circuit done: {step.rounds} round{step.rounds === 1 ? "" : "s"}.
        </p>
      </div>
    );
  }
  const station = step.stations[pos.station];
  if (!station) return null;
  const storageId = (round: number) => `${p.timerPrefix}:round-rest:${p.stepIndex}:${round}`;
  const log = (set: LoggedSet) => {
    // The rest starts the moment the round's last set is logged: store it before the timer mounts.
    if (pos.lastOfRound && pos.round < pos.rounds)
      saveRun(localStorage, storageId(pos.round + 1), restKey, startRun(Date.now()));
    p.onLog(set);
  };
  const next = pos.next;
  return (
    <div>
      <p class="player-target" data-testid="circuit-position">
        Round {pos.round} of {pos.rounds} · exercise {pos.indexInRound} of {pos.ofRound}
      </p>
      <p class="muted">
        One set of each exercise straight after another, no rest between them; {step.roundRestSeconds} s rest
        after each round.
      </p>
      {pos.indexInRound === 1 && pos.round > 1 && (
        <section aria-label="Rest between rounds">
          <h3>Rest before round {pos.round}</h3>
          <TimerView storageId={storageId(pos.round)} timeline={rest} timelineKey={restKey} />
        </section>
      )}
      <h3 data-testid="circuit-station">{station.name}</h3>
      <StrengthStepView
        key={`${p.stepIndex}:${pos.station}`}
        step={station}
        stepIndex={p.stepIndex}
        units={p.units}
        logged={p.logged.filter((x) => x.exerciseId === station.exerciseId)}
        lastTime={p.lastTimes.get(station.exerciseId) ?? null}
        next={p.nextLoads.get(station.exerciseId) ?? null}
        onLog={log}
        timerPrefix={p.timerPrefix}
      />
      <p class="muted" data-testid="circuit-next">
        {next === null
          ? "Then: the circuit is done"
          : next.round > pos.round
            ? `Then: rest ${step.roundRestSeconds} s, round ${next.round} starts with ${step.stations[next.station]?.name ?? ""}`
            : `Then, no rest: ${step.stations[next.station]?.name ?? ""}`}
      </p>
    </div>
  );
}
