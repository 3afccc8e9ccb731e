/**
 * The interview of `charter init`, driven with scripted answers: src/prompts.ts (the only module
 * that talks to @inquirer/prompts) is mocked. An answer not scripted takes the prompt's default,
 * as pressing Enter does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lintText } from '../../src/lint.js';
import { CharterError } from '../../src/errors.js';
import { runInit, type InitIo } from '../../src/commands/init-run.js';
import { normalizeInitOptions } from '../../src/commands/init.js';
import type { InitCommandOptions } from '../../src/commands/init-run.js';
import { missionFeedback } from '../../src/init/interview.js';
import { tempTree } from '../helpers/cli.js';
import { baseCharter } from '../helpers/base-charter.js';
import { stringify } from 'yaml';

const state = vi.hoisted(() => ({
  script: {} as Record<string, unknown[]>,
  asked: [] as Array<{ id: string; message: string }>,
}));

vi.mock('../../src/prompts.js', () => {
  const next = (o: { id: string; message: string }, dflt: unknown): unknown => {
    state.asked.push({ id: o.id, message: o.message });
    const q = state.script[o.id];
    if (q && q.length > 0) {
      const v = q.shift();
      if (v instanceof Error) throw v;
      return v === undefined ? dflt : v;
    }
    return dflt;
  };
  type C = { value: unknown; checked?: boolean };
  return {
    input: vi.fn(async (o: { id: string; message: string; default?: string }) => next(o, o.default ?? '')),
    select: vi.fn(async (o: { id: string; message: string; default?: unknown; choices: C[] }) => next(o, o.default ?? o.choices[0]!.value)),
    checkbox: vi.fn(async (o: { id: string; message: string; choices: C[] }) =>
      next(o, o.choices.filter((c) => c.checked).map((c) => c.value)),
    ),
    confirm: vi.fn(async (o: { id: string; message: string; default?: boolean }) => next(o, o.default ?? false)),
  };
});

const TODAY = '2026-11-22';
let out = '';
const io: InitIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), isTTY: false, env: {}, stdinIsTTY: true };

function options(dir: string, extra: Record<string, unknown> = {}): InitCommandOptions {
  return normalizeInitOptions(join(dir, 'charter.yaml'), extra);
}

async function interview(script: Record<string, unknown[]>, extra: Record<string, unknown> = {}) {
  state.script = script;
  const dir = tempTree({});
  const code = await runInit(options(dir, extra), io, { today: TODAY });
  const text = readFileSync(join(dir, 'charter.yaml'), 'utf8');
  return { code, text, data: parse(text) as Record<string, any>, findings: lintText(text, 'charter.yaml', { asOf: TODAY }) };
}

const asked = (id: string) => state.asked.filter((a) => a.id === id);

/** A complete interview of a Support team: every answer given. */
const SUPPORT: Record<string, unknown[]> = {
  company: ['Northwind Analytics'],
  function: ['support'],
  owner: ['Rui Costa'],
  owner_title: ['VP Customer Support'],
  mission: ['Help customers resolve product issues quickly and with minimal effort, so they can keep working toward their goals.'],
  vision: ['Customers never wait to get unstuck.'],
  why: ['Fast, low-effort support keeps customers renewing.'],
  metrics: [['first-response-time', 'csat']],
  metric_baseline: ['6', '88', '9'],
  metric_target: ['4', '92', '8'],
  cost_metric: ['cs-cost-ratio'],
  metric_data_source: ['Zendesk', undefined],
  objective: ['Cut median first response time to 4 business hours by Q3 2027.', 'Keep support CSAT above 92% through 2029.', ''],
  objective_horizon: ['short', 'long'],
  objective_strategy: ['FY27 goal 2: durable recurring revenue', 'FY27 goal 2: durable recurring revenue'],
  objective_metrics: [['first-response-time'], ['csat']],
  role_people: ['Rui Costa', 'Lena Park, Omar Haddad'],
  role_responsibilities: ['Run the support team; own the escalation process.', 'Resolve tickets; escalate defects to Engineering.'],
  handoff_out_to: ['csm/csm'],
  handoff_out_trigger: ['A P1 ticket on an account flagged at-risk.'],
  dependencies: ['engineering'],
  dependency_expectation: ['Triage P1 defects within one business day.'],
  risk: ['Ticket volume outgrows the team after the spring release.', ''],
  risk_likelihood: ['medium'],
  risk_impact: ['high'],
  risk_mitigation: ['Deflection content before each release; on-call rota.'],
  executive_name: ['Dana Whitfield', ''],
  executive_title: ['Chief Revenue Officer'],
};

