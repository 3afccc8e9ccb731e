/**
 * formatNumber prints numbers without Intl (whose formatter costs 20–60 ms to create at start-up);
 * it must print exactly what Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }) prints.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../src/render/format.js';

const INTL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

describe('formatNumber, against Intl.NumberFormat', () => {
  it('agrees on the cases that round, carry, group or use exponents', () => {
    const cases = [0, -0, 1, -1, 0.5, 1.005, 2.675, 0.125, 0.005, -0.005, -0.001, 0.004999, 999.995, 9.995, 99999.999, 1234.5, 1234567.891,
      -1234567.891, 1e21, 1.5e21, 1.5e-7, 1e-7, 123456789012345680000, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 88, 7.8, 110, 0.1 + 0.2];
    for (const v of cases) expect(formatNumber(v), String(v)).toBe(INTL.format(v));
  });

  it('agrees on any finite number (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000)), (v) => {
        expect(formatNumber(v)).toBe(INTL.format(v));
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves what is not a finite number as text', () => {
    expect(formatNumber(undefined)).toBe('');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('NaN');
    expect(formatNumber('12')).toBe('12');
  });
});
