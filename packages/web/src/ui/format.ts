const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar day as people write it in a table cell: "16 Nov" for 2026-11-16, with the year
 * only when it differs from `thisYear`.
 */
export function shortDate(iso: string, thisYear?: string): string {
  const [y, m, d] = iso.split("-");
  const base = `${Number(d)} ${MONTHS[Number(m) - 1] ?? "?"}`;
  return thisYear !== undefined && y !== thisYear ? `${base} ${y}` : base;
}
