/**
 * Conformance with the design: each charter of ../shared/spec/reference, linted alone with
 * --as-of 2026-11-22, gives exactly the single-charter findings that EXPECTED.md lists (rule,
 * severity and place); linted together (all four, and weak + onboarding), they give those plus
 * exactly the cross-charter findings of EXPECTED.md's second table. The expectations are read
 * from EXPECTED.md itself, so the test follows the spec. Skipped (and says so) when the spec
 * folder is not beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { lint } from '../../src/lint.js';
import { loadCharter } from '../../src/load.js';
import { runCli } from '../helpers/cli.js';
import { toPointer } from '../../src/model/pointer.js';
import type { Finding } from '../../src/model/types.js';

const REF = fileURLToPath(new URL('../../../shared/spec/reference/', import.meta.url));
const present = existsSync(join(REF, 'EXPECTED.md'));
const AS_OF = '2026-11-22';

interface Row {
  rule: string;
  severity: string;
  where: string;
}

/** The table of expected findings for weak.yaml. */
function expectedRows(md: string): { rows: Row[]; totals: { errors: number; warnings: number; infos: number; count: number } } {
  const section = md.slice(md.indexOf('weak.yaml`: '));
  const head = /(\d+) findings \((\d+) errors, (\d+) warnings, (\d+) info\)/.exec(section);
  if (!head) throw new Error('EXPECTED.md: no totals line for weak.yaml');
  const table = section.slice(section.indexOf('| # |'), section.indexOf('**Linted together'));
  const rows = table
    .split('\n')
    .filter((l) => /^\|\s*\d+\s*\|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ rule: c[2]!, severity: c[3]!, where: c[4]! }));
  const [, count, errors, warnings, infos] = head.map(Number) as [number, number, number, number, number];
  return { rows, totals: { count, errors, warnings, infos } };
}

/** The cross-charter table (linted together with onboarding.yaml, or all four files). */
function expectedCrossRows(md: string): Array<Row & { file: string }> {
  const section = md.slice(md.indexOf('**Linted together'));
  const table = section.slice(section.indexOf('| Rule |'), section.indexOf('The full run'));
  return table
    .split('\n')
    .filter((l) => /^\|\s*[a-z]+(-[a-z]+)+\s*\|/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ rule: c[1]!, severity: c[2]!, file: c[3]!, where: c[4]! }));
}

/** The item of a list naming `key` by its id, name, team or process. */
function itemIndex(list: unknown, key: string): number {
  const items = Array.isArray(list) ? (list as Array<Record<string, unknown>>) : [];
  return items.findIndex((x) => ['id', 'name', 'team', 'process'].some((k) => x?.[k] === key));
}

/**
 * Resolves a place such as `objectives[improve-satisfaction]` to JSON Pointers in the data. A
 * bare part that is not a key names an item, by id, of a list below the current mapping
 * (`dependencies[onboarding].run-all-customer-training`).
 */
function pointersFor(where: string, data: Record<string, unknown>): string[] {
  return where.split('/').map((alt) => {
    const path: Array<string | number> = [];
    let cur: unknown = data;
    for (const part of alt.split('.')) {
      const m = /^([\w-]+)(?:\[(.+)\])?$/.exec(part);
      if (!m) throw new Error(`cannot read place '${where}'`);
      const rec = (cur ?? {}) as Record<string, unknown>;
      if (!(m[1]! in rec) && m[2] === undefined) {
        const listKey = Object.keys(rec).find((k) => itemIndex(rec[k], m[1]!) >= 0);
        if (listKey !== undefined) {
          const idx = itemIndex(rec[listKey], m[1]!);
          path.push(listKey, idx);
          cur = (rec[listKey] as unknown[])[idx];
          continue;
        }
      }
      path.push(m[1]!);
      cur = rec[m[1]!];
      if (m[2] !== undefined) {
        const idx = itemIndex(cur, m[2]);
        if (idx < 0) throw new Error(`no item '${m[2]}' in ${m[1]}`);
        path.push(idx);
        cur = (cur as unknown[])[idx];
      }
    }
    return toPointer(path);
  });
}

/** Matches findings to rows one to one; returns what is left on either side. */
function compare(findings: Finding[], rows: Row[], data: Record<string, unknown>) {
  const left = [...findings];
  const unmatched: Row[] = [];
  for (const row of rows) {
    const i = left.findIndex((f) => matches(f, row, data));
    if (i < 0) unmatched.push(row);
    else left.splice(i, 1);
  }
  const extra = left.map((f) => `${f.ruleId} ${toPointer(f.path)} ${f.range.start.line}:${f.range.start.column} ${f.message}`);
  return { unmatched, extra };
}

