/**
 * The view model of a rendered charter: the charter's data normalised into a fixed shape (every key
 * present, absent values `null` or `[]`, empty sections `null`), with derived values (risk scores,
 * metric names of objectives, who still has to sign, the content digest). Templates are compiled
 * with Handlebars' `strict` option, so a typo in a template is an error; a fixed shape is what
 * makes that possible. The data may violate the schema (a draft is rendered anyway): every value is
 * read defensively.
 */
import { charterDigest } from '../digest.js';
import { signatureStatuses, type SignatureState } from '../signatures.js';
import type { Finding } from '../model/types.js';
import { isRecord, type Rec } from '../rules/support/util.js';


/** A non-blank string (numbers and booleans written out, lists of scalars joined), or null. */
function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) {
    const parts = v.map(str).filter((s): s is string => s !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

/** A list of non-blank strings; a single string counts as a one-item list. */
function strs(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s): s is string => s !== null);
  const s = str(v);
  return s === null ? [] : [s];
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function recs(v: unknown): Rec[] {
  return Array.isArray(v) ? v.filter(isRecord) : [];
}

function rec(v: unknown): Rec {
  return isRecord(v) ? v : {};
}

function normName(v: string): string {
  return v.trim().replace(/\s+/g, ' ').toLowerCase();
}

function nonEmpty<T>(items: T[]): T[] | null {
  return items.length > 0 ? items : null;
}

/** A TeamRole as text: `csm (csm)` → role, then team in brackets. */
function teamRole(v: unknown): string | null {
  if (!isRecord(v)) return str(v);
  const role = str(v['role']);
  const team = str(v['team']);
  if (role && team) return `${role} (${team})`;
  return role ?? team;
}

function teamRoles(v: unknown): string[] {
  if (isRecord(v)) return strs(teamRole(v));
  return Array.isArray(v) ? v.map(teamRole).filter((s): s is string => s !== null) : [];
}

const LEVELS: Record<string, number> = { 'very-low': 1, low: 2, medium: 3, high: 4, 'very-high': 5 };

function level(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5) return v;
  return typeof v === 'string' ? (LEVELS[v] ?? null) : null;
}

const CHARTER_TYPES: Record<string, string> = {
  adoption: 'Customers use the product and get value from it.',
  retention: 'Renewals and churn prevention.',
  expansion: 'Upsell and cross-sell: lead generation and low-complexity upsell.',
  onboarding: 'From signed contract to go-live and first value.',
  support: 'Reactive problem resolution.',
  outcomes: 'Turning business objectives into ROI.',
  advocacy: 'References, promoters and community.',
  enablement: 'Training and certification.',
  operations: 'CS Ops: process design, tooling and analytics.',
};

/** What a signature's digest says about the content it covers. */
const SIGNED_CONTENT: Record<SignatureState, string> = {
  valid: 'this version',
  stale: 'changed since',
  'other-version': 'another version',
  'no-digest': 'not recorded',
  'bad-digest': 'invalid digest',
};

/** A metric, normalised. */
export interface MetricView {
  id: string | null;
  name: string;
  definition: string | null;
  unit: string | null;
  currency: string | null;
  direction: string | null;
  baseline: { value: number | null; asOf: string | null };
  target: { value: number | null; min: number | null; max: number | null; by: string | null };
  owner: string | null;
  cadence: string | null;
  dataSource: string | null;
}

function metricView(m: Rec, index: number): MetricView {
  const baseline = rec(m['baseline']);
  const target = rec(m['target']);
  return {
    id: str(m['id']),
    name: str(m['name']) ?? str(m['id']) ?? `Metric ${index + 1}`,
    definition: str(m['definition']) ?? str(m['formula']),
    unit: str(m['unit']),
    currency: str(m['currency']),
    direction: str(m['direction']),
    baseline: { value: num(baseline['value']), asOf: str(baseline['as_of']) },
    target: { value: num(target['value']), min: num(target['min']), max: num(target['max']), by: str(target['by']) },
    owner: str(m['owner']),
    cadence: str(m['cadence']),
    dataSource: str(m['data_source']),
  };
}

/** A signer still to sign: printed as an empty "Signature / Date" row. */
export interface UnsignedView {
  name: string;
  title: string | null;
}

/** Options of {@link buildView}. */
export interface ViewOptions {
  /** Stamp DRAFT and list `findings` as open findings. */
  draft?: boolean;
  /** The lint findings of the charter (listed when `draft`). */
  findings?: readonly Finding[];
}

