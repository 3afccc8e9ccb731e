import { CharterError } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether `s` is a real calendar date written `YYYY-MM-DD` (2027-02-29 is not). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** The value of a date option such as `--as-of` or `--date`; a one-line CharterError (exit 2) when it is not a real date. */
export function parseDateFlag(value: unknown, flag: string): string {
  const s = String(value);
  if (!isCalendarDate(s)) throw new CharterError(`${flag} must be a calendar date written YYYY-MM-DD, got '${s}'`);
  return s;
}
