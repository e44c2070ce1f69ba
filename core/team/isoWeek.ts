// ISO 8601 weeks (Monday first; week 1 holds the year's first Thursday), in UTC: the unit of the team's trend.
const DAY = 86_400_000;
export const WEEK = 7 * DAY;

/** `2026-W49` for a time in ms. */
export function isoWeek(at: number): string {
  const date = new Date(at);
  const day = (date.getUTCDay() + 6) % 7;
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / WEEK);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last millisecond of the ISO week holding `at`. */
export function endOfIsoWeek(at: number): number {
  const date = new Date(at);
  const day = (date.getUTCDay() + 6) % 7;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 7) - 1;
}
