import { findKpi, SKILLS } from '../catalog.js';
import { addMonths } from '../dates.js';
import { slug } from '../model/read.js';
import type { Answers, MetricAnswer, TeamRoleAnswer } from './answers.js';
import { PRESETS, TYPE_DEFAULTS, presetForFunction, type Preset, type PresetName } from './presets.js';

/** A value still to be written by the user: `lint` reports it as `placeholder-text`. */
export function todo(what: string): string {
  return `TODO: ${what}`;
}

/** What `buildCharter` needs besides the answers. */
export interface BuildContext {
  /** The preset chosen with `--preset` (otherwise taken from the answered function, else `csm`). */
  preset?: PresetName;
  /** Today's date (YYYY-MM-DD): the default effective date and baseline date. */
  today: string;
}

/** A comment to attach above a node of the built charter (a gap that has no TODO text of its own). */
export interface PathComment {
  path: Array<string | number>;
  comment: string;
}

/** The charter data, keys in the order of format.md, and the comments to write with it. */
export interface BuiltCharter {
  data: Record<string, unknown>;
  comments: PathComment[];
  preset: Preset;
}

const REVIEW_MONTHS: Record<string, number> = { annual: 12, semiannual: 6, quarterly: 3 };
const METRIC_KEYS = [
  'id', 'name', 'catalog', 'kind', 'definition', 'formula', 'unit', 'currency', 'scale', 'direction',
  'baseline', 'target', 'owner', 'cadence', 'data_source', 'charter_types', 'segment',
];
const KINDS = new Set(['leading', 'lagging', 'activity', 'cost']);

/** `team/role` or `{team, role}` → `{team, role}`; a bare `role` means a role of this team. */
export function parseTeamRole(v: TeamRoleAnswer | undefined, ownTeam: string): { team: string; role: string } | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'object') return { team: v.team, role: v.role };
  const s = v.trim();
  if (s === '') return undefined;
  const i = s.indexOf('/');
  return i < 0 ? { team: ownTeam, role: s } : { team: s.slice(0, i).trim(), role: s.slice(i + 1).trim() };
}

