/** Helpers for rules: the data may have any shape (schema violations do not stop the rules). */
import { isCalendarDate } from '../../dates.js';

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The value as an array, or an empty array. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The mapping items of a list, with their indices. */
export function records(v: unknown): Array<{ item: Rec; index: number }> {
  const out: Array<{ item: Rec; index: number }> = [];
  list(v).forEach((item, index) => {
    if (isRecord(item)) out.push({ item, index });
  });
  return out;
}

/** A non-blank string (trimmed), or undefined. Numbers are accepted and stringified. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** True when the value is absent or empty: undefined, null, blank string, empty list or mapping. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (isRecord(v)) return Object.keys(v).length === 0;
  return false;
}

/** A finite number, or undefined. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A calendar date `YYYY-MM-DD` from a string (or a JS Date, as other YAML loaders produce), or undefined. */
export function isoDate(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return isCalendarDate(t) ? t : undefined;
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

/** Names compare case-insensitively with white space collapsed. */
export function normName(v: unknown): string {
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** A label for an item in messages: its id, name or position. */
export function label(item: Rec, index: number, ...keys: string[]): string {
  for (const k of [...keys, 'id', 'name']) {
    const t = text(item[k]);
    if (t) return t;
  }
  return `#${index + 1}`;
}

/** Whether the charter is a draft (signature rules do not apply yet). */
export function isDraft(data: Rec): boolean {
  const meta = data['meta'];
  return isRecord(meta) && meta['status'] === 'draft';
}

/** Normalised names of everyone with a dated signature. */
export function datedSigners(data: Rec): Set<string> {
  return new Set(
    records(data['signatures'])
      .filter(({ item }) => isoDate(item['date']) !== undefined)
      .map(({ item }) => normName(item['name']))
      .filter((n) => n !== ''),
  );
}
