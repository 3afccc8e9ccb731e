/*
 * The lint engine's parts that need no positions: running rules on data (the fast path), the
 * cross-charter rules, sorting. Everything that places findings in a file (and so needs the
 * `yaml` parse) is in engine/place.ts, which `lint` loads only for files that have findings.
 */
import type { Finding, PathSegment, Severity } from '../model/types.js';
import { fastData } from '../model/fast.js';
import { isRecord } from '../model/read.js';
import { fieldPath } from '../model/keys.js';
import type { AnyCrossRule, AnyRule, CrossCharter, CrossReportDescriptor, MessageData, ReportDescriptor } from '../rules/support/types.js';

/** Options of a lint run. */
export interface LintOptions {
  /** Reference date for date rules (`YYYY-MM-DD`); defaults to today in UTC. */
  asOf?: string;
  /** The rules to run (the public API passes every built-in rule). */
  rules: readonly AnyRule[];
  /** Severity overrides per rule id; `off` disables a rule. */
  severities?: Record<string, Severity | 'off'>;
  /** Option overrides per rule id, merged over the rule's defaults. */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Cross-charter rules, run by {@link lint} when more than one charter is given (or `strictRefs`). */
  crossRules?: readonly AnyCrossRule[];
  /** Report references to teams whose charters are not loaded, as `info` findings. */
  strictRefs?: boolean;
}

import { todayUtc } from '../dates.js';

export { todayUtc };

/**
 * Fills `{{name}}` placeholders; an unknown placeholder is a bug in the rule. Values come from the
 * charter, so line breaks and other control characters in them become spaces: a message is always
 * one line (stylish, GitHub annotations and JUnit print it as one).
 */
export function formatMessage(template: string, data: MessageData | undefined, ruleId: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = data?.[name];
    if (v === undefined) throw new Error(`rule ${ruleId}: message placeholder '${name}' has no value`);
    return String(v).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  });
}

/** A finding as a rule reports it, before it is placed: message filled in, severity resolved. */
export interface Reported {
  ruleId: string;
  severity: Severity;
  message: string;
  descriptor: ReportDescriptor;
  /**
   * The template of a raw-text finding whose message names its field (`{{where}}`): only the
   * placed finding has a path, so the engine fills `{{where}}` again when it places it.
   */
  template?: string;
}

/** A message template's `{{where}}`: the engine fills it with the finding's field (`meta.owner.name`). */
const WHERE = /\{\{\s*where\s*\}\}/;

/**
 * The message data of a finding, with `{{where}}` named from the path where the template uses it
 * and the rule did not set it. `path` is undefined for raw-text findings not yet placed.
 */
export function withWhere(
  template: string,
  data: MessageData | undefined,
  charter: Record<string, unknown>,
  path: readonly PathSegment[] | undefined,
  line?: number,
): MessageData | undefined {
  if (!WHERE.test(template) || data?.['where'] !== undefined) return data;
  return { ...data, where: path ? fieldPath(charter, path) : `line ${line ?? 1}` };
}

interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  ruleOpts: object;
}

/**
 * The active rules of a configuration, resolved once per (rules, severities, rule options)
 * objects rather than once per file; weakly held, so configurations made per call are collected.
 */
const resolved = new WeakMap<readonly AnyRule[], WeakMap<object, WeakMap<object, ActiveRule[]>>>();
const NONE = {};

function activeRules(options: LintOptions): ActiveRule[] {
  let bySeverities = resolved.get(options.rules);
  if (!bySeverities) resolved.set(options.rules, (bySeverities = new WeakMap()));
  let byOptions = bySeverities.get(options.severities ?? NONE);
  if (!byOptions) bySeverities.set(options.severities ?? NONE, (byOptions = new WeakMap()));
  let list = byOptions.get(options.ruleOptions ?? NONE);
  if (!list) {
    list = [];
    for (const rule of options.rules) {
      const configured = options.severities?.[rule.id];
      if (configured === 'off') continue;
      list.push({
        rule,
        severity: configured ?? rule.meta.severity,
        ruleOpts: { ...(rule.meta.defaultOptions as object), ...(options.ruleOptions?.[rule.id] ?? {}) },
      });
    }
    byOptions.set(options.ruleOptions ?? NONE, list);
  }
  return list;
}

