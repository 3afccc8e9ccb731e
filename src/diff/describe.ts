/**
 * Changes in words ("metric 'nrr' target lowered: 110 → 105 (direction: increase)"), shared by
 * the stylish and Markdown formats. User text goes through `quote`, which the Markdown format
 * makes an escape, so a value never becomes markup.
 */
import type { Change } from './semantic.js';
import type { DiffReport, DiffSummary } from './report.js';
import { isRecord } from '../model/read.js';

const NOUN: Record<string, string> = {
  'team.roles': 'role',
  metrics: 'metric',
  objectives: 'objective',
  swim_lanes: 'swim lane',
  handoffs: 'hand-off',
  dependencies: 'dependency on',
  commitments: 'commitment',
  risks: 'risk',
  signatures: 'signature',
  approvals: 'approval',
  stakeholders: 'stakeholder',
  roadmap: 'milestone',
  communications: 'communication',
  operating_principles: 'operating principle',
  key_activities: 'key activity',
  charter_types: 'charter type',
  'scope.in': 'in scope',
  'scope.out': 'out of scope',
};

/** A value in words: team/role references as `team/role`, a person by name, other values as text. */
export function valueText(v: unknown, quote: (s: string) => string): string {
  if (v === undefined || v === null) return '(none)';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map((x) => valueText(x, quote)).join(', ');
  if (isRecord(v)) {
    if (typeof v['team'] === 'string' && typeof v['role'] === 'string') return quote(`${v['team']}/${v['role']}`);
    if (typeof v['name'] === 'string') return quote(typeof v['title'] === 'string' ? `${v['name']} (${v['title']})` : v['name']);
    return quote(JSON.stringify(v));
  }
  return quote(String(v));
}

/** One change as a sentence. */
export function describeChange(c: Change, quote: (s: string) => string): string {
  const noun = NOUN[c.section];
  const subject = c.id !== undefined ? `${noun ?? c.section} ${quote(c.id)}` : noun ?? c.section;
  const field = c.field;
  const arrow = `${valueText(c.old, quote)} → ${valueText(c.new, quote)}`;
  if (field === undefined) {
    if (c.id !== undefined) {
      const refs = c.referencedBy && c.referencedBy.length > 0 ? `; still referenced by ${c.referencedBy.map(quote).join(', ')}` : '';
      return `${subject} ${c.kind}${refs}`;
    }
    if (c.kind === 'changed') return `${subject}: ${arrow}`;
    return `${subject}: ${c.kind} ${valueText(c.kind === 'added' ? c.new : c.old, quote)}`;
  }
  const what = c.id === undefined && noun === undefined ? `${c.section}.${field}` : `${subject} ${field}`;
  for (const kind of ['target', 'baseline'] as const) {
    const tag = c.tags.find((t) => t === `${kind}-raised` || t === `${kind}-lowered`);
    if (tag) return `${subject} ${kind} ${tag.endsWith('raised') ? 'raised' : 'lowered'}: ${arrow} (direction: ${c.direction ?? '?'})`;
  }
  if (c.tags.includes('ownership-moved')) {
    const label = field === 'accountable' ? 'owner (accountable)' : field;
    return `${c.id === undefined && noun === undefined ? c.section : subject} ${label} moved: ${arrow}`;
  }
  // An entry of a list inside an item (a RACI role, a metric id of an objective).
  const entry = /^(.*)\[([^\]]*)\]$/.exec(field);
  if (entry && c.kind !== 'changed') {
    const base = c.id === undefined && noun === undefined ? `${c.section}.${entry[1]}` : `${subject} ${entry[1]}`;
    return `${base}: ${c.kind} ${quote(entry[2]!)}`;
  }
  if (c.kind === 'changed') return `${what}: ${arrow}`;
  return `${what}: ${c.kind} ${valueText(c.kind === 'added' ? c.new : c.old, quote)}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line: what the change amounts to. */
export function summaryText(s: DiffSummary): string {
  if (s.files === 0) return 'no charters changed';
  const parts = [`${plural(s.files, 'charter')} changed`, plural(s.changes, 'change')];
  if (s.loweredTargets > 0) parts.push(plural(s.loweredTargets, 'target lowered', 'targets lowered'));
  if (s.ownershipMoves > 0) parts.push(plural(s.ownershipMoves, 'ownership move'));
  if (s.signaturesStale > 0) parts.push(plural(s.signaturesStale, 'signature made stale', 'signatures made stale'));
  parts.push(`${plural(s.findingsIntroduced, 'finding')} introduced`, `${s.findingsFixed} fixed`);
  return parts.join(', ');
}

/** The heading of one file: its path, and the old path of a renamed file. */
export function fileTitle(f: DiffReport['files'][number], quote: (s: string) => string): string {
  if (f.old !== null && f.new !== null && f.old !== f.new) return `${quote(f.old)} → ${quote(f.new)} (${f.status})`;
  return `${quote(f.new ?? f.old!)} (${f.status})`;
}
