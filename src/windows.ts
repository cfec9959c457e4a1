/**
 * How long a disclaimer window or a decision deadline may be, wherever one is read (archive settings,
 * records, disclaimers, --days): ten years. Longer ones are typos or hostile input, and past this
 * a due date soon leaves the calendar JavaScript and SQLite can write.
 */
export const MAX_WINDOW_DAYS = 3650;

/** True when `days` is a whole number of days from `min` to MAX_WINDOW_DAYS. */
export function isWindowLength(days: number, min: 0 | 1): boolean {
  return Number.isInteger(days) && days >= min && days <= MAX_WINDOW_DAYS;
}
