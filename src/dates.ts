import { CharterError } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (2027-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The value of a date option such as `--as-of` or `--date`; a one-line CharterError (exit 2) when it is not a real date. */
export function parseDateFlag(value: unknown, flag: string): string {
  const s = String(value);
  if (!isCalendarDate(s)) throw new CharterError(`${flag} must be a calendar date written YYYY-MM-DD, got '${s}'`);
  return s;
}
