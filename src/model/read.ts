/**
 * The one reader of charter data. A charter may have any shape (schema violations do not stop the
 * rules, a draft is rendered anyway, `init --from` reads another team's charter), so every value is
 * read defensively: each accessor returns a value of its type or "absent" (`undefined`), never
 * throws. Rules, render, init and the commands read charter data through these functions only.
 */
import { isCalendarDate } from '../dates.js';

export type Rec = Record<string, unknown>;

/** Whether the value is a mapping (not null, not a list). */
export function isRecord(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The value if it is a mapping, else an empty one (to read its keys without checks). */
export function record(v: unknown): Rec {
  return isRecord(v) ? v : {};
}

/** The value as an array, or an empty array. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The mapping items of a list, with their indices (for paths and labels). */
export function records(v: unknown): Array<{ item: Rec; index: number }> {
  const out: Array<{ item: Rec; index: number }> = [];
  list(v).forEach((item, index) => {
    if (isRecord(item)) out.push({ item, index });
  });
  return out;
}

/** The mapping items of a list, without indices. */
export function recordItems(v: unknown): Rec[] {
  return list(v).filter(isRecord);
}

/** A non-blank string (trimmed), or undefined. Finite numbers are accepted and written out (`3` → "3"). */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** The {@link text} items of a list (other items skipped); anything but a list gives none. */
export function texts(v: unknown): string[] {
  return list(v).map(text).filter((s): s is string => s !== undefined);
}

/**
 * A value as a reader sees it printed (render): {@link text}, and also booleans (`yes`/`no`),
 * dates (`YYYY-MM-DD`, as other YAML loaders give them) and lists of such values joined with
 * commas; undefined when nothing would show.
 */
export function shownText(v: unknown): string | undefined {
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = shownTexts(v);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return text(v);
}

/** A list as {@link shownText} items (items that show nothing skipped); a single value counts as a one-item list. */
export function shownTexts(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(shownText).filter((s): s is string => s !== undefined);
  const s = shownText(v);
  return s === undefined ? [] : [s];
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

/** Names compare case-insensitively with white space collapsed; anything but a string is ''. */
export function normName(v: unknown): string {
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** The pattern of an id (format.md: lower-case words joined by hyphens, e.g. `customer-success`). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a string is an id ({@link ID_PATTERN}). */
export function isId(s: string): boolean {
  return ID_PATTERN.test(s);
}

/** An id from free text ("Customer Success Management" → "customer-success-management"), at most `maxWords` words. */
export function slug(s: string, maxWords = 6): string {
  const words = s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join('-') || 'item';
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

/** Normalised names of everyone with a dated signature (a real calendar date). */
export function datedSigners(data: Rec): Set<string> {
  return new Set(
    records(data['signatures'])
      .filter(({ item }) => isoDate(item['date']) !== undefined)
      .map(({ item }) => normName(item['name']))
      .filter((n) => n !== ''),
  );
}