function ordered(obj: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  for (const [k, v] of Object.entries(obj)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** A metric from a catalogue id or a partial metric: definition, unit, direction, kind and cadence come from the catalogue. */
export function buildMetric(answer: MetricAnswer, today: string): { metric: Record<string, unknown>; gaps: string[] } {
  const a: Record<string, unknown> = typeof answer === 'string' ? { catalog: answer } : { ...answer };
  const kpi = findKpi(a['catalog']) ?? (a['catalog'] === undefined ? findKpi(a['id']) : undefined);
  const m: Record<string, unknown> = { ...a };
  m['id'] = a['id'] ?? kpi?.id ?? slug(String(a['name'] ?? 'metric'));
  m['name'] = a['name'] ?? kpi?.name ?? todo('metric name');
  if (kpi) m['catalog'] = a['catalog'] ?? kpi.id;
  if (a['kind'] === undefined && kpi && KINDS.has(kpi.kind)) m['kind'] = kpi.kind;
  m['definition'] = a['definition'] ?? kpi?.definition ?? todo('how it is calculated: numerator, denominator, cohort, window');
  m['unit'] = a['unit'] ?? kpi?.units[0];
  if (m['unit'] === 'currency' && a['currency'] === undefined) m['currency'] = 'TBD';
  m['direction'] = a['direction'] ?? kpi?.direction ?? (kpi ? 'maintain' : undefined);
  const b = a['baseline'];
  if (typeof b === 'number') m['baseline'] = { value: b, as_of: today };
  const t = a['target'];
  if (typeof t === 'number') m['target'] = { value: t, by: addMonths(today, 12) };
  m['owner'] = a['owner'] ?? todo('who is accountable for this metric');
  m['cadence'] = a['cadence'] ?? kpi?.cadence;
  m['data_source'] = a['data_source'] ?? todo('system of record');
  const gaps: string[] = [];
  if (m['baseline'] === undefined) gaps.push('baseline {value, as_of}');
  if (m['target'] === undefined) gaps.push(m['direction'] === 'maintain' ? 'target {min, max, by}' : 'target {value, by}');
  return { metric: ordered(m, METRIC_KEYS), gaps };
}

function gapComment(gaps: string[]): string {
  return ` TODO: add ${gaps.join(' and ')} (numbers, so they cannot be TODO text)`;
}

/**
 * Builds a charter from answers. Nothing is invented: an unanswered text becomes a `TODO` marker
 * (`placeholder-text`), an unanswered number is left out with a TODO comment (`metric-without-target`,
 * `metric-incomplete`), an unanswered list stays empty (the rule for that section reports it).
 * Suggestions that format.md calls defaults (catalogue metrics, swim lanes and skills per charter
 * type, the preset's roles) are filled in.
 */
export function buildCharter(answers: Answers, ctx: BuildContext): BuiltCharter {
  const preset = ctx.preset ? PRESETS[ctx.preset] : (presetForFunction(answers.function) ?? PRESETS.csm);
  const comments: PathComment[] = [];
  const teamName = answers.team ?? preset.teamName;
  const teamId = answers.team_id ?? (answers.team ? slug(answers.team, 4) : preset.teamId);
  const types = unique(answers.charter_types && answers.charter_types.length > 0 ? answers.charter_types : preset.charterTypes);

  const owner =
    typeof answers.owner === 'string'
      ? { name: answers.owner }
      : answers.owner
        ? ordered({ ...answers.owner }, ['name', 'title', 'email'])
        : { name: todo('charter owner'), title: todo('owner title') };
  const ownerName = typeof owner['name'] === 'string' && !owner['name'].startsWith('TODO') ? owner['name'] : undefined;

  const reviewCadence = answers.review_cadence ?? 'annual';
  const effective = answers.effective_date ?? ctx.today;
  const meta = ordered(
    {
      id: answers.charter_id ?? `${teamId}-charter`,
      name: answers.charter_name ?? `${teamName} Charter`,
      company: answers.company ?? todo('company name'),
      department: answers.department,
      version: answers.version ?? '0.1',
      status: answers.status ?? 'draft',
      owner,
      effective_date: effective,
      last_reviewed: answers.last_reviewed,
      next_review: answers.next_review ?? addMonths(answers.last_reviewed ?? effective, REVIEW_MONTHS[reviewCadence] ?? 12),
      parent_charter: answers.parent_charter,
      revision_history: answers.revision_history,
    },
    [],
  );

  const roles = (
    answers.roles && answers.roles.length > 0
      ? answers.roles
      : preset.roles.map((r) => ({ ...r, responsibilities: [todo(`main responsibilities of the ${r.title}`)] }))
  ).map((r) =>
    ordered({ ...r, id: r['id'] ?? slug(String(r['title'] ?? 'role'), 4) }, ['id', 'title', 'headcount', 'people', 'responsibilities', 'skills']),
  );
  const workRole = String((roles[1] ?? roles[0])!['id']);
  const self = { team: teamId, role: workRole };

  const team = ordered(
    {
      id: teamId,
      name: teamName,
      function: answers.function ?? preset.function,
      reports_to: answers.reports_to,
      segments: answers.segments,
      roles,
    },
    [],
  );

  const statement = {
    mission: answers.mission ?? todo('one sentence: what the team does, for which customers, to what outcome'),
    vision: answers.vision ?? todo('what success looks like for customers'),
    why: answers.why ?? todo('why this team matters to the company'),
    problems: answers.problems ?? [],
    opportunities: answers.opportunities ?? [],
    consequences_of_inaction: answers.consequences_of_inaction ?? [],
  };

  const metricAnswers: MetricAnswer[] =
    answers.metrics ?? unique(types.flatMap((t) => TYPE_DEFAULTS[t as keyof typeof TYPE_DEFAULTS]?.metrics ?? []));
  const metrics = metricAnswers.map((a, i) => {
    const { metric, gaps } = buildMetric(a, ctx.today);
    if (gaps.length > 0) comments.push({ path: ['metrics', i], comment: gapComment(gaps) });
    return metric;
  });

  const metricTypes = (m: Record<string, unknown>): string[] =>
    Array.isArray(m['charter_types']) ? (m['charter_types'] as string[]) : (findKpi(m['catalog'])?.charterTypes ?? []);
  const objectives = (
    answers.objectives && answers.objectives.length > 0
      ? answers.objectives.map((o) => ({
          ...o,
          id: o['id'] ?? slug(String(o['statement'] ?? 'objective'), 4),
          statement: o['statement'] ?? todo('the objective, with a number and a date'),
          strategy_link: o['strategy_link'] ?? todo('the company goal or OKR this supports'),
        }))
      : types.map((t) => ({
          id: `${t}-goal`,
          statement: todo(`the ${t} objective, with a number and a date`),
          strategy_link: todo('the company goal or OKR this supports'),
          metrics: metrics.filter((m) => metricTypes(m).includes(t)).map((m) => m['id']),
        }))
  ).map((o) => ordered(o, ['id', 'statement', 'horizon', 'due', 'strategy_link', 'owner', 'metrics']));

  let costMetric: Record<string, unknown>;
  const costAnswer = answers.cost_metric ?? preset.costMetric;
  if (typeof costAnswer === 'object' && 'exempt_reason' in costAnswer && Object.keys(costAnswer).length === 1) {
    costMetric = { exempt_reason: costAnswer.exempt_reason };
  } else {
    const { metric, gaps } = buildMetric(costAnswer as MetricAnswer, ctx.today);
    costMetric = metric;
    if (gaps.length > 0) comments.push({ path: ['cost_metric', 'id'], comment: gapComment(gaps) });
  }

  let swimLanes: unknown[];
  if (answers.swim_lanes) swimLanes = answers.swim_lanes;
  else {
    const processes = unique(types.flatMap((t) => TYPE_DEFAULTS[t as keyof typeof TYPE_DEFAULTS]?.processes ?? []));
    swimLanes = processes.map((process) => {
      if (process === 'renewal') return { process, accountable: parseTeamRole(answers.renewal_owner, teamId) ?? self };
      if (process === 'expansion-lead-generation') {
        return { process, accountable: parseTeamRole(answers.lead_owner, teamId) ?? self };
      }
      if (process === 'upsell') {
        return {
          process,
          accountable: parseTeamRole(answers.upsell_owner, teamId) ?? self,
          limit: answers.upsell_limit ?? todo('how far this team goes before handing to Sales (deal size, SKU, discount)'),
        };
      }
      return { process, accountable: self };
    });
  }

  const handoffs: unknown[] = [...(answers.handoffs ?? [])];
  const inboundExists = handoffs.some((h) => {
    const to = (h as { to?: { team?: unknown } } | null)?.to;
    return to?.team === teamId;
  });
  if (!inboundExists && types.some((t) => t === 'adoption' || t === 'onboarding')) {
    const inbound = preset.inbound ?? { id: `sales-to-${teamId}`, process: 'sales-handoff', from: { team: 'sales', role: 'account-executive' } };
    handoffs.unshift({
      id: inbound.id,
      process: inbound.process,
      from: inbound.from,
      to: self,
      trigger: todo('the event or criteria that move the customer to this team'),
    });
  }

  const skills: Record<string, string[]> = answers.skills_required ?? {};
  if (!answers.skills_required) for (const t of types) if (SKILLS[t]) skills[t] = [...SKILLS[t]!];

  const review = ordered(
    {
      cadence: reviewCadence,
      reviewers: answers.reviewers ?? (ownerName ? [ownerName] : undefined),
      amendment_procedure: answers.amendment_procedure,
    },
    [],
  );

  const data: Record<string, unknown> = {
    charter: 1,
    meta,
    team,
    statement,
    charter_types: types,
    scope: answers.scope ?? { in: [], out: [] },
    objectives,
    metrics,
    cost_metric: costMetric,
    key_activities: answers.key_activities ?? [],
    swim_lanes: swimLanes,
    handoffs,
    dependencies: answers.dependencies ?? [],
    commitments: answers.commitments ?? [],
    risks: answers.risks ?? [],
    roadmap: answers.roadmap ?? [],
    communications: answers.communications ?? [],
    operating_principles: answers.operating_principles ?? [],
    skills_required: skills,
    stakeholders: answers.stakeholders ?? [],
    governance: ordered({ review, reporting: answers.reporting }, []),
    approvals: answers.approvals ?? [],
    signatures: answers.signatures ?? [],
  };
  return { data, comments, preset };
}