/**
 * Runs the single-charter rules (minus those configured `off`) on a charter's data, calling
 * `onReport` for each finding; `onReport` returning false stops the run. The one loop behind
 * {@link quickLint} and `lintCharter` (engine/place.ts).
 */
export function runRules(data: Record<string, unknown>, text: string, options: LintOptions, onReport: (r: Reported) => boolean | void): void {
  const asOf = options.asOf ?? todayUtc();
  for (const { rule, severity, ruleOpts } of activeRules(options)) {
    let stop = false;
    const report = (d: ReportDescriptor): void => {
      const template = rule.meta.messages[d.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
      const raw = d.loc !== undefined && WHERE.test(template) && d.data?.['where'] === undefined;
      const message = formatMessage(template, withWhere(template, d.data, data, raw ? undefined : (d.path ?? []), d.loc?.line), rule.id);
      if (onReport({ ruleId: rule.id, severity, message, descriptor: d, ...(raw ? { template } : {}) }) === false) stop = true;
    };
    rule.check({ data, options: ruleOpts, asOf, text, report });
    if (stop) return;
  }
}

/** What the fast path read from a charter: its data and the rules' findings, not yet placed. */
export interface QuickLint {
  data: Record<string, unknown>;
  reported: Reported[];
}

/**
 * The fast path of `lintCharter`: the rules run on data read without positions (see
 * `model/fast.ts`), their findings kept for `placeReported` (engine/place.ts) to place on the
 * full parse. No finding means the charter is clean, exactly when `lintCharter` on the full parse
 * would say so. Undefined when the fast path does not apply: the caller then takes the full parse.
 * `text` has no byte order mark.
 */
export function quickLint(text: string, options: LintOptions): QuickLint | undefined {
  const data = fastData(text);
  if (data === undefined) return undefined;
  const reported: Reported[] = [];
  runRules(data, text, options, (r) => {
    reported.push(r);
  });
  return { data, reported };
}

/** A cross-charter finding before the engine has located it in its file. */
export interface PendingFinding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  file: string;
  path: PathSegment[];
  at?: 'key' | 'value';
  /** A reference to a team whose charter is not loaded (kept only with `strictRefs`, always `info`). */
  unresolved?: boolean;
}

/** The top-level keys cross-charter rules read (rules 37–40); {@link crossView} keeps only these. */
export const CROSS_KEYS = ['team', 'swim_lanes', 'handoffs', 'dependencies', 'commitments'] as const;

type Rec = Record<string, unknown>;

/**
 * A copy of a value whose strings no longer share memory with the file's text: parsers return
 * strings that V8 keeps as slices of the whole input, so keeping a 30-character id would keep the
 * whole 18 KiB charter alive (36 KB per file, in a run over thousands of files).
 */
function detached(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 12 ? (JSON.parse(JSON.stringify(v)) as string) : v;
  if (Array.isArray(v)) return v.map(detached);
  if (isRecord(v)) {
    const out: Rec = {};
    for (const k of Object.keys(v)) out[k] = detached(v[k]);
    return out;
  }
  return v;
}

/** The listed keys of a mapping that are present (presence matters: rules test `key in item`). */
function pick(v: Rec, keys: readonly string[], map?: Record<string, (x: unknown) => unknown>): Rec {
  const out: Rec = {};
  for (const k of keys) if (k in v) out[k] = map?.[k] ? map[k]!(v[k]) : detached(v[k]);
  return out;
}

/** Each mapping item of a list projected; other items become null, so indices (used in paths) stay. */
function items(v: unknown, project: (item: Rec) => Rec): unknown {
  return Array.isArray(v) ? v.map((item) => (isRecord(item) ? project(item) : null)) : detached(v);
}

