import * as ask from '../prompts.js';
import { KPI_CATALOG, findKpi } from '../catalog.js';
import { formatMessage } from '../engine/run-rules.js';
import missionIsTagline from '../rules/mission-is-tagline.js';
import missionNotCustomerFocused from '../rules/mission-not-customer-focused.js';
import targetContradictsDirection from '../rules/metric-target-contradicts-direction.js';
import { addMonths } from '../dates.js';
import { isId, slug } from '../model/read.js';
import type { AnyRule } from '../rules/support/types.js';
import type { Io } from '../terminal/io.js';
import type { Answers } from './answers.js';
import { parseTeamRole, todo } from './build.js';
import { CHARTER_TYPES, PRESETS, PRESET_NAMES, TYPE_DEFAULTS, presetForFunction, type Preset, type PresetName } from './presets.js';

/** What the interview needs besides the answers known so far. */
export interface InterviewContext {
  preset?: PresetName;
  today: string;
  io: Pick<Io, 'stdout'>;
}

const MISSION_RULES: readonly AnyRule[] = [missionIsTagline, missionNotCustomerFocused];
const MAX_ITEMS = 12;
const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'semiannual', 'annual'] as const;
const LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;

/** What the mission rules say about a mission, as messages (empty when it reads well). */
export function missionFeedback(mission: string): string[] {
  return feedback(MISSION_RULES, { statement: { mission } });
}

/**
 * What `metric-target-contradicts-direction` says about a metric's target against its baseline
 * and direction (empty when they agree), asked as the interview goes, as the mission is.
 */
export function targetFeedback(metric: Record<string, unknown>): string[] {
  return feedback([targetContradictsDirection], { metrics: [metric] }).filter((m) => !/catalogue id/.test(m));
}

/** The messages of some lint rules on a piece of a charter. */
function feedback(rules: readonly AnyRule[], data: Record<string, unknown>): string[] {
  const messages: string[] = [];
  for (const rule of rules) {
    rule.check({
      data,
      options: rule.meta.defaultOptions,
      asOf: '2000-01-01',
      text: '',
      report: (d) => messages.push(formatMessage(rule.meta.messages[d.messageId]!, d.data, rule.id)),
    });
  }
  return messages;
}

function splitList(s: string, sep: RegExp): string[] {
  return s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);
}

function ownerName(a: Answers): string | undefined {
  return typeof a.owner === 'string' ? a.owner : a.owner?.name;
}

async function askNumber(id: string, message: string, say: (t: string) => void): Promise<number | undefined> {
  for (;;) {
    const s = await ask.input({ id, message });
    if (s === '') return undefined;
    const n = Number(s.replace(/[%,$€£\s]/g, ''));
    if (Number.isFinite(n)) return n;
    say(`  '${s}' is not a number; type digits (e.g. 88 or 7.5), or leave it blank to skip`);
  }
}

/** What every prompt group reads and writes: the answers so far, the answers given up front, and where to talk. */
interface Session {
  /** The answers so far; each prompt group fills in its part. */
  a: Answers;
  /** The answers from flags, an answers file or `--from`: the defaults. */
  initial: Answers;
  ctx: InterviewContext;
  say: (text: string) => void;
}

/**
 * The interview of `charter init`: every question has a default (Enter) and can be skipped (a skipped
 * answer becomes a TODO or an empty section that `lint` reports). Questions already answered by flags
 * or `--from` are asked with that answer as the default. Each prompt group is a function below, in
 * the order the questions come.
 */
export async function runInterview(
  initial: Answers,
  ctx: InterviewContext,
): Promise<{ answers: Answers; preset?: PresetName }> {
  const s: Session = { a: { ...initial }, initial, ctx, say: (text) => ctx.io.stdout(`${text}\n`) };
  s.say('charter init: Enter accepts the default; a blank answer is skipped and left as a TODO that `charter lint` reports.');
  const { picked, preset } = await askTeam(s);
  const me = await askOwner(s);
  await askStatement(s);
  const metricIds = await askMetrics(s, preset, me);
  await askObjectives(s, metricIds, me);
  const self = await askRoles(s, preset);
  await askCommercialOwners(s, self);
  await askHandoffs(s, preset, self);
  await askDependencies(s);
  await askRisks(s, me);
  await askExecutives(s);
  await askReviewCadence(s);
  return { answers: s.a, preset: picked === 'other' ? ctx.preset : picked };
}

