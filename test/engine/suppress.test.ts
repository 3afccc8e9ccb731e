import { describe, expect, it } from 'vitest';
import { applyDirectives, hasDirectives, parseDirectives } from '../../src/engine/suppress.js';
import type { Finding } from '../../src/model/types.js';
import { sortFindings } from '../../src/engine/run-rules.js';

const KNOWN = new Set(['placeholder-text', 'mission-is-tagline', 'metric-orphaned', 'unused-disable']);

function at(line: number, ruleId = 'placeholder-text'): Finding {
  return { ruleId, messageId: 'm', message: `${ruleId} at ${line}`, severity: 'error', path: [], range: { start: { line, column: 3 }, end: { line, column: 9 } }, file: 'a.yaml' };
}

function run(text: string, findings: Finding[], requireReasons = false) {
  return sortFindings(applyDirectives('a.yaml', findings, parseDirectives(text), { knownRules: KNOWN, unusedSeverity: 'warning', requireReasons })).map(
    (f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.ruleId === 'unused-disable' ? ` ${f.messageId}: ${f.message}` : ''}`,
  );
}

describe('parseDirectives', () => {
  it('reads the three forms, rule lists and reasons', () => {
    const text = [
      'a: 1',
      '  # charter-disable-next-line placeholder-text, mission-is-tagline -- real artifact name',
      '# charter-disable metric-orphaned',
      '# charter-enable metric-orphaned',
      '# charter-disable-file -- whole file',
      '#charter-disable-next-line placeholder-text --',
    ].join('\n');
    expect(parseDirectives(text)).toEqual([
      { kind: 'disable-next-line', rules: ['placeholder-text', 'mission-is-tagline'], reason: 'real artifact name', line: 2, column: 3, endColumn: 89 },
      { kind: 'disable', rules: ['metric-orphaned'], line: 3, column: 1, endColumn: 34 },
      { kind: 'enable', rules: ['metric-orphaned'], line: 4, column: 1, endColumn: 33 },
      { kind: 'disable-file', rules: [], reason: 'whole file', line: 5, column: 1, endColumn: 37 },
      { kind: 'disable-next-line', rules: ['placeholder-text'], line: 6, column: 1, endColumn: 47 },
    ]);
  });

  it('ignores comments after values, look-alikes and lines inside block scalars', () => {
    const text = ['a: 1 # charter-disable-file', '# charter-disabled x', 'b: |', '  # charter-disable-file', '  text', 'c: 2'].join('\n');
    expect(parseDirectives(text)).toEqual([]);
    expect(hasDirectives(text)).toBe(true);
    expect(hasDirectives('a: 1\n')).toBe(false);
  });
});

describe('applyDirectives', () => {
  it('disable-next-line suppresses the next line only, and only the rules named', () => {
    const text = 'a: 1\n# charter-disable-next-line placeholder-text -- ok\nb: x\nc: y\n';
    expect(run(text, [at(3), at(3, 'mission-is-tagline'), at(4)])).toEqual(['3:3 mission-is-tagline', '4:3 placeholder-text']);
  });

  it('disable … enable covers the lines between; without enable, to the end of the file', () => {
    const text = ['a: 1', '# charter-disable placeholder-text', 'b: x', 'c: y', '# charter-enable placeholder-text', 'd: z', '# charter-disable', 'e: 1'].join('\n');
    expect(run(text, [at(1), at(3), at(4), at(6), at(8, 'metric-orphaned')])).toEqual(['1:3 placeholder-text', '6:3 placeholder-text']);
  });

  it('disable-file covers the whole file, for the rules named', () => {
    const text = 'a: 1\nb: 2\n# charter-disable-file placeholder-text -- generated\n';
    expect(run(text, [at(1), at(2), at(2, 'metric-orphaned')])).toEqual(['2:3 metric-orphaned']);
  });

  it('reports suppressions that suppress nothing, unknown rules and a stray enable', () => {
    const text = ['# charter-disable-next-line placeholder-text, metric-orphaned', 'a: x', '# charter-disable-next-line placeholder-txt', '# charter-enable mission-is-tagline'].join('\n');
    expect(run(text, [at(2)])).toEqual([
      "1:1 unused-disable unused: charter-disable-next-line for 'metric-orphaned' suppresses nothing; remove it",
      "3:1 unused-disable unknownRule: charter-disable-next-line names unknown rule 'placeholder-txt' (run 'charter rules' for the list)",
      '4:1 unused-disable unmatchedEnable: charter-enable mission-is-tagline has no charter-disable before it',
    ]);
  });

  it('a suppression without a reason is allowed, unless reasons are required', () => {
    const text = '# charter-disable-next-line placeholder-text\na: x\n# charter-disable-next-line placeholder-text -- fine\nb: y\n';
    expect(run(text, [at(2), at(4)])).toEqual([]);
    expect(run(text, [at(2), at(4)], true)).toEqual([
      "1:1 unused-disable missingReason: charter-disable-next-line gives no reason: add ' -- why this finding does not apply'",
    ]);
  });

  it('unused-disable off reports nothing but still suppresses', () => {
    const ds = parseDirectives('# charter-disable-file metric-orphaned\n# charter-disable-next-line placeholder-text\na: x\n');
    const out = applyDirectives('a.yaml', [at(3)], ds, { knownRules: KNOWN, unusedSeverity: 'off', requireReasons: true });
    expect(out).toEqual([]);
  });
});
