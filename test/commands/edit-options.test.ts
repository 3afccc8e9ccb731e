import { describe, expect, it } from 'vitest';
import { parseDateOption } from '../../src/commands/edit-options.js';
import { todayUtc as todayUtcDate } from '../../src/dates.js';
import { normalizeSignOptions } from '../../src/commands/sign.js';
import { normalizeReviewOptions } from '../../src/commands/review.js';
import { normalizeBumpOptions } from '../../src/commands/bump.js';
import { normalizeApproveOptions } from '../../src/commands/approve.js';
import { CharterError } from '../../src/errors.js';

describe('command options', () => {
  it('--date: a real calendar date, or today in UTC', () => {
    expect(parseDateOption('2028-02-29')).toBe('2028-02-29');
    expect(parseDateOption(undefined)).toBe(todayUtcDate());
    expect(todayUtcDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const bad of ['2027-02-29', '2026-13-01', '26-01-01', '2026-1-1', 'today']) {
      expect(() => parseDateOption(bad)).toThrow(CharterError);
    }
  });

  it('sign: --name and --title are required unless --verify, which takes no signing options', () => {
    expect(normalizeSignOptions(['c.yaml'], { name: ' Dana  ', title: 'CRO', date: '2026-11-22', allowFindings: false, verify: false })).toEqual({
      mode: 'sign',
      file: 'c.yaml',
      name: 'Dana',
      title: 'CRO',
      department: undefined,
      role: undefined,
      date: '2026-11-22',
      allowFindings: false,
    });
    expect(normalizeSignOptions(['c.yaml'], { verify: true, allowFindings: false })).toEqual({ mode: 'verify', files: ['c.yaml'] });
    expect(() => normalizeSignOptions(['c.yaml'], { title: 'CRO' })).toThrow(/--name is required/);
    expect(() => normalizeSignOptions(['c.yaml'], { name: 'A', title: '  ' })).toThrow(/--title is required/);
    expect(() => normalizeSignOptions(['c.yaml'], { verify: true, role: 'owner', allowFindings: true })).toThrow(/leave out --role, --allow-findings/);
    // --verify checks several charters; signing takes exactly one.
    expect(normalizeSignOptions(['a.yaml', 'b.yaml'], { verify: true, allowFindings: false })).toEqual({ mode: 'verify', files: ['a.yaml', 'b.yaml'] });
    expect(() => normalizeSignOptions(['a.yaml', 'b.yaml'], { name: 'A', title: 'CRO' })).toThrow(/sign one charter at a time: got 2 files/);
  });

  it('review, bump, approve', () => {
    expect(normalizeReviewOptions('c.yaml', { date: '2026-11-23', reviewer: ['A', 'B'], summary: 'ok' })).toEqual({
      file: 'c.yaml',
      date: '2026-11-23',
      reviewers: ['A', 'B'],
      summary: 'ok',
    });
    expect(() => normalizeReviewOptions('c.yaml', { reviewer: ['A'] })).toThrow(/give --summary/);
    expect(normalizeBumpOptions('c.yaml', 'minor', { summary: 'x', date: '2026-11-23' })).toEqual({
      file: 'c.yaml',
      level: 'minor',
      summary: 'x',
      author: undefined,
      date: '2026-11-23',
    });
    expect(() => normalizeBumpOptions('c.yaml', 'minor', { summary: ' ' })).toThrow(/--summary is required/);
    expect(normalizeApproveOptions('c.yaml', { name: 'E', decision: 'approved', date: '2026-11-23' })).toMatchObject({ name: 'E', decision: 'approved' });
  });
});