/** Company, function (the preset), team name and id, charter types. */
async function askTeam({ a, initial, ctx }: Session): Promise<{ picked: PresetName | 'other'; preset: Preset }> {
  a.company = (await ask.input({ id: 'company', message: 'Company name', default: initial.company ?? '' })) || undefined;

  const startPreset = ctx.preset ?? presetForFunction(initial.function)?.name ?? 'csm';
  const picked = await ask.select<PresetName | 'other'>({
    id: 'function',
    message: 'Which function is this charter for?',
    choices: [
      ...PRESET_NAMES.map((p) => ({ name: PRESETS[p].label, value: p as PresetName | 'other' })),
      { name: 'Another function', value: 'other' as const },
    ],
    default: startPreset,
  });
  const preset = PRESETS[picked === 'other' ? startPreset : picked];
  a.function = picked === 'other' ? 'other' : preset.function;

  a.team = (await ask.input({ id: 'team', message: 'Team name', default: initial.team ?? preset.teamName })) || preset.teamName;
  const idDefault = initial.team_id ?? (a.team === preset.teamName ? preset.teamId : slug(a.team, 4));
  const teamId = await ask.input({ id: 'team_id', message: 'Team id (how other charters refer to this team)', default: idDefault });
  a.team_id = isId(teamId) ? teamId : slug(teamId || idDefault, 4);

  const typeDefaults = new Set(initial.charter_types ?? preset.charterTypes);
  const types = await ask.checkbox<string>({
    id: 'charter_types',
    message: 'Charter types (TSIA: 84% of CS organisations have adoption, 76% retention, 47% expansion)',
    choices: CHARTER_TYPES.map((t) => ({ name: t, value: t, checked: typeDefaults.has(t) })),
  });
  a.charter_types = types.length > 0 ? types : [...typeDefaults];
  return { picked, preset };
}

/** The charter owner and title; the owner's name (the default owner of what follows), if given. */
async function askOwner({ a, initial }: Session): Promise<string | undefined> {
  const owner = await ask.input({ id: 'owner', message: 'Charter owner (name)', default: ownerName(initial) ?? '' });
  if (owner) {
    const title = await ask.input({ id: 'owner_title', message: `${owner}'s job title`, default: '' });
    a.owner = title ? { name: owner, title } : owner;
  }
  return owner || undefined;
}

/** Mission (with the lint rules' feedback and a chance to rewrite it), vision, why. */
async function askStatement({ a, initial, say }: Session): Promise<void> {
  let mission = initial.mission ?? '';
  for (let attempt = 0; attempt < 5; attempt++) {
    mission = await ask.input({
      id: 'mission',
      message: 'Mission: one sentence, what the team does, for which customers, to what outcome',
      default: mission,
    });
    if (mission === '') break;
    const feedback = missionFeedback(mission);
    if (feedback.length === 0) break;
    for (const f of feedback) say(`  ! ${f}`);
    if (!(await ask.confirm({ id: 'mission_rewrite', message: 'Rewrite the mission?', default: true }))) break;
  }
  a.mission = mission || undefined;
  a.vision = (await ask.input({ id: 'vision', message: 'Vision: what success looks like for customers', default: initial.vision ?? '' })) || undefined;
  a.why = (await ask.input({ id: 'why', message: 'Why does this team matter to the company?', default: initial.why ?? '' })) || undefined;
}

/**
 * Metrics from the catalogue (definition, unit and direction come with them), then the cost metric
 * (Gainsight: it sets the budget and shows ROI, but may not fit every team). The chosen metric ids.
 */
