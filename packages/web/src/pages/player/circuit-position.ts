/**
 * Where a person is in a circuit, from the sets logged per station: the first set of the
 * round-by-round order (round 1: every station, round 2: every station with 2+ sets, …) that
 * is not logged yet. Null when every round is done.
 */

export interface CircuitSlot {
  /** 1-based round. */
  readonly round: number;
  /** Index into the circuit's stations. */
  readonly station: number;
}

export interface CircuitPosition extends CircuitSlot {
  readonly rounds: number;
  /** 1-based place of this station within its round, and how many stations the round has. */
  readonly indexInRound: number;
  readonly ofRound: number;
  readonly lastOfRound: boolean;
  readonly next: CircuitSlot | null;
}

/**
 * @example
 * circuitPosition({ rounds: 3, stations: [{ sets: 3 }, { sets: 3 }] }, [1, 0]);
 * // → round 1, station 1 (the second exercise), next: round 2 station 0
 */
export function circuitPosition(
  circuit: { readonly rounds: number; readonly stations: readonly { readonly sets: number }[] },
  counts: readonly number[],
): CircuitPosition | null {
  const order: CircuitSlot[] = [];
  for (let round = 1; round <= circuit.rounds; round++)
    circuit.stations.forEach((s, station) => {
      if (s.sets >= round) order.push({ round, station });
    });
  const i = order.findIndex((o) => (counts[o.station] ?? 0) < o.round);
  const here = order[i];
  if (!here) return null;
  const inRound = order.filter((o) => o.round === here.round);
  const next = order[i + 1] ?? null;
  return {
    ...here,
    rounds: circuit.rounds,
    indexInRound: inRound.findIndex((o) => o.station === here.station) + 1,
    ofRound: inRound.length,
    lastOfRound: next === null || next.round > here.round,
    next,
  };
}
