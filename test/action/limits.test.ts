/** GitHub's limits, applied by the action: annotations per type and per job, and the summary's size. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PER_JOB_LIMIT, PER_TYPE_LIMIT, pickAnnotations } from '../../src/action/run.js';
import { actionSummary } from '../../src/action/summary.js';
import type { FileResult, Finding, Severity } from '../../src/model/types.js';
import { markdownProblems } from '../render/lint-markdown.js';

function finding(file: string, severity: Severity, i: number): Finding {
  return {
    ruleId: 'metric-incomplete',
    messageId: 'm',
    message: `finding ${i} with | pipes and <b>tags</b>`,
    severity,
    path: ['metrics', i],
    range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 5 } },
    file,
  };
}

function results(perSeverity: number): FileResult[] {
  const findings = (file: string) => (['error', 'warning', 'info'] as const).flatMap((s) => Array.from({ length: perSeverity }, (_, i) => finding(file, s, i)));
  return [
    { file: 'charters/a.yaml', findings: findings('charters/a.yaml') },
    { file: 'charters/b.yaml', findings: findings('charters/b.yaml') },
  ];
}

describe('pickAnnotations', () => {
  it('shows at most 10 of each type and counts the rest; findings in changed files come first', () => {
    const { shown, omitted } = pickAnnotations(results(8), new Map([[resolve('charters/b.yaml'), [[100, 120]] as const]]));
    expect(shown).toHaveLength(3 * PER_TYPE_LIMIT);
    expect(shown.filter((f) => f.severity === 'error')).toHaveLength(PER_TYPE_LIMIT);
    expect(shown.slice(0, 8).every((f) => f.file === 'charters/b.yaml')).toBe(true);
    expect(omitted).toEqual({ error: 6, warning: 6, info: 6 });
  });

  it('findings on changed lines come before the rest of the changed file, and those before other files', () => {
    // Findings of each severity sit on lines 1..8; lines 3-4 of b.yaml and the gap after line 6 changed.
    const changed = new Map([[resolve('/repo/charters/b.yaml'), [[3, 4], [6, 7]] as const]]);
    const { shown } = pickAnnotations(results(8), changed, '/repo');
    const errors = shown.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.range!.start.line}`);
    expect(errors).toEqual([
      'charters/b.yaml:3', 'charters/b.yaml:4', 'charters/b.yaml:6', 'charters/b.yaml:7',
      'charters/b.yaml:1', 'charters/b.yaml:2', 'charters/b.yaml:5', 'charters/b.yaml:8',
      'charters/a.yaml:1', 'charters/a.yaml:2',
    ]);
  });

  it('a finding whose range spans a changed line counts as on it', () => {
    const f: Finding = { ...finding('x.yaml', 'warning', 0), range: { start: { line: 2, column: 1 }, end: { line: 9, column: 1 } } };
    const g: Finding = { ...finding('x.yaml', 'warning', 0), range: { start: { line: 1, column: 1 }, end: { line: 1, column: 4 } } };
    const { shown } = pickAnnotations([{ file: 'x.yaml', findings: [g, f] }], new Map([[resolve('x.yaml'), [[5, 5]] as const]]));
    expect(shown).toEqual([f, g]);
  });

  it('never more than 50 in all', () => {
    expect(PER_JOB_LIMIT).toBe(50);
    const { shown, omitted } = pickAnnotations(results(100), new Map());
    expect(shown.length).toBeLessThanOrEqual(PER_JOB_LIMIT);
    expect(shown.length + omitted.error + omitted.warning + omitted.info).toBe(600);
  });
});

describe('actionSummary', () => {
  it('stops listing before the size cap and says how many rows it left out; escapes user text', () => {
    const many = results(200);
    const md = actionSummary(many, undefined, { error: 0, warning: 0, info: 0 }, undefined, 20_000);
    expect(Buffer.byteLength(md)).toBeLessThan(20_000);
    const rows = md.match(/^\| charters\//gm)!.length;
    expect(rows).toBeGreaterThan(10);
    expect(md).toContain(`${1200 - rows} more findings not listed (the summary is limited to 1 MiB)`);
    expect(md).toContain('finding 0 with \\| pipes and \\<b\\>tags\\</b\\>');
    expect(markdownProblems(md)).toEqual([]);
  });
});
