import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../src/dates.js';

/** The reference: what the JavaScript Date reads back. */
function viaDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

describe('isCalendarDate', () => {
  it('knows month lengths and leap years', () => {
    for (const s of ['2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30', '0001-01-01']) expect(isCalendarDate(s), s).toBe(true);
    for (const s of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', ' 2026-01-01', '2026-01-01T00:00:00Z'])
      expect(isCalendarDate(s), s).toBe(false);
  });

  it('agrees with Date on every YYYY-MM-DD string (property)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isCalendarDate(s), s).toBe(viaDate(s));
      }),
      { numRuns: 3000 },
    );
  });
});
