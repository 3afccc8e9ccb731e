import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { crossView, runCrossRules, crossRulesApply } from '../../src/engine/run-rules.js';
import { placeFindings } from '../../src/engine/place.js';
import { parseCharter } from '../../src/model/document.js';
import { crossRules } from '../../src/rules/support/registry.js';
import { defineCrossRule } from '../../src/rules/support/types.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairWith } from '../helpers/cross-charters.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

describe('cross-charter engine', () => {
  it('keeps only what cross-charter rules read', () => {
    const { 'csm.yaml': csm } = pairWith();
    const view = crossView(csm!);
    expect(Object.keys(view).sort()).toEqual(['commitments', 'dependencies', 'handoffs', 'swim_lanes', 'team']);
    expect(view['team']).toEqual({ id: 'csm' });
  });

  it('gives the same findings on the view as on the whole data', () => {
    const charters = Object.entries(pairWith((_, o) => (o.handoffs[0].trigger = 'Other.'))).map(([file, data]) => ({ file, data }));
    const whole = runCrossRules(charters, { crossRules, asOf: '2026-11-22' });
    const view = runCrossRules(charters.map((c) => ({ file: c.file, data: crossView(c.data) })), { crossRules, asOf: '2026-11-22' });
    expect(view).toEqual(whole);
    expect(whole).toHaveLength(2);
  });

  it('gives the same findings on the view as on the whole data for the reference set, and for random edits of it (property)', () => {
    const files = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'];
    const base = files.map((f) => ({ file: f, data: parseCharter(readFileSync(join(REFERENCE_DIR, f), 'utf8'), f).data }));
    const run = (cs: typeof base, strictRefs: boolean) => ({
      whole: runCrossRules(cs, { crossRules, asOf: '2026-11-22', strictRefs }),
      view: runCrossRules(cs.map((c) => ({ file: c.file, data: crossView(c.data) })), { crossRules, asOf: '2026-11-22', strictRefs }),
    });
    const ref = run(base, false);
    expect(ref.whole.length).toBeGreaterThanOrEqual(3);
    expect(ref.view).toEqual(ref.whole);
    // Random edits of the fields cross rules read (and of their neighbours): values swapped between
    // charters, keys deleted, items replaced by scalars.
    const sections = ['team', 'swim_lanes', 'handoffs', 'dependencies', 'commitments'] as const;
    const edit = fc.record({
      charter: fc.nat(3),
      section: fc.constantFrom(...sections),
      from: fc.nat(3),
      item: fc.nat(9),
      op: fc.constantFrom('swap', 'deleteKey', 'scalar', 'copyItem'),
      key: fc.constantFrom('id', 'team', 'to', 'from', 'trigger', 'process', 'segment', 'accountable', 'expectations', 'role'),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 4 }), fc.boolean(), (edits, strictRefs) => {
        const cs = structuredClone(base);
        for (const e of edits) {
          const d = cs[e.charter]!.data;
          const other = cs[e.from]!.data[e.section];
          const list = d[e.section];
          if (e.op === 'swap') d[e.section] = structuredClone(other);
          else if (Array.isArray(list) && list.length > 0) {
            const i = e.item % list.length;
            if (e.op === 'scalar') list[i] = 'x';
            else if (e.op === 'copyItem' && Array.isArray(other) && other.length > 0) list[i] = structuredClone(other[e.item % other.length]);
            else if (list[i] !== null && typeof list[i] === 'object') delete (list[i] as Record<string, unknown>)[e.key];
          } else if (list !== null && typeof list === 'object') delete (list as Record<string, unknown>)[e.key];
        }
        const r = run(cs, strictRefs);
        expect(r.view).toEqual(r.whole);
      }),
      { numRuns: 300 },
    );
  });

  it('runs for several charters, or for one with strict references', () => {
    expect(crossRulesApply(1, {})).toBe(false);
    expect(crossRulesApply(2, {})).toBe(true);
    expect(crossRulesApply(1, { strictRefs: true })).toBe(true);
  });

  it('rejects a finding in a file that is not loaded (rules are checked like single-charter ones)', () => {
    const bad = defineCrossRule({
      id: 'cross-bad',
      scope: 'cross',
      meta: { description: 'x.', tags: ['cross-charter'], severity: 'error', sources: ['x'], messages: { m: 'm' }, defaultOptions: {} },
      check: ({ report }) => report({ file: 'elsewhere.yaml', messageId: 'm', path: [] }),
    });
    expect(() => runCrossRules([{ file: 'a.yaml', data: {} }], { crossRules: [bad] })).toThrow(/not a loaded charter/);
  });

  it('locates pending findings per file, with the file’s own severities', () => {
    const pair = pairWith((c) => c.swim_lanes.push({ process: 'onboarding', accountable: { team: 'csm', role: 'csm' } }));
    const pending = runCrossRules(Object.entries(pair).map(([file, data]) => ({ file, data })), { crossRules, asOf: '2026-11-22' });
    const loaded = parseCharter(stringify(pair['csm.yaml']), 'csm.yaml');
    const [f] = placeFindings(loaded, pending);
    expect(f).toMatchObject({ ruleId: 'cross-process-conflict', severity: 'error', path: ['swim_lanes', 4] });
    expect(f!.range.start.line).toBeGreaterThan(1);
    expect(placeFindings(loaded, pending, { 'cross-process-conflict': 'warning' })[0]!.severity).toBe('warning');
    expect(placeFindings(loaded, pending, { 'cross-process-conflict': 'off' })).toEqual([]);
  });
});
