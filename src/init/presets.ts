import type { CharterType, TeamFunction } from '../generated/charter.js';

/** The presets `charter init --preset` knows, one per CS function (Gainsight: one charter per function). */
export const PRESET_NAMES = ['csm', 'onboarding', 'support', 'renewals', 'cs-ops'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** An inbound hand-off a preset proposes: the team and role that hands customers over. */
export interface HandoffTemplate {
  id: string;
  process: string;
  from: { team: string; role: string };
}

/** A starting point for one function: team, charter types, roles, hand-offs and the cost metric. */
export interface Preset {
  name: PresetName;
  /** What `--help` and the interview show. */
  label: string;
  function: TeamFunction;
  teamId: string;
  teamName: string;
  charterTypes: CharterType[];
  /** The lead role first, then the role that does the work (the default accountable role of the swim lanes). */
  roles: Array<{ id: string; title: string }>;
  inbound?: HandoffTemplate;
  costMetric: string;
}

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  csm: {
    name: 'csm',
    label: 'Customer Success Management (adoption, retention, expansion)',
    function: 'customer-success',
    teamId: 'csm',
    teamName: 'Customer Success Management',
    charterTypes: ['adoption', 'retention', 'expansion'],
    roles: [
      { id: 'cs-leader', title: 'Head of Customer Success' },
      { id: 'csm', title: 'Customer Success Manager' },
    ],
    inbound: { id: 'onboarding-to-csm', process: 'adoption-management', from: { team: 'onboarding', role: 'onboarding-manager' } },
    costMetric: 'cs-cost-ratio',
  },
  onboarding: {
    name: 'onboarding',
    label: 'Onboarding (onboarding, adoption)',
    function: 'onboarding',
    teamId: 'onboarding',
    teamName: 'Onboarding',
    charterTypes: ['onboarding', 'adoption'],
    roles: [
      { id: 'onboarding-lead', title: 'Head of Onboarding' },
      { id: 'onboarding-manager', title: 'Onboarding Manager' },
    ],
    inbound: { id: 'sales-to-onboarding', process: 'sales-handoff', from: { team: 'sales', role: 'account-executive' } },
    costMetric: 'cs-cost-ratio',
  },
  support: {
    name: 'support',
    label: 'Customer Support (support)',
    function: 'support',
    teamId: 'support',
    teamName: 'Customer Support',
    charterTypes: ['support'],
    roles: [
      { id: 'support-manager', title: 'Support Manager' },
      { id: 'support-engineer', title: 'Support Engineer' },
    ],
    costMetric: 'cost-per-ticket',
  },
  renewals: {
    name: 'renewals',
    label: 'Renewals (retention, expansion)',
    function: 'renewals',
    teamId: 'renewals',
    teamName: 'Renewals',
    charterTypes: ['retention', 'expansion'],
    roles: [
      { id: 'renewals-lead', title: 'Head of Renewals' },
      { id: 'renewal-manager', title: 'Renewal Manager' },
    ],
    costMetric: 'cs-cost-ratio',
  },
  'cs-ops': {
    name: 'cs-ops',
    label: 'Customer Success Operations (operations)',
    function: 'cs-operations',
    teamId: 'cs-ops',
    teamName: 'Customer Success Operations',
    charterTypes: ['operations'],
    roles: [
      { id: 'cs-ops-lead', title: 'Head of CS Operations' },
      { id: 'cs-ops-analyst', title: 'CS Operations Analyst' },
    ],
    costMetric: 'cs-cost-ratio',
  },
};

/** What each charter type brings by default: catalogue metrics (format.md §4) and the processes it owns (§3.5). */
export const TYPE_DEFAULTS: Readonly<Record<CharterType, { metrics: string[]; processes: string[] }>> = {
  adoption: { metrics: ['license-utilization', 'product-adoption-rate'], processes: ['adoption-management'] },
  retention: { metrics: ['grr', 'nrr'], processes: ['renewal'] },
  expansion: { metrics: ['expansion-rate', 'csql-count'], processes: ['expansion-lead-generation', 'upsell'] },
  onboarding: { metrics: ['time-to-first-value', 'onboarding-completion-rate'], processes: ['onboarding'] },
  support: {
    metrics: ['first-response-time', 'time-to-resolution', 'csat'],
    processes: ['support-case-resolution', 'escalation-management'],
  },
  outcomes: { metrics: ['customer-health-score'], processes: ['business-reviews'] },
  advocacy: { metrics: ['nps'], processes: ['advocacy'] },
  enablement: { metrics: [], processes: ['training'] },
  operations: { metrics: ['arr-per-csm'], processes: ['health-scoring'] },
};

/** Every charter type, in the order TSIA and Gainsight introduce them. */
export const CHARTER_TYPES: readonly CharterType[] = [
  'adoption',
  'retention',
  'expansion',
  'onboarding',
  'support',
  'outcomes',
  'advocacy',
  'enablement',
  'operations',
];

/** The preset of a team function, if there is one. */
export function presetForFunction(fn: string | undefined): Preset | undefined {
  return Object.values(PRESETS).find((p) => p.function === fn);
}

export function isPresetName(v: string): v is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(v);
}
