// The weigh-in dates a running server holds, read the way any client must: in windows of at most
// 400 days (the API's bound on a date range), from `first` over `days` days.
const WINDOW_DAYS = 400;
const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function weighInDates(
  url: string,
  cookie: string,
  first: string,
  days: number,
): Promise<{ status: number; dates: Set<string> }> {
  const start = Date.parse(`${first}T00:00:00Z`);
  const dates = new Set<string>();
  for (let offset = 0; offset < Math.max(days, 1); offset += WINDOW_DAYS) {
    const from = iso(start + offset * DAY_MS);
    const to = iso(start + (offset + WINDOW_DAYS - 1) * DAY_MS);
    const r = await fetch(`${url}/api/users/me/weigh-ins?from=${from}&to=${to}`, { headers: { cookie } });
    if (r.status !== 200) return { status: r.status, dates };
    const body = (await r.json()) as { weighIns: Array<{ date: string }> };
    for (const w of body.weighIns) dates.add(w.date);
  }
  return { status: 200, dates };
}
