/**
 * A complete charter that every rule accepts (as of AS_OF). Rule tests start from a copy and
 * change one thing, so each case shows exactly what makes a rule fire.
 */
export const AS_OF = '2026-11-22';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;

const BASE: Data = {
  charter: 1,
  meta: {
    id: 'csm-charter',
    name: 'Customer Success Management Charter',
    company: 'Acme Cloud',
    department: 'Customer Success',
    version: '2.0',
    status: 'active',
    owner: { name: 'Maya Okafor', title: 'Director, Customer Success' },
    effective_date: '2026-07-01',
    last_reviewed: '2026-06-15',
    next_review: '2027-01-15',
    revision_history: [{ version: '2.0', date: '2026-06-15', author: 'Maya Okafor', summary: 'Split renewals by segment.' }],
  },
  team: {
    id: 'csm',
    name: 'Customer Success Management',
    function: 'customer-success',
    segments: ['mid-market', 'enterprise'],
    roles: [
      {
        id: 'csm',
        title: 'Customer Success Manager',
        headcount: 2,
        people: ['Jonah Reyes', 'Aiko Tanaka'],
        responsibilities: ['Run business reviews that document outcomes against the success plan.'],
      },
    ],
  },
  statement: {
    mission:
      'Help every customer translate their business objectives into measurable outcomes, so they renew and grow with confidence.',
    vision: 'Every customer can point to a documented outcome at renewal.',
    why: 'Recurring revenue depends on customers realizing value after go-live.',
    problems: ['Renewal ownership was unclear.'],
    opportunities: ['CSM-sourced expansion in accounts that see value.'],
    consequences_of_inaction: ['Retention stays flat.'],
  },
  charter_types: ['retention', 'expansion', 'adoption'],
  scope: { in: ['Mid-market renewals.'], out: ['Break/fix support.'] },
  objectives: [
    {
      id: 'protect-base',
      statement: 'Raise gross revenue retention from 88% to 91%.',
      horizon: 'medium',
      due: '2027-12-31',
      strategy_link: 'FY27 goal 2: durable recurring revenue',
      owner: 'Maya Okafor',
      metrics: ['grr', 'license-utilization'],
    },
    {
      id: 'grow-base',
      statement: 'Lift net revenue retention to 110%.',
      horizon: 'long',
      strategy_link: 'FY27 goal 3: efficient growth',
      owner: 'Maya Okafor',
      metrics: ['nrr'],
    },
  ],
  metrics: [
    {
      id: 'grr',
      name: 'Gross revenue retention',
      catalog: 'grr',
      definition: 'ARR retained from the starting cohort, excluding expansion; trailing 12 months.',
      unit: 'percent',
      direction: 'increase',
      baseline: { value: 88, as_of: '2026-06-30' },
      target: { value: 91, by: '2027-12-31' },
      owner: 'Maya Okafor',
      cadence: 'monthly',
      data_source: 'Salesforce ARR snapshots',
    },
    {
      id: 'nrr',
      name: 'Net revenue retention',
      catalog: 'nrr',
      definition: 'ARR of the starting cohort including expansion, over ARR at start; trailing 12 months.',
      unit: 'percent',
      direction: 'increase',
      baseline: { value: 104, as_of: '2026-06-30' },
      target: { value: 110, by: '2028-12-31' },
      owner: 'Maya Okafor',
      cadence: 'monthly',
      data_source: 'Salesforce ARR snapshots',
    },
    {
      id: 'license-utilization',
      name: 'License utilization',
      catalog: 'license-utilization',
      definition: 'Active users in the last 30 days over licensed seats.',
      unit: 'percent',
      direction: 'increase',
      baseline: { value: 62, as_of: '2026-06-30' },
      target: { value: 75, by: '2027-06-30' },
      owner: 'Aiko Tanaka',
      cadence: 'monthly',
      data_source: 'Product analytics',
    },
  ],
  cost_metric: {
    id: 'cs-cost-ratio',
    name: 'CS cost as % of ARR',
    catalog: 'cs-cost-ratio',
    definition: 'Fully loaded CSM cost over ARR managed.',
    unit: 'percent',
    direction: 'decrease',
    baseline: { value: 9, as_of: '2026-06-30' },
    target: { value: 8, by: '2027-12-31' },
    owner: 'Maya Okafor',
    cadence: 'quarterly',
    data_source: 'Finance cost model',
  },
  swim_lanes: [
    { process: 'renewal', segment: ['mid-market'], accountable: { team: 'csm', role: 'csm' } },
    { process: 'renewal', segment: ['enterprise'], accountable: { team: 'sales', role: 'account-executive' } },
    { process: 'expansion-lead-generation', accountable: { team: 'csm', role: 'csm' } },
    { process: 'upsell', accountable: { team: 'csm', role: 'csm' }, limit: 'Existing SKUs only, up to $25,000 ARR.' },
  ],
  handoffs: [
    {
      id: 'onboarding-to-csm',
      process: 'onboarding',
      from: { team: 'onboarding', role: 'onboarding-manager' },
      to: { team: 'csm', role: 'csm' },
      trigger: 'Go-live signed off and first value milestone reached.',
    },
  ],
  dependencies: [
    {
      team: 'onboarding',
      expectations: [{ id: 'success-plan-at-handoff', expectation: 'Hand over a success plan at go-live.' }],
    },
  ],
  commitments: [{ to: 'onboarding', id: 'accept-handoff-2-days', commitment: 'Accept the hand-off within 2 days.' }],
  risks: [
    {
      id: 'renewal-gap',
      risk: 'Enterprise renewals slip.',
      likelihood: 'medium',
      impact: 'high',
      mitigation: 'Segment-based renewal lanes.',
      owner: 'Maya Okafor',
    },
  ],
  roadmap: [{ milestone: 'Renewal lanes live in CRM.', due: '2026-12-31', owner: 'Maya Okafor', status: 'planned' }],
  communications: [{ audience: 'Sales leadership', message: 'Renewal pipeline.', cadence: 'monthly', owner: 'Maya Okafor' }],
  operating_principles: [{ name: 'Outcomes over activity' }],
  skills_required: {
    retention: ['renewal negotiation'],
    expansion: ['CSQL qualification'],
    adoption: ['usage analytics'],
  },
  stakeholders: [
    { name: 'Dana Whitfield', title: 'Chief Revenue Officer', executive: true },
    { name: 'Hannah Ivers', title: 'Director, Onboarding', executive: false },
  ],
  governance: { review: { cadence: 'semiannual', reviewers: ['Maya Okafor'] } },
  approvals: [{ name: 'Dana Whitfield', title: 'Chief Revenue Officer', decision: 'approved', date: '2026-06-20' }],
  signatures: [
    { name: 'Dana Whitfield', title: 'Chief Revenue Officer', role: 'approver', date: '2026-06-20', version: '2.0' },
    { name: 'Jonah Reyes', role: 'team-member', date: '2026-06-21', version: '2.0' },
    { name: 'Aiko Tanaka', role: 'team-member', date: '2026-06-21', version: '2.0' },
  ],
};

/** A fresh deep copy of the clean base charter. */
export function baseCharter(): Data {
  return structuredClone(BASE);
}

/** The base charter after `edit` has changed it. */
export function charterWith(edit: (c: Data) => void): Data {
  const c = baseCharter();
  edit(c);
  return c;
}
