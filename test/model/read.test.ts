/**
 * The one reader of charter data (src/model/read.ts). Each accessor is pinned to what its callers
 * need: rules and the organisation overview read `text` (strings and numbers only), the rendered
 * charter reads `shownText` (also booleans, dates and lists, as a reader sees them), `init` reads
 * its option values with `text` and makes ids with `slug`.
 */
import { describe, expect, it } from 'vitest';
import {
  datedSigners,
  isBlank,
  isDraft,
  isId,
  isRecord,
  isoDate,
  label,
  list,
  normName,
  num,
  record,
  recordItems,
  records,
  shownText,
  shownTexts,
  slug,
  text,
  texts,
} from '../../src/model/read.js';
import { addMonths } from '../../src/dates.js';

describe('mappings and lists', () => {
  it('isRecord is true for mappings only', () => {
    expect([{}, { a: 1 }].map(isRecord)).toEqual([true, true]);
    expect([null, undefined, [], 'a', 1, true].map(isRecord)).toEqual([false, false, false, false, false, false]);
  });

  it('record gives the mapping itself, or an empty one', () => {
    const m = { a: 1 };
    expect(record(m)).toBe(m);
    expect([null, [1], 'x', 3].map(record)).toEqual([{}, {}, {}, {}]);
  });

  it('list gives the array itself, or an empty one', () => {
    const a = [1, 'x'];
    expect(list(a)).toBe(a);
    expect([null, {}, 'x'].map(list)).toEqual([[], [], []]);
  });

  it('records keeps the mapping items with their indices; recordItems without', () => {
    const v = [{ id: 'a' }, 'x', null, [1], { id: 'b' }];
    expect(records(v)).toEqual([
      { item: { id: 'a' }, index: 0 },
      { item: { id: 'b' }, index: 4 },
    ]);
    expect(recordItems(v)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(records({ id: 'a' })).toEqual([]);
    expect(recordItems('x')).toEqual([]);
  });
});

describe('text (rules, organisation overview, init options)', () => {
  it('is the trimmed string, undefined when blank', () => {
    expect(text('  Jane Doe \n')).toBe('Jane Doe');
    expect(text('')).toBeUndefined();
    expect(text(' \t\n')).toBeUndefined();
  });

  it('writes finite numbers out (an unquoted version 3 or id 2026 still reads as text)', () => {
    expect(text(3)).toBe('3');
    expect(text(0)).toBe('0');
    expect(text(2.5)).toBe('2.5');
    expect(text(Number.NaN)).toBeUndefined();
    expect(text(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('does not take booleans, dates, lists or mappings', () => {
    expect([true, false, new Date('2026-01-02'), ['a'], { a: 'b' }, null, undefined].map(text)).toEqual(Array(7).fill(undefined));
  });

  it('texts keeps the text items of a list; a single value is not a list', () => {
    expect(texts([' a ', '', 2, true, null, { x: 1 }, 'b'])).toEqual(['a', '2', 'b']);
    expect(texts('a')).toEqual([]);
    expect(texts(undefined)).toEqual([]);
  });
});

describe('shownText (the rendered charter)', () => {
  it('shows what text shows', () => {
    expect(shownText('  x ')).toBe('x');
    expect(shownText(' ')).toBeUndefined();
    expect(shownText(42)).toBe('42');
    expect(shownText(Number.NaN)).toBeUndefined();
  });

  it('also shows booleans as yes/no and dates as YYYY-MM-DD', () => {
    expect(shownText(true)).toBe('yes');
    expect(shownText(false)).toBe('no');
    expect(shownText(new Date('2026-03-04T00:00:00Z'))).toBe('2026-03-04');
    expect(shownText(new Date('nonsense'))).toBeUndefined();
  });

  it('joins the shown items of a list with commas (nested lists too), undefined for nothing to show', () => {
    expect(shownText(['a', 1, true, ' ', null, ['b', 'c']])).toBe('a, 1, yes, b, c');
    expect(shownText([])).toBeUndefined();
    expect(shownText(['', null])).toBeUndefined();
    expect(shownText({ a: 'b' })).toBeUndefined();
  });

  it('shownTexts takes a single value as a one-item list', () => {
    expect(shownTexts(['a', ' ', 2, false])).toEqual(['a', '2', 'no']);
    expect(shownTexts('a')).toEqual(['a']);
    expect(shownTexts(' ')).toEqual([]);
    expect(shownTexts(null)).toEqual([]);
  });
});

describe('numbers, blanks and dates', () => {
  it('num takes finite numbers only (not numeric strings)', () => {
    expect([3, 0, -1.5].map(num)).toEqual([3, 0, -1.5]);
    expect([Number.NaN, Number.NEGATIVE_INFINITY, '3', null].map(num)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('isBlank: absent, null, blank string, empty list or mapping', () => {
    expect([undefined, null, '', '  ', [], {}].map(isBlank)).toEqual(Array(6).fill(true));
    expect([0, false, 'x', [null], { a: undefined }].map(isBlank)).toEqual(Array(5).fill(false));
  });

  it('isoDate takes real calendar dates, as strings or Date objects', () => {
    expect(isoDate(' 2028-02-29 ')).toBe('2028-02-29');
    expect(isoDate('2027-02-29')).toBeUndefined();
    expect(isoDate('2026-1-2')).toBeUndefined();
    expect(isoDate(new Date('2026-05-06T00:00:00Z'))).toBe('2026-05-06');
    expect(isoDate(20260506)).toBeUndefined();
  });

  it('addMonths clamps the day to the target month (dates.ts)', () => {
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });
});

describe('names and ids', () => {
  it('normName compares names case-insensitively with white space collapsed; non-strings are empty', () => {
    expect(normName('  Jane   van\tDOE ')).toBe('jane van doe');
    expect(normName(42)).toBe('');
    expect(normName(undefined)).toBe('');
  });

  it('isId: lower-case words joined by single hyphens', () => {
    expect(['customer-success', 'csm', 'tier-2-support'].map(isId)).toEqual([true, true, true]);
    expect(['', 'Customer', 'a--b', '-a', 'a-', 'a b', 'é'].map(isId)).toEqual(Array(7).fill(false));
  });

  it('slug makes an id of free text, at most maxWords words, "item" when nothing is left', () => {
    expect(slug('Customer Success Management')).toBe('customer-success-management');
    expect(slug('Reduce  time-to-value, by 30%!', 4)).toBe('reduce-time-to-value');
    expect(slug('Café Support')).toBe('cafe-support');
    expect(slug('!!!')).toBe('item');
    expect(isId(slug('  Anything -- at all ?? '))).toBe(true);
  });

  it('label names an item by the given keys, then id, then name, then its position', () => {
    expect(label({ risk: 'Churn', id: 'r1' }, 0, 'risk')).toBe('Churn');
    expect(label({ id: 'r1', name: 'x' }, 0)).toBe('r1');
    expect(label({ name: 'Weekly sync' }, 0)).toBe('Weekly sync');
    expect(label({}, 2)).toBe('#3');
  });
});

describe('charter-level readers', () => {
  it('isDraft: meta.status is draft', () => {
    expect(isDraft({ meta: { status: 'draft' } })).toBe(true);
    expect(isDraft({ meta: { status: 'active' } })).toBe(false);
    expect(isDraft({ meta: 'draft' })).toBe(false);
  });

  it('datedSigners: normalised names of signatures with a real calendar date', () => {
    const data = {
      signatures: [
        { name: 'Jane  Doe', date: '2026-01-02' },
        { name: 'Bob', date: '2026-02-30' },
        { name: 'Ann', date: '' },
        { name: '', date: '2026-01-02' },
        'x',
      ],
    };
    expect([...datedSigners(data)]).toEqual(['jane doe']);
  });
});
