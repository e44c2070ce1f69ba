/** The UTC calendar date of an instant as content writes dates: YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
