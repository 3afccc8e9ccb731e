import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import type { FileResult } from '../../src/model/types.js';
import { finding } from '../helpers/findings.js';

const RESULTS: FileResult[] = [
  {
    file: 'charters/csm.yaml',
    findings: [
      finding({ ruleId: 'schema-violation', severity: 'error', message: 'meta.version must be text, got the number 3' }),
      finding({
        ruleId: 'mission-is-tagline',
        severity: 'warning',
        message: 'mission reads like a tagline',
        path: ['statement', 'mission'],
        range: { start: { line: 41, column: 12 }, end: { line: 41, column: 50 } },
      }),
      finding({
        ruleId: 'metric-orphaned',
        severity: 'info',
        message: "metric 'nps' is not used by any objective",
        path: ['metrics', 7],
        range: { start: { line: 120, column: 5 }, end: { line: 131, column: 1 } },
      }),
    ],
  },
  { file: 'charters/support.yaml', findings: [] },
];

const ctx = { asOf: '2026-11-22', color: false };

describe('formatters', () => {
  it('stylish groups by file, aligns columns and ends with a summary', async () => {
    const out = formatters['stylish']!(RESULTS, ctx);
    await expect(out).toMatchFileSnapshot('__snapshots__/stylish.txt');
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).not.toContain('support.yaml');
  });

  it('stylish colours only when asked', () => {
    expect(formatters['stylish']!(RESULTS, { ...ctx, color: true })).toMatch(/\u001b\[31m/);
  });

  it('stylish says when everything is clean', () => {
    expect(formatters['stylish']!([{ file: 'a.yaml', findings: [] }], ctx)).toBe('✔ 1 charter checked, no problems\n');
  });

  it('stylish, with a baseline, counts the findings it accepted, clean or not', () => {
    expect(formatters['stylish']!([{ file: 'a.yaml', findings: [] }], { ...ctx, accepted: 0 })).toBe('✔ 1 charter checked, no new problems (0 accepted in the baseline)\n');
    const out = formatters['stylish']!(RESULTS, { ...ctx, accepted: 41 });
    expect(out).toMatch(/\n✖ \d+ new problems \(\d+ errors?, \d+ warnings?, \d+ infos?\) in \d+ charters?; 41 accepted in the baseline\n/);
  });

  it('json has the documented shape', async () => {
    const out = formatters['json']!(RESULTS, ctx);
    await expect(out).toMatchFileSnapshot('__snapshots__/json.json');
    const parsed = JSON.parse(out);
    expect(parsed.summary).toEqual({ files: 2, errors: 1, warnings: 1, infos: 1 });
    expect(parsed.files[0].findings[2]).toMatchObject({ path: '/metrics/7', line: 120, column: 5, endLine: 131, endColumn: 1 });
  });
});

describe('every formatter with a huge number of findings', () => {
  it('formats 300,000 findings in one file without exhausting the stack (no spread of big arrays)', () => {
    const many: FileResult[] = [
      {
        file: 'big.yaml',
        findings: Array.from({ length: 300_000 }, (_, i) =>
          finding({ ruleId: i % 2 ? 'placeholder-text' : 'schema-violation', severity: 'error', message: `m${i}`, range: { start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 6 } } }),
        ),
      },
    ];
    for (const [name, format] of Object.entries(formatters)) {
      const out = format(many, { ...ctx, rules: [], version: '0.0.0' });
      expect(out.length, name).toBeGreaterThan(300_000);
    }
  });
});
