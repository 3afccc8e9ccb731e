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

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Calendar-month arithmetic with the day clamped: 2025-03-31 + 1 month = 2025-04-30. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}