async function askMetrics({ a, initial, ctx, say }: Session, preset: Preset, me: string | undefined): Promise<string[]> {
  const types = a.charter_types ?? [];
  const suggested = new Set(types.flatMap((t) => TYPE_DEFAULTS[t as keyof typeof TYPE_DEFAULTS]?.metrics ?? []));
  const metricIds = await ask.checkbox<string>({
    id: 'metrics',
    message: 'Metrics from the catalogue (definition, unit and direction are filled in)',
    choices: KPI_CATALOG.map((k) => ({ name: `${k.name} (${k.id})`, value: k.id, checked: suggested.has(k.id) })),
  });
  const metrics: Array<Record<string, unknown>> = [];
  const last = { source: '' };
  for (const id of metricIds) metrics.push(await askMetric(id, ctx.today, me, last, say));
  a.metrics = metrics;

  const costIds = KPI_CATALOG.filter((k) => k.kind === 'cost' || k.id === 'cost-per-ticket').map((k) => k.id);
  const costDefault = typeof initial.cost_metric === 'string' ? initial.cost_metric : preset.costMetric;
  const cost = await ask.select<string>({
    id: 'cost_metric',
    message: 'Cost metric (sets the budget and shows ROI)',
    choices: [
      ...costIds.map((id) => ({ name: `${findKpi(id)!.name} (${id})`, value: id })),
      { name: 'none fits this team (say why)', value: '' },
    ],
    default: costIds.includes(costDefault) ? costDefault : costIds[0],
  });
  if (cost) a.cost_metric = await askMetric(cost, ctx.today, me, last, say);
  else {
    const reason = await ask.input({ id: 'cost_exempt_reason', message: 'Why does no cost metric fit?', default: '' });
    a.cost_metric = { exempt_reason: reason || todo('why no cost metric fits this team') };
  }
  return metricIds;
}

/** Objectives, each with a horizon, a strategy link and the metrics that measure it. */
async function askObjectives({ a }: Session, metricIds: readonly string[], me: string | undefined): Promise<void> {
  const objectives: Array<Record<string, unknown>> = [];
  const unused = new Set(metricIds);
  for (let i = 1; i <= MAX_ITEMS; i++) {
    const statement = await ask.input({
      id: 'objective',
      message: `Objective ${i}: one sentence with a number and a date (blank to ${i === 1 ? 'skip' : 'finish'})`,
      default: '',
    });
    if (statement === '') break;
    const o: Record<string, unknown> = { id: slug(statement, 4), statement };
    if (objectives.some((x) => x['id'] === o['id'])) o['id'] = `${o['id']}-${i}`;
    const horizon = await ask.select<string>({
      id: 'objective_horizon',
      message: 'Horizon',
      choices: [
        { name: 'short (within 12 months)', value: 'short' },
        { name: 'medium (within 24 months)', value: 'medium' },
        { name: 'long (more than 24 months)', value: 'long' },
        { name: 'skip', value: '' },
      ],
      default: '',
    });
    if (horizon) o['horizon'] = horizon;
    const link = await ask.input({ id: 'objective_strategy', message: 'Which company goal or OKR does it serve?', default: '' });
    o['strategy_link'] = link || todo('the company goal or OKR this supports');
    if (me) o['owner'] = me;
    if (metricIds.length > 0) {
      o['metrics'] = await ask.checkbox<string>({
        id: 'objective_metrics',
        message: 'Which metrics measure it?',
        choices: metricIds.map((id) => ({ name: id, value: id, checked: unused.has(id) })),
      });
      for (const id of o['metrics'] as string[]) unused.delete(id);
    }
    objectives.push(o);
  }
  if (objectives.length > 0) a.objectives = objectives;
}

/** Roles and people. This team's working role as `team/role` (the default owner of processes below). */
async function askRoles({ a, initial }: Session, preset: Preset): Promise<string> {
  const roles: Array<Record<string, unknown>> = [];
  const baseRoles = initial.roles ?? preset.roles;
  for (const r of baseRoles) roles.push(await askRole(String(r['title'] ?? ''), r['id'] as string | undefined));
  while (roles.length < MAX_ITEMS && (await ask.confirm({ id: 'role_more', message: 'Add another role?', default: false }))) {
    roles.push(await askRole('', undefined));
  }
  a.roles = roles.filter((r) => r['title']);
  const workRole = String((a.roles[1] ?? a.roles[0])?.['id'] ?? preset.roles[1]!.id);
  return `${a.team_id}/${workRole}`;
}

/** Who owns the commercial processes (TSIA: renewal and lead-generation ownership must be explicit). */
async function askCommercialOwners({ a, initial }: Session, self: string): Promise<void> {
  const types = a.charter_types ?? [];
  if (types.includes('retention')) {
    a.renewal_owner = (await ask.input({
      id: 'renewal_owner',
      message: 'Who owns renewals? team/role (CSM, renewal specialist or sales?)',
      default: typeof initial.renewal_owner === 'string' ? initial.renewal_owner : self,
    })) || self;
  }
  if (types.includes('expansion')) {
    a.lead_owner = (await ask.input({ id: 'lead_owner', message: 'Who owns expansion lead generation? team/role', default: self })) || self;
    const limit = await ask.input({
      id: 'upsell_limit',
      message: 'How far does this team go on upsell before handing to Sales? (deal size, SKU, discount)',
      default: initial.upsell_limit ?? '',
    });
    if (limit) a.upsell_limit = limit;
  }
}