/** A team reference (`{team, role}`) as the rules read it: only its team. */
const teamRef = (v: unknown): unknown => (isRecord(v) ? pick(v, ['team']) : detached(v));

/**
 * The part of a charter's data that cross-charter rules see: of {@link CROSS_KEYS}, only the
 * fields the rules read (ids, teams, processes, segments, triggers and expectation texts). Keeping
 * this instead of the whole document keeps memory low when thousands of charters are linted
 * together; test/engine/cross.test.ts checks that the rules find the same on the view as on the
 * whole data.
 */
export function crossView(data: Record<string, unknown>): Record<string, unknown> {
  const out: Rec = {};
  const team = data['team'];
  if (team !== undefined) out['team'] = isRecord(team) ? pick(team, ['id']) : detached(team);
  if ('swim_lanes' in data)
    out['swim_lanes'] = items(data['swim_lanes'], (l) => pick(l, ['process', 'segment', 'accountable'], { accountable: teamRef }));
  if ('handoffs' in data)
    out['handoffs'] = items(data['handoffs'], (h) => pick(h, ['id', 'from', 'to', 'trigger'], { from: teamRef, to: teamRef }));
  if ('dependencies' in data)
    out['dependencies'] = items(data['dependencies'], (d) =>
      pick(d, ['team', 'expectations'], { expectations: (e) => items(e, (x) => pick(x, ['id', 'expectation'])) }),
    );
  if ('commitments' in data) out['commitments'] = items(data['commitments'], (c) => pick(c, ['id', 'to']));
  return out;
}

/** Whether cross-charter rules run for this many charters. */
export function crossRulesApply(count: number, options: Pick<LintOptions, 'strictRefs'>): boolean {
  return count > 1 || (options.strictRefs === true && count > 0);
}

/**
 * Runs the cross-charter rules over plain data (no positions needed, so callers can drop parsed
 * documents first). Returns findings without ranges; {@link placeFindings} locates them per file.
 */
export function runCrossRules(
  charters: readonly CrossCharter[],
  options: Pick<LintOptions, 'asOf' | 'severities' | 'ruleOptions' | 'crossRules' | 'strictRefs'>,
): PendingFinding[] {
  const sorted = [...charters].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = new Set(sorted.map((c) => c.file));
  const teams = new Map<string, CrossCharter>();
  for (const c of sorted) {
    const team = c.data['team'];
    const id = team !== null && typeof team === 'object' ? (team as Record<string, unknown>)['id'] : undefined;
    if (typeof id === 'string' && id.trim() !== '' && !teams.has(id.trim())) teams.set(id.trim(), c);
  }
  const asOf = options.asOf ?? todayUtc();
  const out: PendingFinding[] = [];
  for (const rule of options.crossRules ?? []) {
    const configured = options.severities?.[rule.id];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? rule.meta.severity;
    const ruleOpts = { ...(rule.meta.defaultOptions as object), ...(options.ruleOptions?.[rule.id] ?? {}) };
    const report = (d: CrossReportDescriptor): void => {
      const template = rule.meta.messages[d.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
      if (!files.has(d.file)) throw new Error(`rule ${rule.id} reported a finding in '${d.file}', which is not a loaded charter`);
      if (d.unresolved && !options.strictRefs) return;
      out.push({
        ruleId: rule.id,
        messageId: d.messageId,
        message: formatMessage(template, d.data, rule.id),
        severity: d.unresolved ? 'info' : severity,
        file: d.file,
        path: d.path,
        ...(d.at ? { at: d.at } : {}),
        ...(d.unresolved ? { unresolved: true } : {}),
      });
    };
    rule.check({ charters: sorted, teams, options: ruleOpts, asOf, report });
  }
  return out;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sorts by file, line, column, rule and message, and drops exact duplicates. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter(
    (f, i) =>
      i === 0 ||
      compareFindings(f, sorted[i - 1]!) !== 0 ||
      f.range.end.line !== sorted[i - 1]!.range.end.line ||
      f.range.end.column !== sorted[i - 1]!.range.end.column,
  );
}