/** Builds the view model of a charter (see the module comment). */
export function buildView(data: Rec, options: ViewOptions = {}) {
  const meta = rec(data['meta']);
  const owner = rec(meta['owner']);
  const team = rec(data['team']);
  const statement = rec(data['statement']);
  const roles = recs(team['roles']);

  const name = (str(meta['name']) ?? str(team['name']) ?? 'Team charter').replace(/[.,;:!。，；：！]+$/u, '') || 'Team charter';
  const title = {
    name,
    company: str(meta['company']),
    team: str(team['name']),
    department: str(meta['department']),
    version: str(meta['version']),
    status: str(meta['status']),
    owner: str(owner['name']),
    ownerTitle: str(owner['title']),
    ownerEmail: str(owner['email']),
    effectiveDate: str(meta['effective_date']),
    lastReviewed: str(meta['last_reviewed']),
    nextReview: str(meta['next_review']),
    reportsTo: str(team['reports_to']),
    segments: strs(team['segments']),
  };

  const mission = str(statement['mission']);
  const vision = str(statement['vision']);
  const why = {
    why: str(statement['why']),
    problems: strs(statement['problems']),
    opportunities: strs(statement['opportunities']),
    consequences: strs(statement['consequences_of_inaction']),
  };

  const skills = rec(data['skills_required']);
  const charterTypes = strs(data['charter_types']).map((type) => ({
    type,
    description: CHARTER_TYPES[type] ?? null,
    skills: strs(skills[type]),
  }));

  const scope = rec(data['scope']);
  const scopeIn = strs(scope['in']);
  const scopeOut = strs(scope['out']);

  const metrics = recs(data['metrics']).map(metricView);
  const cost = isRecord(data['cost_metric']) ? data['cost_metric'] : null;
  const costExempt = cost ? str(cost['exempt_reason']) : null;
  const costMetric = cost && !costExempt && (str(cost['name']) || str(cost['id'])) ? metricView(cost, 0) : null;
  const metricNames = new Map<string, string>();
  for (const m of [...metrics, ...(costMetric ? [costMetric] : [])]) if (m.id) metricNames.set(m.id, m.name);

  const objectives = recs(data['objectives']).map((o) => ({
    statement: str(o['statement']) ?? str(o['id']) ?? '',
    horizon: str(o['horizon']),
    due: str(o['due']),
    owner: str(o['owner']),
    strategyLink: str(o['strategy_link']),
    metrics: strs(o['metrics']).map((id) => metricNames.get(id) ?? id),
  }));

  const roleRows = roles.map((r) => ({
    people: strs(r['people']),
    title: str(r['title']) ?? str(r['id']) ?? '',
    headcount: num(r['headcount']),
    responsibilities: strs(r['responsibilities']),
    skills: strs(r['skills']),
  }));
  const roleTitles = new Map<string, string>();
  for (const r of roles) {
    const id = str(r['id']);
    const t = str(r['title']);
    if (id && t) roleTitles.set(id, t);
  }

  const keyActivities = recs(data['key_activities']).map((a) => ({
    activity: str(a['activity']) ?? '',
    charterType: str(a['charter_type']),
    owner: (() => {
      const id = str(a['owner_role']);
      return id ? (roleTitles.get(id) ?? id) : null;
    })(),
    frequency: str(a['frequency']),
  }));

  const swimLanes = recs(data['swim_lanes']).map((l) => ({
    process: str(l['process']) ?? '',
    segment: strs(l['segment']),
    accountable: teamRole(l['accountable']),
    responsible: teamRoles(l['responsible']),
    consulted: teamRoles(l['consulted']),
    informed: teamRoles(l['informed']),
    limit: [str(l['limit']), str(l['notes'])].filter((s): s is string => s !== null).join(' '),
  }));

  const handoffs = recs(data['handoffs']).map((h) => ({
    id: str(h['id']) ?? '',
    process: str(h['process']),
    from: teamRole(h['from']),
    to: teamRole(h['to']),
    trigger: str(h['trigger']),
    artifacts: strs(h['artifacts']),
    sla: str(h['sla']),
    limit: str(h['limit']),
  }));

  const expectations = recs(data['dependencies']).flatMap((d) => {
    const teamId = str(d['team']) ?? '';
    const list = recs(d['expectations']);
    if (list.length === 0) return [{ team: teamId, expectation: null, process: null, sla: null }];
    return list.map((e) => ({
      team: teamId,
      expectation: str(e['expectation']) ?? str(e['id']),
      process: str(e['process']),
      sla: str(e['sla']),
    }));
  });
  const commitments = recs(data['commitments']).map((c) => ({
    to: str(c['to']) === '*' ? 'All teams' : (str(c['to']) ?? ''),
    commitment: str(c['commitment']) ?? str(c['id']) ?? '',
    process: str(c['process']),
  }));

  const risks = recs(data['risks']).map((r) => {
    const l = level(r['likelihood']);
    const i = level(r['impact']);
    return {
      risk: str(r['risk']) ?? str(r['id']) ?? '',
      likelihood: str(r['likelihood']),
      impact: str(r['impact']),
      score: l !== null && i !== null ? l * i : null,
      mitigation: str(r['mitigation']),
      owner: str(r['owner']),
      status: str(r['status']),
    };
  });

  const roadmap = recs(data['roadmap']).map((r) => ({
    milestone: str(r['milestone']) ?? '',
    due: str(r['due']),
    owner: str(r['owner']),
    status: str(r['status']),
  }));

  const communications = recs(data['communications']).map((c) => ({
    audience: str(c['audience']) ?? '',
    message: str(c['message']) ?? '',
    channel: str(c['channel']),
    cadence: str(c['cadence']),
    owner: str(c['owner']),
  }));

  const principles = recs(data['operating_principles'])
    .map((p) => ({ name: str(p['name']) ?? '', description: str(p['description']) }))
    .filter((p) => p.name !== '' || p.description !== null);

  const governanceRec = rec(data['governance']);
  const review = rec(governanceRec['review']);
  const reporting = rec(governanceRec['reporting']);
  const revisions = recs(meta['revision_history']).map((r) => ({
    version: str(r['version']) ?? '',
    date: str(r['date']),
    author: str(r['author']),
    summary: str(r['summary']),
  }));
  const governance = {
    reviewCadence: str(review['cadence']),
    reviewers: strs(review['reviewers']),
    amendmentProcedure: str(review['amendment_procedure']),
    reportingAudience: str(reporting['audience']),
    reportingCadence: str(reporting['cadence']),
    revisions,
  };
  const governanceEmpty =
    !governance.reviewCadence &&
    governance.reviewers.length === 0 &&
    !governance.amendmentProcedure &&
    !governance.reportingAudience &&
    !governance.reportingCadence &&
    revisions.length === 0;

  const approvals = recs(data['approvals']).map((a) => ({
    name: str(a['name']) ?? '',
    title: str(a['title']),
    department: str(a['department']),
    decision: str(a['decision']),
    date: str(a['date']),
  }));

  const digest = charterDigest(data);
  // What each signature covers, as `charter sign --verify` reports it.
  const states = new Map(signatureStatuses(data).map((st) => [st.index, st.state]));
  const signatureList = Array.isArray(data['signatures']) ? (data['signatures'] as unknown[]) : [];
  const signed = signatureList.flatMap((s, index) => {
    if (!isRecord(s) || str(s['name']) === null) return [];
    return [
      {
        name: str(s['name'])!,
        title: str(s['title']),
        role: str(s['role']),
        date: str(s['date']),
        version: str(s['version']),
        content: SIGNED_CONTENT[states.get(index) ?? 'no-digest'],
      },
    ];
  });
  const signedNames = new Set(
    recs(data['signatures'])
      .filter((s) => str(s['date']) !== null && typeof s['name'] === 'string')
      .map((s) => normName(s['name'] as string)),
  );
  const unsigned: UnsignedView[] = [];
  const seen = new Set<string>();
  const addUnsigned = (n: string | null, t: string | null) => {
    if (!n) return;
    const key = normName(n);
    if (seen.has(key) || signedNames.has(key)) return;
    seen.add(key);
    unsigned.push({ name: n, title: t });
  };
  for (const s of recs(data['stakeholders'])) addUnsigned(str(s['name']), str(s['title']));
  addUnsigned(title.owner, title.ownerTitle);
  for (const r of roles) for (const p of strs(r['people'])) addUnsigned(p, str(r['title']));

  const findings = options.draft ? [...(options.findings ?? [])] : [];
  const draft = options.draft
    ? {
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        infos: findings.filter((f) => f.severity === 'info').length,
      }
    : null;

  return {
    title,
    draft,
    mission: mission || vision ? { mission, vision } : null,
    why: why.why || why.problems.length || why.opportunities.length || why.consequences.length ? why : null,
    charterTypes: nonEmpty(charterTypes),
    scope: scopeIn.length || scopeOut.length ? { in: scopeIn, out: scopeOut } : null,
    objectives: nonEmpty(objectives),
    metrics: nonEmpty(metrics),
    costMetric: costMetric || costExempt ? { metric: costMetric, exemptReason: costExempt } : null,
    team: roleRows.length > 0 ? { roles: roleRows } : null,
    keyActivities: nonEmpty(keyActivities),
    swimLanes: nonEmpty(swimLanes),
    handoffs: nonEmpty(handoffs),
    dependencies: expectations.length || commitments.length ? { expectations, commitments } : null,
    risks: nonEmpty(risks),
    roadmap: nonEmpty(roadmap),
    communications: nonEmpty(communications),
    principles: nonEmpty(principles),
    governance: governanceEmpty ? null : governance,
    approvals: nonEmpty(approvals),
    signatures: signed.length || unsigned.length ? { digest, signed, unsigned } : null,
    findings: options.draft
      ? {
          items: findings.map((f) => ({
            line: f.range.start.line,
            column: f.range.start.column,
            severity: f.severity,
            ruleId: f.ruleId,
            message: f.message,
          })),
        }
      : null,
  };
}

/** The view model of a charter. */
export type CharterView = ReturnType<typeof buildView>;