/** Hand-offs in (for adoption and onboarding teams) and out. */
async function askHandoffs({ a, initial }: Session, preset: Preset, self: string): Promise<void> {
  const teamId = a.team_id!;
  const handoffs: Array<Record<string, unknown>> = [...((initial.handoffs as Array<Record<string, unknown>>) ?? [])];
  if ((a.charter_types ?? []).some((t) => t === 'adoption' || t === 'onboarding')) {
    const inbound = preset.inbound;
    const fromDefault = inbound ? `${inbound.from.team}/${inbound.from.role}` : 'sales/account-executive';
    const from = parseTeamRole(
      (await ask.input({ id: 'handoff_in_from', message: 'Who hands customers over to you? team/role', default: fromDefault })) || fromDefault,
      teamId,
    )!;
    const trigger = await ask.input({ id: 'handoff_in_trigger', message: `What event moves a customer from ${from.team} to you?`, default: '' });
    handoffs.push({
      id: `${from.team}-to-${teamId}`,
      process: inbound?.process ?? 'sales-handoff',
      from,
      to: parseTeamRole(self, teamId),
      trigger: trigger || todo('the event or criteria that move the customer to this team'),
    });
  }
  const outTo = await ask.input({ id: 'handoff_out_to', message: 'Do you hand customers on to another team? team/role (blank for none)', default: '' });
  if (outTo) {
    const to = parseTeamRole(outTo, teamId)!;
    const trigger = await ask.input({ id: 'handoff_out_trigger', message: `What event moves a customer from you to ${to.team}?`, default: '' });
    handoffs.push({ id: `${teamId}-to-${to.team}`, from: parseTeamRole(self, teamId), to, trigger: trigger || todo('the event that moves the customer on') });
  }
  a.handoffs = handoffs;
}

/** Dependencies on other teams (Gainsight: what do you expect other teams to do?). */
async function askDependencies({ a, initial }: Session): Promise<void> {
  const depTeams = splitList(await ask.input({ id: 'dependencies', message: 'Teams you depend on (team ids, comma-separated; blank for none)', default: '' }), /,/);
  const dependencies: Array<Record<string, unknown>> = [];
  for (const t of depTeams) {
    const team = isId(t) ? t : slug(t, 4);
    const expectation = await ask.input({ id: 'dependency_expectation', message: `What do you expect of ${team}? (blank to skip)`, default: '' });
    dependencies.push(expectation ? { team, expectations: [{ id: slug(expectation, 5), expectation }] } : { team });
  }
  if (dependencies.length > 0 || initial.dependencies) a.dependencies = [...(initial.dependencies ?? []), ...dependencies];
}

/** Risks, with likelihood, impact, mitigation and owner. */
async function askRisks({ a, initial }: Session, me: string | undefined): Promise<void> {
  const risks: Array<Record<string, unknown>> = [...((initial.risks as Array<Record<string, unknown>>) ?? [])];
  for (let i = 1; i <= MAX_ITEMS; i++) {
    const risk = await ask.input({ id: 'risk', message: `Risk ${i}: what could go wrong? (blank to ${i === 1 ? 'skip' : 'finish'})`, default: '' });
    if (risk === '') break;
    const r: Record<string, unknown> = { id: slug(risk, 4), risk };
    const levels = LEVELS.map((l) => ({ name: l, value: l as string }));
    r['likelihood'] = await ask.select<string>({ id: 'risk_likelihood', message: 'Likelihood', choices: levels, default: 'medium' });
    r['impact'] = await ask.select<string>({ id: 'risk_impact', message: 'Impact', choices: levels, default: 'medium' });
    const mitigation = await ask.input({ id: 'risk_mitigation', message: 'Mitigation (blank to skip)', default: '' });
    if (mitigation) r['mitigation'] = mitigation;
    const rOwner = await ask.input({ id: 'risk_owner', message: 'Risk owner', default: me ?? '' });
    if (rOwner) r['owner'] = rOwner;
    risks.push(r);
  }
  a.risks = risks;
}

