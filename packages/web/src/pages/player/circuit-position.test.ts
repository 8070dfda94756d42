import { describe, expect, it } from "vitest";
import { circuitPosition } from "./circuit-position.js";

const circuit = { rounds: 3, stations: [{ sets: 3 }, { sets: 3 }, { sets: 2 }] };

describe("circuit position", () => {
  it("goes station by station through a round before the next round starts", () => {
    const walk: string[] = [];
    const counts = [0, 0, 0];
    for (let p = circuitPosition(circuit, counts); p; p = circuitPosition(circuit, counts)) {
      walk.push(`${p.round}.${p.station}${p.lastOfRound ? "|" : ""}`);
      counts[p.station] = (counts[p.station] ?? 0) + 1;
    }
    // The 2-set station drops out of round 3.
    expect(walk).toEqual(["1.0", "1.1", "1.2|", "2.0", "2.1", "2.2|", "3.0", "3.1|"]);
  });

  it("names its place in the round and what comes next", () => {
    expect(circuitPosition(circuit, [1, 1, 0])).toEqual({
      round: 1,
      station: 2,
      rounds: 3,
      indexInRound: 3,
      ofRound: 3,
      lastOfRound: true,
      next: { round: 2, station: 0 },
    });
    expect(circuitPosition(circuit, [3, 3, 2])).toBeNull();
  });
});
