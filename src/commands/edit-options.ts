import { CharterError } from '../errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in UTC, `YYYY-MM-DD` (the default of `--date`). */
export function todayUtcDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A `--date` value: a real calendar date written YYYY-MM-DD, or today (UTC) when absent. */
export function parseDateOption(value: unknown, flag = '--date'): string {
  if (value === undefined) return todayUtcDate();
  const s = String(value);
  const d = new Date(`${s}T00:00:00Z`);
  if (!DATE.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    throw new CharterError(`${flag} must be a calendar date written YYYY-MM-DD, got '${s}'`);
  }
  return s;
}

/** A non-blank text option, trimmed; a CharterError (exit 2) when it is blank. */
export function requiredText(value: unknown, flag: string, hint: string): string {
  const s = typeof value === 'string' ? value.trim() : '';
  if (s === '') throw new CharterError(`${flag} is required: ${hint}`);
  return s;
}

/** An optional text option, trimmed; undefined when absent, a CharterError when given blank. */
export function optionalText(value: unknown, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const s = String(value).trim();
  if (s === '') throw new CharterError(`${flag} must not be empty`);
  return s;
}
