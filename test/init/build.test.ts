import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };
import { lintText } from '../../src/lint.js';
import { findKpi } from '../../src/catalog.js';
import { buildCharter, buildMetric, parseTeamRole } from '../../src/init/build.js';
import { slug } from '../../src/model/read.js';
import { charterToYaml, schemaUrl, SECTION_COMMENTS } from '../../src/init/document.js';
import { PRESET_NAMES } from '../../src/init/presets.js';

const TODAY = '2026-11-22';
/** Top-level keys in the order of format.md §3.2. */
const FORMAT_ORDER = [
  'charter', 'meta', 'team', 'statement', 'charter_types', 'scope', 'objectives', 'metrics', 'cost_metric',
  'key_activities', 'swim_lanes', 'handoffs', 'dependencies', 'commitments', 'risks', 'roadmap', 'communications',
  'operating_principles', 'skills_required', 'stakeholders', 'governance', 'approvals', 'signatures',
];

function write(answers: Parameters<typeof buildCharter>[0], preset?: (typeof PRESET_NAMES)[number]): string {
  const b = buildCharter(answers, { preset, today: TODAY });
  return charterToYaml(b.data, { schemaRef: schemaUrl(pkg.version), comments: b.comments });
}

/** Lines holding a TODO/TBD marker outside comments. */
function markerLines(text: string): number[] {
  return text
    .split('\n')
    .map((l, i) => ({ l: l.replace(/(^|\s)#.*$/, ''), n: i + 1 }))
    .filter(({ l }) => /\b(TODO|TBD)\b/i.test(l))
    .map(({ n }) => n);
}

describe.each(PRESET_NAMES)('preset %s with no answers', (preset) => {
  const text = write({}, preset);
  const findings = lintText(text, 'charter.yaml', { asOf: TODAY });

  it('is valid against the schema (0 schema-violation findings)', () => {
    expect(findings.filter((f) => f.ruleId === 'schema-violation')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'yaml-syntax')).toEqual([]);
  });

  it('leaves every gap as a TODO marker that lint reports as placeholder-text, on the marker line', () => {
    const reported = findings.filter((f) => f.ruleId === 'placeholder-text').map((f) => f.range.start.line);
    expect(reported.length).toBeGreaterThan(0);
    expect([...new Set(reported)].sort((a, b) => a - b)).toEqual(markerLines(text));
  });

  it('invents no numbers: metrics have no baseline or target, and lint says so', () => {
    const data = parse(text) as { metrics: Array<Record<string, unknown>> };
    for (const m of data.metrics) {
      expect(m['baseline']).toBeUndefined();
      expect(m['target']).toBeUndefined();
    }
    const missing = findings.filter((f) => f.ruleId === 'metric-without-target').length;
    expect(missing).toBe(data.metrics.length + 1); // + the cost metric
  });

  it('starts with the schema modeline pinned to this version, and comments every section', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# yaml-language-server: $schema=https://unpkg.com/charter-cli@${pkg.version}/schemas/charter.schema.json`);
    const data = parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(FORMAT_ORDER);
    for (const key of FORMAT_ORDER) {
      const at = lines.indexOf(lines.find((l) => l.startsWith(`${key}:`))!);
      expect(lines[at - 1], key).toBe(`# ${SECTION_COMMENTS[key]}`);
    }
  });
});

describe('buildCharter', () => {
  it('fills metrics from the KPI catalogue (definition, unit, direction, cadence, kind)', () => {
    const { metric } = buildMetric('logo-churn-rate', TODAY);
    const k = findKpi('logo-churn-rate')!;
    expect(metric).toMatchObject({
      id: 'logo-churn-rate',
      name: k.name,
      catalog: 'logo-churn-rate',
      definition: k.definition,
      unit: 'percent',
      direction: 'decrease',
      cadence: k.cadence,
      kind: k.kind,
      owner: expect.stringMatching(/^TODO: /),
      data_source: expect.stringMatching(/^TODO: /),
    });
  });

  it('turns numeric answers into a dated baseline and target', () => {
    const { metric, gaps } = buildMetric({ catalog: 'grr', baseline: 88, target: 91 }, TODAY);
    expect(metric['baseline']).toEqual({ value: 88, as_of: TODAY });
    expect(metric['target']).toEqual({ value: 91, by: '2027-11-22' });
    expect(gaps).toEqual([]);
  });

  it('marks a currency it does not know as TBD (schema-valid, reported as a placeholder)', () => {
    const { metric } = buildMetric('arr-per-csm', TODAY);
    expect(metric['currency']).toBe('TBD');
  });

  it('applies flag answers: company, team (id derived), charter types and owner', () => {
    const b = buildCharter(
      { company: 'Acme', team: 'Customer Success', team_id: 'customer-success', charter_types: ['retention'], owner: 'Maya Okafor' },
      { today: TODAY },
    );
    const d = b.data as Record<string, any>;
    expect(d.meta.company).toBe('Acme');
    expect(d.meta.owner).toEqual({ name: 'Maya Okafor' });
    expect(d.meta.id).toBe('customer-success-charter');
    expect(d.team).toMatchObject({ id: 'customer-success', name: 'Customer Success' });
    expect(d.charter_types).toEqual(['retention']);
    expect(d.swim_lanes).toEqual([{ process: 'renewal', accountable: { team: 'customer-success', role: 'csm' } }]);
    expect(d.governance.review).toEqual({ cadence: 'annual', reviewers: ['Maya Okafor'] });
  });

  it('gives an expansion charter owners for lead generation and upsell, with the limit as a TODO', () => {
    const d = buildCharter({ charter_types: ['expansion'], upsell_owner: 'sales/account-executive' }, { preset: 'renewals', today: TODAY })
      .data as Record<string, any>;
    expect(d.swim_lanes).toEqual([
      { process: 'expansion-lead-generation', accountable: { team: 'renewals', role: 'renewal-manager' } },
      { process: 'upsell', accountable: { team: 'sales', role: 'account-executive' }, limit: expect.stringMatching(/^TODO: /) },
    ]);
  });

  it('adds an inbound hand-off for adoption and onboarding charters (with a TODO trigger)', () => {
    const d = buildCharter({}, { preset: 'onboarding', today: TODAY }).data as Record<string, any>;
    expect(d.handoffs).toEqual([
      {
        id: 'sales-to-onboarding',
        process: 'sales-handoff',
        from: { team: 'sales', role: 'account-executive' },
        to: { team: 'onboarding', role: 'onboarding-manager' },
        trigger: expect.stringMatching(/^TODO: /),
      },
    ]);
    const support = buildCharter({}, { preset: 'support', today: TODAY }).data as Record<string, any>;
    expect(support.handoffs).toEqual([]);
  });

  it('sets the next review from the review cadence', () => {
    const d = buildCharter({ review_cadence: 'quarterly' }, { today: '2026-01-31' }).data as Record<string, any>;
    expect(d.meta.next_review).toBe('2026-04-30');
  });

  it('writes {team, role} pairs, baselines and short lists in flow style, without anchors', () => {
    const text = write({ metrics: [{ catalog: 'grr', baseline: 88, target: 91 }] }, 'csm');
    expect(text).toContain('accountable: {team: csm, role: csm}');
    expect(text).toContain('baseline: {value: 88, as_of: 2026-11-22}');
    expect(text).toContain('charter_types: [adoption, retention, expansion]');
    expect(text).not.toMatch(/[&*]a\d/);
  });
});

describe('helpers', () => {
  it('slug makes kebab-case ids', () => {
    expect(slug('Customer Success Management')).toBe('customer-success-management');
    expect(slug('  Raise GRR from 88% to 91%!  ', 4)).toBe('raise-grr-from-88');
    expect(slug('???')).toBe('item');
  });

  it('parseTeamRole reads team/role, a bare role, or an object', () => {
    expect(parseTeamRole('sales/account-executive', 'csm')).toEqual({ team: 'sales', role: 'account-executive' });
    expect(parseTeamRole('csm', 'csm')).toEqual({ team: 'csm', role: 'csm' });
    expect(parseTeamRole({ team: 'a', role: 'b' }, 'csm')).toEqual({ team: 'a', role: 'b' });
    expect(parseTeamRole('  ', 'csm')).toBeUndefined();
  });
});
