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
import { isRecord, list, normName, num, record, recordItems, shownText, shownTexts, type Rec } from '../model/read.js';

/** A value as shown, or null: the view model writes an absent value as null (a fixed shape). */
function shown(v: unknown): string | null {
  return shownText(v) ?? null;
}

/** A finite number, or null. */
function numOrNull(v: unknown): number | null {
  return num(v) ?? null;
}

function nonEmpty<T>(items: T[]): T[] | null {
  return items.length > 0 ? items : null;
}

/** A TeamRole as text: `csm (csm)` → role, then team in brackets. */
function teamRole(v: unknown): string | null {
  if (!isRecord(v)) return shown(v);
  const role = shown(v['role']);
  const team = shown(v['team']);
  if (role && team) return `${role} (${team})`;
  return role ?? team;
}

function teamRoles(v: unknown): string[] {
  if (isRecord(v)) return shownTexts(teamRole(v));
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
  const baseline = record(m['baseline']);
  const target = record(m['target']);
  return {
    id: shown(m['id']),
    name: shown(m['name']) ?? shown(m['id']) ?? `Metric ${index + 1}`,
    definition: shown(m['definition']) ?? shown(m['formula']),
    unit: shown(m['unit']),
    currency: shown(m['currency']),
    direction: shown(m['direction']),
    baseline: { value: numOrNull(baseline['value']), asOf: shown(baseline['as_of']) },
    target: { value: numOrNull(target['value']), min: numOrNull(target['min']), max: numOrNull(target['max']), by: shown(target['by']) },
    owner: shown(m['owner']),
    cadence: shown(m['cadence']),
    dataSource: shown(m['data_source']),
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

/**
 * Builds the view model of a charter (see the module comment). Each part is built by the function
 * named after the template partial that prints it (`templates/<format>/<partial>.hbs`).
 */
export function buildView(data: Rec, options: ViewOptions = {}) {
  const title = titleView(data);
  const metrics = metricsView(data);
  const costMetric = costMetricView(data);
  const metricNames = new Map<string, string>();
  for (const m of [...(metrics ?? []), ...(costMetric?.metric ? [costMetric.metric] : [])]) if (m.id) metricNames.set(m.id, m.name);
  const roles = recordItems(record(data['team'])['roles']);
  return {
    title,
    draft: draftBannerView(options),
    mission: missionView(data),
    why: whyView(data),
    charterTypes: charterTypesView(data),
    scope: scopeView(data),
    objectives: objectivesView(data, metricNames),
    metrics,
    costMetric,
    team: teamView(roles),
    keyActivities: keyActivitiesView(data, roles),
    swimLanes: swimLanesView(data),
    handoffs: handoffsView(data),
    dependencies: dependenciesView(data),
    risks: risksView(data),
    roadmap: roadmapView(data),
    communications: communicationsView(data),
    principles: principlesView(data),
    governance: governanceView(data),
    approvals: approvalsView(data),
    signatures: signaturesView(data, title, roles),
    findings: openFindingsView(options),
  };
}

/** title.hbs: the charter's name, company, team, version, status, owner and dates. */
function titleView(data: Rec) {
  const meta = record(data['meta']);
  const owner = record(meta['owner']);
  const team = record(data['team']);
  const name = (shown(meta['name']) ?? shown(team['name']) ?? 'Team charter').replace(/[.,;:!。，；：！]+$/u, '') || 'Team charter';
  return {
    name,
    company: shown(meta['company']),
    team: shown(team['name']),
    department: shown(meta['department']),
    version: shown(meta['version']),
    status: shown(meta['status']),
    owner: shown(owner['name']),
    ownerTitle: shown(owner['title']),
    ownerEmail: shown(owner['email']),
    effectiveDate: shown(meta['effective_date']),
    lastReviewed: shown(meta['last_reviewed']),
    nextReview: shown(meta['next_review']),
    reportsTo: shown(team['reports_to']),
    segments: shownTexts(team['segments']),
  };
}

/** draft-banner.hbs: the DRAFT stamp with the counts of open findings (null unless `draft`). */
function draftBannerView(options: ViewOptions) {
  if (!options.draft) return null;
  const findings = options.findings ?? [];
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
}

/** open-findings.hbs: the lint findings listed in a draft (null unless `draft`). */
function openFindingsView(options: ViewOptions) {
  if (!options.draft) return null;
  return {
    items: (options.findings ?? []).map((f) => ({
      line: f.range.start.line,
      column: f.range.start.column,
      severity: f.severity,
      ruleId: f.ruleId,
      message: f.message,
    })),
  };
}

/** mission.hbs: mission and vision. */
function missionView(data: Rec) {
  const statement = record(data['statement']);
  const mission = shown(statement['mission']);
  const vision = shown(statement['vision']);
  return mission || vision ? { mission, vision } : null;
}

/** why.hbs: why the team matters, the problems, opportunities and consequences of inaction. */
function whyView(data: Rec) {
  const statement = record(data['statement']);
  const why = {
    why: shown(statement['why']),
    problems: shownTexts(statement['problems']),
    opportunities: shownTexts(statement['opportunities']),
    consequences: shownTexts(statement['consequences_of_inaction']),
  };
  return why.why || why.problems.length || why.opportunities.length || why.consequences.length ? why : null;
}

/** charter-types.hbs: each charter type with its description and the skills it requires. */
function charterTypesView(data: Rec) {
  const skills = record(data['skills_required']);
  return nonEmpty(
    shownTexts(data['charter_types']).map((type) => ({
      type,
      description: CHARTER_TYPES[type] ?? null,
      skills: shownTexts(skills[type]),
    })),
  );
}

/** scope.hbs: in and out of scope. */
function scopeView(data: Rec) {
  const scope = record(data['scope']);
  const scopeIn = shownTexts(scope['in']);
  const scopeOut = shownTexts(scope['out']);
  return scopeIn.length || scopeOut.length ? { in: scopeIn, out: scopeOut } : null;
}

/** metrics.hbs: the metrics. */
function metricsView(data: Rec) {
  return nonEmpty(recordItems(data['metrics']).map(metricView));
}

/** cost-metric.hbs: the cost metric, or why none fits. */
function costMetricView(data: Rec) {
  const cost = isRecord(data['cost_metric']) ? data['cost_metric'] : null;
  const exemptReason = cost ? shown(cost['exempt_reason']) : null;
  const metric = cost && !exemptReason && (shown(cost['name']) || shown(cost['id'])) ? metricView(cost, 0) : null;
  return metric || exemptReason ? { metric, exemptReason } : null;
}

/** objectives.hbs: objectives, with the names of the metrics that measure them. */
function objectivesView(data: Rec, metricNames: ReadonlyMap<string, string>) {
  return nonEmpty(
    recordItems(data['objectives']).map((o) => ({
      statement: shown(o['statement']) ?? shown(o['id']) ?? '',
      horizon: shown(o['horizon']),
      due: shown(o['due']),
      owner: shown(o['owner']),
      strategyLink: shown(o['strategy_link']),
      metrics: shownTexts(o['metrics']).map((id) => metricNames.get(id) ?? id),
    })),
  );
}

/** team.hbs: roles with their people, headcount, responsibilities and skills. */
function teamView(roles: readonly Rec[]) {
  const rows = roles.map((r) => ({
    people: shownTexts(r['people']),
    title: shown(r['title']) ?? shown(r['id']) ?? '',
    headcount: numOrNull(r['headcount']),
    responsibilities: shownTexts(r['responsibilities']),
    skills: shownTexts(r['skills']),
  }));
  return rows.length > 0 ? { roles: rows } : null;
}

/** key-activities.hbs: activities, their owners as role titles. */
function keyActivitiesView(data: Rec, roles: readonly Rec[]) {
  const roleTitles = new Map<string, string>();
  for (const r of roles) {
    const id = shown(r['id']);
    const t = shown(r['title']);
    if (id && t) roleTitles.set(id, t);
  }
  return nonEmpty(
    recordItems(data['key_activities']).map((a) => {
      const ownerRole = shown(a['owner_role']);
      return {
        activity: shown(a['activity']) ?? '',
        charterType: shown(a['charter_type']),
        owner: ownerRole ? (roleTitles.get(ownerRole) ?? ownerRole) : null,
        frequency: shown(a['frequency']),
      };
    }),
  );
}

/** swim-lanes.hbs: who is accountable, responsible, consulted and informed for each process. */
function swimLanesView(data: Rec) {
  return nonEmpty(
    recordItems(data['swim_lanes']).map((l) => ({
      process: shown(l['process']) ?? '',
      segment: shownTexts(l['segment']),
      accountable: teamRole(l['accountable']),
      responsible: teamRoles(l['responsible']),
      consulted: teamRoles(l['consulted']),
      informed: teamRoles(l['informed']),
      limit: [shown(l['limit']), shown(l['notes'])].filter((s): s is string => s !== null).join(' '),
    })),
  );
}

/** handoffs.hbs: hand-offs between teams. */
function handoffsView(data: Rec) {
  return nonEmpty(
    recordItems(data['handoffs']).map((h) => ({
      id: shown(h['id']) ?? '',
      process: shown(h['process']),
      from: teamRole(h['from']),
      to: teamRole(h['to']),
      trigger: shown(h['trigger']),
      artifacts: shownTexts(h['artifacts']),
      sla: shown(h['sla']),
      limit: shown(h['limit']),
    })),
  );
}

/** dependencies.hbs: what this team expects of others, and what it commits to. */
function dependenciesView(data: Rec) {
  const expectations = recordItems(data['dependencies']).flatMap((d) => {
    const teamId = shown(d['team']) ?? '';
    const list = recordItems(d['expectations']);
    if (list.length === 0) return [{ team: teamId, expectation: null, process: null, sla: null }];
    return list.map((e) => ({
      team: teamId,
      expectation: shown(e['expectation']) ?? shown(e['id']),
      process: shown(e['process']),
      sla: shown(e['sla']),
    }));
  });
  const commitments = recordItems(data['commitments']).map((c) => ({
    to: shown(c['to']) === '*' ? 'All teams' : (shown(c['to']) ?? ''),
    commitment: shown(c['commitment']) ?? shown(c['id']) ?? '',
    process: shown(c['process']),
  }));
  return expectations.length || commitments.length ? { expectations, commitments } : null;
}

/** risks.hbs: risks with their score (likelihood × impact). */
function risksView(data: Rec) {
  return nonEmpty(
    recordItems(data['risks']).map((r) => {
      const l = level(r['likelihood']);
      const i = level(r['impact']);
      return {
        risk: shown(r['risk']) ?? shown(r['id']) ?? '',
        likelihood: shown(r['likelihood']),
        impact: shown(r['impact']),
        score: l !== null && i !== null ? l * i : null,
        mitigation: shown(r['mitigation']),
        owner: shown(r['owner']),
        status: shown(r['status']),
      };
    }),
  );
}

/** roadmap.hbs: milestones. */
function roadmapView(data: Rec) {
  return nonEmpty(
    recordItems(data['roadmap']).map((r) => ({
      milestone: shown(r['milestone']) ?? '',
      due: shown(r['due']),
      owner: shown(r['owner']),
      status: shown(r['status']),
    })),
  );
}

/** communications.hbs: the communication plan. */
function communicationsView(data: Rec) {
  return nonEmpty(
    recordItems(data['communications']).map((c) => ({
      audience: shown(c['audience']) ?? '',
      message: shown(c['message']) ?? '',
      channel: shown(c['channel']),
      cadence: shown(c['cadence']),
      owner: shown(c['owner']),
    })),
  );
}

/** principles.hbs: operating principles. */
function principlesView(data: Rec) {
  return nonEmpty(
    recordItems(data['operating_principles'])
      .map((p) => ({ name: shown(p['name']) ?? '', description: shown(p['description']) }))
      .filter((p) => p.name !== '' || p.description !== null),
  );
}

/** governance.hbs: review and reporting, and the revision history. */
function governanceView(data: Rec) {
  const governance = record(data['governance']);
  const review = record(governance['review']);
  const reporting = record(governance['reporting']);
  const revisions = recordItems(record(data['meta'])['revision_history']).map((r) => ({
    version: shown(r['version']) ?? '',
    date: shown(r['date']),
    author: shown(r['author']),
    summary: shown(r['summary']),
  }));
  const view = {
    reviewCadence: shown(review['cadence']),
    reviewers: shownTexts(review['reviewers']),
    amendmentProcedure: shown(review['amendment_procedure']),
    reportingAudience: shown(reporting['audience']),
    reportingCadence: shown(reporting['cadence']),
    revisions,
  };
  const empty =
    !view.reviewCadence &&
    view.reviewers.length === 0 &&
    !view.amendmentProcedure &&
    !view.reportingAudience &&
    !view.reportingCadence &&
    revisions.length === 0;
  return empty ? null : view;
}

/** approvals.hbs: approvals and their decisions. */
function approvalsView(data: Rec) {
  return nonEmpty(
    recordItems(data['approvals']).map((a) => ({
      name: shown(a['name']) ?? '',
      title: shown(a['title']),
      department: shown(a['department']),
      decision: shown(a['decision']),
      date: shown(a['date']),
    })),
  );
}

/**
 * signatures.hbs: the content digest, the signatures with what each covers (as `charter sign
 * --verify` reports it), and an empty row for each stakeholder, the owner and each team member who
 * has not signed yet.
 */
function signaturesView(data: Rec, title: { owner: string | null; ownerTitle: string | null }, roles: readonly Rec[]) {
  const digest = charterDigest(data);
  const states = new Map(signatureStatuses(data).map((st) => [st.index, st.state]));
  const signed = list(data['signatures']).flatMap((s, index) => {
    if (!isRecord(s) || shown(s['name']) === null) return [];
    return [
      {
        name: shown(s['name'])!,
        title: shown(s['title']),
        role: shown(s['role']),
        date: shown(s['date']),
        version: shown(s['version']),
        content: SIGNED_CONTENT[states.get(index) ?? 'no-digest'],
      },
    ];
  });
  const signedNames = new Set(
    recordItems(data['signatures'])
      .filter((s) => shown(s['date']) !== null && typeof s['name'] === 'string')
      .map((s) => normName(s['name'])),
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
  for (const s of recordItems(data['stakeholders'])) addUnsigned(shown(s['name']), shown(s['title']));
  addUnsigned(title.owner, title.ownerTitle);
  for (const r of roles) for (const p of shownTexts(r['people'])) addUnsigned(p, shown(r['title']));
  return signed.length || unsigned.length ? { digest, signed, unsigned } : null;
}

/** The view model of a charter. */
export type CharterView = ReturnType<typeof buildView>;
