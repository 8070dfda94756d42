import type { PlannedWorkout } from "./import-plan.js";
import type { ImportLog } from "./import-problems.js";
import type { RowOutcome } from "./workout-rows.js";

const MAX_SETS = 200;
const MAX_CARDIO = 20;

/** The workout a row belongs to, as its first row describes it. */
export interface WorkoutHead {
  /** Rows with one key are one workout. */
  readonly key: string;
  readonly clientId: string;
  readonly date: string;
  readonly title: string;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  readonly notes: string | null;
}

/** Gathers rows into workouts in file order; problems and left-out rows go to the log. */
export class WorkoutBuilder {
  private readonly byKey = new Map<string, PlannedWorkout>();

  constructor(
    private readonly file: string,
    private readonly log: ImportLog,
  ) {}

  add(line: number, outcome: RowOutcome, head: WorkoutHead): void {
    if (outcome.kind === "problem") {
      this.log.problem(this.file, line, outcome.reason);
      return;
    }
    if (outcome.kind === "ignore") {
      this.log.ignore(outcome.reason);
      return;
    }
    let w = this.byKey.get(head.key);
    if (w === undefined) {
      w = {
        file: this.file,
        line,
        clientId: head.clientId,
        date: head.date,
        title: head.title.slice(0, 120).trim() || "Imported workout",
        startedAt: head.startedAt,
        finishedAt: head.finishedAt,
        notes: head.notes === null ? null : head.notes.slice(0, 2000),
        sets: [],
        cardio: [],
      };
      this.byKey.set(head.key, w);
    }
    if (outcome.kind === "set") {
      if (w.sets.length >= MAX_SETS)
        this.log.problem(this.file, line, `a workout holds at most ${MAX_SETS} sets`);
      else w.sets.push(outcome.set);
    } else if (w.cardio.length >= MAX_CARDIO) {
      this.log.problem(this.file, line, `a workout holds at most ${MAX_CARDIO} cardio bouts`);
    } else {
      w.cardio.push(outcome.bout);
    }
  }

  done(): PlannedWorkout[] {
    return [...this.byKey.values()];
  }
}
