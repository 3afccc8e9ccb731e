import { CharterError } from '../errors.js';
import { parseDateFlag, todayUtc } from '../dates.js';

/** A `--date` value: a real calendar date written YYYY-MM-DD, or today (UTC) when absent. */
export function parseDateOption(value: unknown, flag = '--date'): string {
  return value === undefined ? todayUtc() : parseDateFlag(value, flag);
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
