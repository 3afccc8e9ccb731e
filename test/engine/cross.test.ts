import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { crossView, placeFindings, runCrossRules, crossRulesApply } from '../../src/engine/lint.js';
import { parseCharter } from '../../src/model/document.js';
import { crossRules } from '../../src/rules/index.js';
import { defineCrossRule } from '../../src/rules/types.js';
import { pairWith } from '../helpers/cross-charters.js';

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