beforeEach(() => {
  out = '';
  state.asked = [];
});
afterEach(() => {
  state.script = {};
});

describe('charter init interview (scripted)', () => {
  it('a fully answered interview gives a charter with no error findings', async () => {
    const r = await interview(structuredClone(SUPPORT));
    expect(r.code).toBe(0);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.path.join('.')}`)).toEqual([]);
    expect(r.data.meta).toMatchObject({ company: 'Northwind Analytics', owner: { name: 'Rui Costa', title: 'VP Customer Support' } });
    expect(r.data.team).toMatchObject({ id: 'support', name: 'Customer Support', function: 'support' });
    expect(r.data.charter_types).toEqual(['support']);
    expect(r.data.metrics.map((m: { id: string }) => m.id)).toEqual(['first-response-time', 'csat']);
    expect(r.data.metrics[0]).toMatchObject({
      unit: 'hours',
      direction: 'decrease',
      baseline: { value: 6, as_of: TODAY },
      target: { value: 4, by: '2027-11-22' },
      owner: 'Rui Costa',
      cadence: 'weekly',
      data_source: 'Zendesk',
    });
    expect(r.data.metrics[1].data_source).toBe('Zendesk'); // the previous answer is the default
    expect(r.data.objectives[0]).toMatchObject({ horizon: 'short', metrics: ['first-response-time'], owner: 'Rui Costa' });
    expect(r.data.team.roles[1]).toMatchObject({ id: 'support-engineer', people: ['Lena Park', 'Omar Haddad'] });
    expect(r.data.handoffs).toEqual([
      { id: 'support-to-csm', from: { team: 'support', role: 'support-engineer' }, to: { team: 'csm', role: 'csm' }, trigger: 'A P1 ticket on an account flagged at-risk.' },
    ]);
    expect(r.data.dependencies).toEqual([
      { team: 'engineering', expectations: [{ id: 'triage-p1-defects-within-one', expectation: 'Triage P1 defects within one business day.' }] },
    ]);
    expect(r.data.stakeholders).toEqual([{ name: 'Dana Whitfield', title: 'Chief Revenue Officer', executive: true }]);
    expect(out).toMatch(/lint: \d+ problems \(0 errors/);
    expect(out).toMatch(/charter lint .*charter\.yaml/);
    expect(out).toMatch(/charter render .*charter\.yaml/);
  });

  it('skipping every question still writes a valid charter whose gaps are TODOs that lint reports', async () => {
    const r = await interview({ metrics: [[]] });
    expect(r.findings.filter((f) => f.ruleId === 'schema-violation')).toEqual([]);
    expect(r.data.meta.company).toMatch(/^TODO: /);
    expect(r.data.meta.owner.name).toMatch(/^TODO: /);
    expect(r.data.statement.mission).toMatch(/^TODO: /);
    expect(r.data.metrics).toEqual([]);
    expect(r.data.objectives.every((o: { statement: string }) => o.statement.startsWith('TODO: '))).toBe(true);
    expect(r.findings.filter((f) => f.ruleId === 'placeholder-text').length).toBeGreaterThan(5);
    expect(r.findings.some((f) => f.ruleId === 'objective-without-metric')).toBe(true);
    // One objective question was asked, answered blank: no further objective questions.
    expect(asked('objective')).toHaveLength(1);
    expect(asked('objective_horizon')).toHaveLength(0);
  });

  it('asks for renewal, lead and upsell owners only when retention or expansion is chosen', async () => {
    await interview({ function: ['support'], metrics: [[]] });
    expect(asked('renewal_owner')).toHaveLength(0);
    expect(asked('lead_owner')).toHaveLength(0);
    expect(asked('upsell_limit')).toHaveLength(0);
    state.asked = [];
    const r = await interview({
      function: ['csm'],
      charter_types: [['retention', 'expansion']],
      metrics: [[]],
      renewal_owner: ['sales/account-executive'],
      upsell_limit: ['Existing SKUs up to $25,000 ARR'],
    });
    expect(asked('charter_types')[0]!.message).toMatch(/84%.*adoption.*76% retention.*47% expansion/);
    expect(r.data.swim_lanes).toEqual([
      { process: 'renewal', accountable: { team: 'sales', role: 'account-executive' } },
      { process: 'expansion-lead-generation', accountable: { team: 'csm', role: 'csm' } },
      { process: 'upsell', accountable: { team: 'csm', role: 'csm' }, limit: 'Existing SKUs up to $25,000 ARR' },
    ]);
  });

  it('gives feedback on a tagline mission and takes the rewrite', async () => {
    const good = 'Help every customer reach their first business outcome within 45 days of signing.';
    const r = await interview({ mission: ['Customer obsessed. Always.', good], mission_rewrite: [true], metrics: [[]] });
    expect(out).toMatch(/! mission reads like a tagline/);
    expect(asked('mission')).toHaveLength(2);
    expect(asked('mission_rewrite')).toHaveLength(1);
    expect(r.data.statement.mission).toBe(good);
    expect(r.findings.some((f) => f.ruleId.startsWith('mission-'))).toBe(false);
  });

  it('keeps the mission when the user declines to rewrite it (lint then reports it)', async () => {
    const r = await interview({ mission: ['Maximize revenue and grow our ARR across every account.'], mission_rewrite: [false], metrics: [[]] });
    expect(out).toMatch(/! mission speaks for the company/);
    expect(r.data.statement.mission).toBe('Maximize revenue and grow our ARR across every account.');
    expect(r.findings.map((f) => f.ruleId)).toContain('mission-not-customer-focused');
  });

  it('says at once when a target is on the wrong side of the baseline for the direction, and asks again', async () => {
    const r = await interview({ metrics: [['grr']], metric_baseline: ['88'], metric_target: ['80', '92'], metric_target_change: [true] });
    expect(out).toMatch(/! metric 'grr': target 80 vs baseline 88 contradicts direction 'increase' \(the target is below the baseline\); fix the target, the baseline or the direction/);
    expect(asked('metric_target_change')).toHaveLength(1);
    expect(r.data.metrics[0].target.value).toBe(92);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('metric-target-contradicts-direction');
  });

  it('keeps a contradicting target when the user declines to change it (lint still reports it)', async () => {
    const r = await interview({ metrics: [['grr']], metric_baseline: ['88'], metric_target: ['80'], metric_target_change: [false] });
    expect(r.data.metrics[0].target.value).toBe(80);
    expect(r.findings.map((f) => f.ruleId)).toContain('metric-target-contradicts-direction');
  });

  it('asks nothing more when the target agrees with the direction', async () => {
    await interview({ metrics: [['grr']], metric_baseline: ['88'], metric_target: ['92'] });
    expect(asked('metric_target_change')).toHaveLength(0);
    expect(out).not.toMatch(/contradicts direction/);
  });

  it('re-asks a number that is not one', async () => {
    const r = await interview({ metrics: [['grr']], metric_baseline: ['eighty', '88%'], metric_target: [''] });
    expect(out).toMatch(/'eighty' is not a number/);
    expect(r.data.metrics[0].baseline).toEqual({ value: 88, as_of: TODAY });
    expect(r.data.metrics[0].target).toBeUndefined();
  });

  it('uses flags and --preset as the defaults of their questions', async () => {
    const r = await interview({ metrics: [[]] }, { preset: 'onboarding', company: 'Acme', owner: 'Hannah Ivers' });
    expect(r.data.meta.company).toBe('Acme');
    expect(r.data.meta.owner).toEqual({ name: 'Hannah Ivers' });
    expect(r.data.team).toMatchObject({ id: 'onboarding', function: 'onboarding' });
    expect(r.data.charter_types).toEqual(['adoption', 'onboarding']);
  });

  it('--from offers the other charter\'s company as the default and drafts commitments for this team', async () => {
    const dir = tempTree({ 'csm.yaml': stringify(baseCharter()) });
    state.script = { function: ['onboarding'], metrics: [[]] };
    await runInit(options(dir, { from: join(dir, 'csm.yaml') }), io, { today: TODAY });
    expect(asked('company')).toHaveLength(1);
    const d = parse(readFileSync(join(dir, 'charter.yaml'), 'utf8')) as Record<string, any>;
    expect(d.meta.company).toBe('Acme Cloud');
    expect(d.commitments).toEqual([{ to: 'csm', id: 'success-plan-at-handoff', commitment: 'Hand over a success plan at go-live.' }]);
    expect(d.handoffs.map((h: { id: string }) => h.id)).toEqual(['sales-to-onboarding', 'onboarding-to-csm']);
  });

  it('--from names the teams the other charter expects things of when it expects nothing of this one', async () => {
    const dir = tempTree({ 'csm.yaml': stringify(baseCharter()) });
    state.script = { function: ['support'], metrics: [[]] };
    await runInit(options(dir, { from: join(dir, 'csm.yaml') }), io, { today: TODAY });
    expect(out).toMatch(/expects nothing of team 'support' \(it has expectations of: onboarding\)/);
  });

  it('Ctrl-C at a prompt stops with exit code 130 and writes no file', async () => {
    state.script = { mission: [new CharterError('cancelled; no file was written', 130)] };
    const dir = tempTree({});
    await expect(runInit(options(dir), io, { today: TODAY })).rejects.toMatchObject({ exitCode: 130 });
    expect(existsSync(join(dir, 'charter.yaml'))).toBe(false);
  });

  it('refuses to interview without a terminal, before asking anything', async () => {
    const dir = tempTree({});
    await expect(runInit(options(dir), { ...io, stdinIsTTY: false }, { today: TODAY })).rejects.toMatchObject({ exitCode: 2 });
    expect(state.asked).toEqual([]);
  });
});

describe('missionFeedback', () => {
  it('runs the mission rules on the mission alone', () => {
    expect(missionFeedback('Hit our retention and upsell numbers!')).toHaveLength(2);
    expect(missionFeedback('Help every customer translate their business objectives into measurable outcomes and ROI.')).toEqual([]);
  });
});

describe('normalizeInitOptions', () => {
  it('defaults to charter.yaml, the url schema reference, no force', () => {
    expect(normalizeInitOptions(undefined, {})).toEqual({
      file: 'charter.yaml',
      yes: false,
      preset: undefined,
      answers: undefined,
      from: undefined,
      company: undefined,
      team: undefined,
      teamId: undefined,
      types: undefined,
      owner: undefined,
      force: false,
      schema: 'url',
    });
  });

  it('splits --type and trims the text flags', () => {
    const o = normalizeInitOptions('x.yaml', { type: ' retention, expansion ', company: '  Acme ', yes: true, schema: 'local' });
    expect(o).toMatchObject({ file: 'x.yaml', types: ['retention', 'expansion'], company: 'Acme', yes: true, schema: 'local' });
  });

  it('refuses an unknown charter type and a team id that is not kebab-case (exit 2)', () => {
    expect(() => normalizeInitOptions(undefined, { type: 'retention,churn' })).toThrow(/unknown charter type 'churn'/);
    expect(() => normalizeInitOptions(undefined, { type: ',' })).toThrow(/unknown charter type/);
    expect(() => normalizeInitOptions(undefined, { teamId: 'CSM Team' })).toThrow(/--team-id: 'CSM Team' is not an id/);
  });
});