function matches(f: Finding, row: Row, data: Record<string, unknown>): boolean {
  if (f.ruleId !== row.rule || f.severity !== row.severity) return false;
  const line = /^line (\d+):(\d+)$/.exec(row.where);
  if (line) return f.range.start.line === Number(line[1]) && f.range.start.column === Number(line[2]);
  const p = toPointer(f.path);
  return pointersFor(row.where, data).some((want) => p === want || p.startsWith(`${want}/`));
}

describe.skipIf(!present)('conformance with ../shared/spec/reference (EXPECTED.md)', () => {
  const md = present ? readFileSync(join(REF, 'EXPECTED.md'), 'utf8') : '';

  /** Lints `names` together; each file's findings must be its single-file rows plus its cross rows. */
  function checkTogether(names: string[]) {
    const { rows } = expectedRows(md);
    const cross = expectedCrossRows(md);
    const loaded = names.map((n) => loadCharter(join(REF, n)));
    const results = lint(loaded, { asOf: AS_OF });
    const outcome: Record<string, unknown> = {};
    let total = 0;
    results.forEach((r, i) => {
      const name = names[i]!;
      const want = [...(name === 'weak.yaml' ? rows : []), ...cross.filter((c) => c.file === name)];
      outcome[name] = compare(r.findings, want, loaded[i]!.data);
      total += r.findings.length;
    });
    return { outcome, total, expectedOutcome: Object.fromEntries(names.map((n) => [n, { unmatched: [], extra: [] }])) };
  }

  it('EXPECTED.md lists 3 cross-charter findings', () => {
    const cross = expectedCrossRows(md);
    expect(cross.map((c) => `${c.file} ${c.rule}`)).toEqual([
      'weak.yaml cross-dependency-unacknowledged',
      'weak.yaml cross-process-conflict',
      'onboarding.yaml cross-process-conflict',
    ]);
  });

  it('all four files together give the 30 + 3 findings of EXPECTED.md, each at its place', () => {
    const { outcome, total, expectedOutcome } = checkTogether(['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml']);
    expect(outcome).toEqual(expectedOutcome);
    expect(total).toBe(33);
  });

  it('weak.yaml with onboarding.yaml gives the same 3 cross-charter findings', () => {
    const { outcome, total, expectedOutcome } = checkTogether(['onboarding.yaml', 'weak.yaml']);
    expect(outcome).toEqual(expectedOutcome);
    expect(total).toBe(33);
  });

  it('the three good charters together have no findings', () => {
    const results = lint(['csm.yaml', 'onboarding.yaml', 'support.yaml'].map((n) => loadCharter(join(REF, n))), { asOf: AS_OF });
    expect(results.flatMap((r) => r.findings.map((f) => `${f.file} ${f.ruleId} ${f.message}`))).toEqual([]);
  });

  it('the built bin gives exactly 33 findings for reference/*.yaml (charter lint --as-of 2026-11-22)', () => {
    const files = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'].map((n) => join(REF, n));
    const r = runCli(['lint', '--as-of', AS_OF, '-f', 'json', ...files]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { summary: Record<string, number>; files: Array<{ findings: Array<{ ruleId: string }> }> };
    expect(out.summary).toEqual({ files: 4, errors: 14, warnings: 14, infos: 5 });
    expect(out.files.flatMap((f) => f.findings.filter((x) => x.ruleId.startsWith('cross-')).map((x) => x.ruleId)).sort()).toEqual([
      'cross-dependency-unacknowledged',
      'cross-process-conflict',
      'cross-process-conflict',
    ]);
  });

  for (const name of ['csm.yaml', 'onboarding.yaml', 'support.yaml']) {
    it(`${name} has no single-charter findings`, () => {
      const [result] = lint([loadCharter(join(REF, name))], { asOf: AS_OF });
      expect(result!.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    });
  }

  it('weak.yaml gives exactly the findings of EXPECTED.md, at their places', () => {
    const { rows, totals } = expectedRows(md);
    expect(rows).toHaveLength(totals.count);
    const loaded = loadCharter(join(REF, 'weak.yaml'));
    const [result] = lint([loaded], { asOf: AS_OF });
    expect(compare(result!.findings, rows, loaded.data)).toEqual({ unmatched: [], extra: [] });
    const count = (s: string) => result!.findings.filter((f) => f.severity === s).length;
    expect({ errors: count('error'), warnings: count('warning'), infos: count('info') }).toEqual({
      errors: totals.errors,
      warnings: totals.warnings,
      infos: totals.infos,
    });
  });
});

if (!present) {
  describe('conformance', () => {
    it('is skipped: ../shared/spec/reference is not beside this repository', () => {
      console.warn(`conformance tests skipped: ${REF} not found`);
      expect(present).toBe(false);
    });
  });
}