/** Executives who must sign (TSIA: the best charters carry every customer-facing executive's signature). */
async function askExecutives({ a, initial }: Session): Promise<void> {
  const stakeholders: Array<Record<string, unknown>> = [...(initial.stakeholders ?? [])];
  for (let i = 1; i <= MAX_ITEMS; i++) {
    const name = await ask.input({ id: 'executive_name', message: `Executive who must sign ${i} (name; blank to ${i === 1 ? 'skip' : 'finish'})`, default: '' });
    if (name === '') break;
    const title = await ask.input({ id: 'executive_title', message: `${name}'s title`, default: '' });
    stakeholders.push({ name, title: title || todo('title'), executive: true });
  }
  a.stakeholders = stakeholders;
}

/** How often the charter is reviewed. */
async function askReviewCadence({ a, initial }: Session): Promise<void> {
  a.review_cadence = await ask.select<string>({
    id: 'review_cadence',
    message: 'How often is the charter reviewed? (TSIA and the template: at least annually)',
    choices: [
      { name: 'annual', value: 'annual' },
      { name: 'semiannual', value: 'semiannual' },
      { name: 'quarterly', value: 'quarterly' },
    ],
    default: initial.review_cadence ?? 'annual',
  });
}

async function askMetric(
  id: string,
  today: string,
  me: string | undefined,
  last: { source: string },
  say: (t: string) => void,
): Promise<Record<string, unknown>> {
  const k = findKpi(id)!;
  const m: Record<string, unknown> = { catalog: k.id };
  const unit = k.units[0]!;
  const baseline = await askNumber('metric_baseline', `${k.name}: baseline today (${unit}; blank to skip)`, say);
  if (baseline !== undefined) m['baseline'] = { value: baseline, as_of: today };
  const targetQuestion = `${k.name}: target (${unit}, ${k.direction ?? 'maintain'}; blank to skip)`;
  let target = await askNumber('metric_target', targetQuestion, say);
  // A target on the wrong side of the baseline is said at once, as the mission's problems are.
  for (let attempt = 0; target !== undefined && attempt < 5; attempt++) {
    const problems = targetFeedback({ id: k.id, catalog: k.id, direction: k.direction, baseline: m['baseline'], target: { value: target } });
    if (problems.length === 0) break;
    for (const p of problems) say(`  ! ${p}`);
    if (!(await ask.confirm({ id: 'metric_target_change', message: 'Change the target?', default: true }))) break;
    target = await askNumber('metric_target', targetQuestion, say);
  }
  if (target !== undefined) {
    const by = await ask.input({ id: 'metric_target_by', message: `${k.name}: target date`, default: addMonths(today, 12) });
    m['target'] = { value: target, by: by || addMonths(today, 12) };
  }
  if (unit === 'currency') {
    m['currency'] = (await ask.input({ id: 'metric_currency', message: `${k.name}: currency (ISO code)`, default: 'USD' })) || 'TBD';
  }
  const owner = await ask.input({ id: 'metric_owner', message: `${k.name}: owner`, default: me ?? '' });
  if (owner) m['owner'] = owner;
  m['cadence'] = await ask.select<string>({
    id: 'metric_cadence',
    message: `${k.name}: reviewed how often?`,
    choices: CADENCES.map((c) => ({ name: c, value: c })),
    default: k.cadence,
  });
  const source = await ask.input({ id: 'metric_data_source', message: `${k.name}: system of record`, default: last.source });
  if (source) {
    m['data_source'] = source;
    last.source = source;
  }
  return m;
}

async function askRole(defaultTitle: string, id: string | undefined): Promise<Record<string, unknown>> {
  const title = await ask.input({ id: 'role_title', message: 'Role title', default: defaultTitle });
  if (!title) return {};
  const role: Record<string, unknown> = { id: id && title === defaultTitle ? id : slug(title, 4), title };
  const people = splitList(await ask.input({ id: 'role_people', message: `People who are ${title} (comma-separated)`, default: '' }), /,/);
  if (people.length > 0) role['people'] = people;
  const resp = splitList(
    await ask.input({ id: 'role_responsibilities', message: `Main responsibilities of the ${title} (separate with ;)`, default: '' }),
    /;/,
  );
  role['responsibilities'] = resp.length > 0 ? resp : [todo(`main responsibilities of the ${title}`)];
  return role;
}
