/** What an importer did: rows written, and every row it skipped with the reason. */
export interface ImportReport {
  readonly imported: number;
  /** The skipped rows; a streamed import keeps only the first few (see skippedTotal). */
  readonly skipped: readonly SkippedRow[];
  /** Every skipped row counted, when `skipped` holds only the first of them. */
  readonly skippedTotal?: number;
  /** Every skipped row counted by reason, when `skipped` holds only the first of them. */
  readonly skippedByReason?: readonly { reason: string; count: number }[];
}

export interface SkippedRow {
  readonly file?: string;
  readonly line?: number;
  readonly id?: string;
  readonly reason: string;
}

/** Progress callback: `phase` names the step, `done` of `total` units. */
export type ImportProgress = (phase: string, done: number, total: number) => void;

/**
 * The import was refused or stopped: a clear, single message. `written` counts the rows a
 * streamed import had already committed (in batches) before it stopped; 0 means nothing.
 */
export class ImportError extends Error {
  readonly written: number;
  constructor(message: string, written = 0) {
    super(message);
    this.name = "ImportError";
    this.written = written;
  }
}

/** Skipped rows grouped by reason, for a short human summary. */
export function summariseSkipped(skipped: readonly SkippedRow[]): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count);
}
