/** What an importer did: rows written, and every row it skipped with the reason. */
export interface ImportReport {
  readonly imported: number;
  readonly skipped: readonly SkippedRow[];
}

export interface SkippedRow {
  readonly file?: string;
  readonly line?: number;
  readonly id?: string;
  readonly reason: string;
}

/** Progress callback: `phase` names the step, `done` of `total` units. */
export type ImportProgress = (phase: string, done: number, total: number) => void;

/** The whole import was refused (nothing written): a clear, single message. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
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
