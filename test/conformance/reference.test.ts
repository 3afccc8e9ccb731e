/**
 * Conformance with the design: each charter of ../shared/spec/reference, linted alone with
 * --as-of 2026-11-22, gives exactly the single-charter findings that EXPECTED.md lists (rule,
 * severity and place). The expectations are read from EXPECTED.md itself, so the test follows
 * the spec. Skipped (and says so) when the spec folder is not beside the repository.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadCharter, lint } from '../../src/api.js';
import { toPointer } from '../../src/model/locate.js';
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

/** Resolves a place such as `objectives[improve-satisfaction]` to JSON Pointers in the data. */
function pointersFor(where: string, data: Record<string, unknown>): string[] {
  return where.split('/').map((alt) => {
    const path: Array<string | number> = [];
    let cur: unknown = data;
    for (const part of alt.split('.')) {
      const m = /^([\w-]+)(?:\[(.+)\])?$/.exec(part);
      if (!m) throw new Error(`cannot read place '${where}'`);
      path.push(m[1]!);
      cur = (cur as Record<string, unknown> | undefined)?.[m[1]!];
      if (m[2] !== undefined) {
        const list = Array.isArray(cur) ? (cur as Array<Record<string, unknown>>) : [];
        const idx = list.findIndex((x) => x?.['id'] === m[2] || x?.['name'] === m[2]);
        if (idx < 0) throw new Error(`no item '${m[2]}' in ${m[1]}`);
        path.push(idx);
        cur = list[idx];
      }
    }
    return toPointer(path);
  });
}

function matches(f: Finding, row: Row, data: Record<string, unknown>): boolean {
  if (f.ruleId !== row.rule || f.severity !== row.severity) return false;
  const line = /^line (\d+):(\d+)$/.exec(row.where);
  if (line) return f.range.start.line === Number(line[1]) && f.range.start.column === Number(line[2]);
  const p = toPointer(f.path);
  return pointersFor(row.where, data).some((want) => p === want || p.startsWith(`${want}/`));
}

describe.skipIf(!present)('conformance with ../shared/spec/reference (EXPECTED.md)', () => {
  for (const name of ['csm.yaml', 'onboarding.yaml', 'support.yaml']) {
    it(`${name} has no single-charter findings`, () => {
      const [result] = lint([loadCharter(join(REF, name))], { asOf: AS_OF });
      expect(result!.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    });
  }

  it('weak.yaml gives exactly the findings of EXPECTED.md, at their places', () => {
    const { rows, totals } = expectedRows(readFileSync(join(REF, 'EXPECTED.md'), 'utf8'));
    expect(rows).toHaveLength(totals.count);
    const loaded = loadCharter(join(REF, 'weak.yaml'));
    const [result] = lint([loaded], { asOf: AS_OF });
    const findings = [...result!.findings];
    const unmatched: Row[] = [];
    for (const row of rows) {
      const i = findings.findIndex((f) => matches(f, row, loaded.data));
      if (i < 0) unmatched.push(row);
      else findings.splice(i, 1);
    }
    const extra = findings.map((f) => `${f.ruleId} ${toPointer(f.path)} ${f.range.start.line}:${f.range.start.column} ${f.message}`);
    expect({ unmatched, extra }).toEqual({ unmatched: [], extra: [] });
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
