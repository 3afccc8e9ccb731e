/**
 * The semantic diff of two versions of one charter: what changed in what the team commits to,
 * keyed on ids (model/keys.ts), never on positions in lists. jsondiffpatch computes the delta
 * (items matched by key, so one inserted row is one change, not a shift of every row after it);
 * this module names its entries (section, item, field) and classifies them: targets and baselines
 * raised or lowered against the metric's direction, ownership moves, RACI changes, scope in/out.
 */
import { create, type Delta } from 'jsondiffpatch';
import { itemKey } from '../model/keys.js';
import { isRecord, type Rec } from '../model/read.js';

/** What a change does to the charter, for `--fail-on` and for readers who skim. */
export type ChangeTag =
  | 'target-raised'
  | 'target-lowered'
  | 'baseline-raised'
  | 'baseline-lowered'
  | 'ownership-moved'
  | 'raci-changed'
  | 'scope-in'
  | 'scope-out'
  | 'dangling-reference';

/** One change between two versions of a charter (the `changes[]` of the JSON format). */
export interface Change {
  kind: 'added' | 'removed' | 'changed';
  /** The list or block changed: `metrics`, `team.roles`, `swim_lanes`, `scope.in`, `meta`, … */
  section: string;
  /** The key of the item in that list (its id, a swim lane's process, a person's name). */
  id?: string;
  /** The field within the item (or the block), dotted, with item keys in brackets. */
  field?: string;
  old?: unknown;
  new?: unknown;
  tags: ChangeTag[];
  /** The metric's direction, for a target or baseline raised or lowered. */
  direction?: string;
  /** Items of the new version that still name a removed item (`objectives[x]`). */
  referencedBy?: string[];
}

/** One step of a path: a mapping key, or a list item (by key, else by position). */
type Seg = string | { key?: string; index: number };

interface Raw {
  path: Seg[];
  op: Change['kind'];
  old?: unknown;
  new?: unknown;
}

/** Fields holding one team/role (or one person as an object): compared as a whole. */
const WHOLE = new Set(['accountable', 'from', 'to', 'owner']);

let differ: ReturnType<typeof create> | undefined;
function jdp(): ReturnType<typeof create> {
  differ ??= create({
    objectHash: (item: object, index?: number) => itemKey(item) ?? `#${index ?? 0}`,
    arrays: { detectMove: true, includeValueOnMove: false },
    cloneDiffValues: false,
  });
  return differ;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function itemSeg(item: unknown, index: number): Seg {
  const key = itemKey(item);
  return key !== undefined ? { key, index } : { index };
}

function isArrayDelta(d: unknown): d is Record<string, unknown> & { _t: 'a' } {
  return isRecord(d) && d['_t'] === 'a';
}

/** Turns a jsondiffpatch delta into raw entries, each at a path of keys. */
function walk(delta: Delta, left: unknown, right: unknown, path: Seg[], out: Raw[]): void {
  if (delta === undefined) return;
  if (Array.isArray(delta)) {
    if (delta.length === 1) out.push({ path, op: 'added', new: delta[0] });
    else if (delta.length === 2) out.push({ path, op: 'changed', old: delta[0], new: delta[1] });
    else if (delta[2] === 0) out.push({ path, op: 'removed', old: delta[0] });
    return;
  }
  if (isArrayDelta(delta)) {
    const l = Array.isArray(left) ? left : [];
    const r = Array.isArray(right) ? right : [];
    const movedFrom = new Map<number, number>();
    for (const [k, d] of Object.entries(delta)) {
      if (k.startsWith('_') && k !== '_t' && Array.isArray(d) && d[2] === 3) movedFrom.set(Number(d[1]), Number(k.slice(1)));
    }
    for (const [k, d] of Object.entries(delta)) {
      if (k === '_t') continue;
      if (k.startsWith('_')) {
        const i = Number(k.slice(1));
        if (Array.isArray(d) && d[2] === 0) out.push({ path: [...path, itemSeg(l[i], i)], op: 'removed', old: l[i] });
        continue;
      }
      const j = Number(k);
      if (Array.isArray(d) && d.length === 1) {
        out.push({ path: [...path, itemSeg(r[j], j)], op: 'added', new: r[j] });
        continue;
      }
      const key = itemKey(r[j]);
      const i = movedFrom.get(j) ?? (key !== undefined ? l.findIndex((x) => itemKey(x) === key) : j);
      walk(d as Delta, l[i < 0 ? j : i], r[j], [...path, itemSeg(r[j], j)], out);
    }
    return;
  }
  const lo = isRecord(left) ? left : {};
  const ro = isRecord(right) ? right : {};
  for (const [k, d] of Object.entries(delta)) {
    if (WHOLE.has(k) && isRecord(lo[k]) && isRecord(ro[k])) {
      if (!same(lo[k], ro[k])) out.push({ path: [...path, k], op: 'changed', old: lo[k], new: ro[k] });
      continue;
    }
    walk(d as Delta, lo[k], ro[k], [...path, k], out);
  }
}

/**
 * A list or block added or removed as a whole, outside any item, is reported item by item
 * (a new `risks:` list is its risks added), so every item is named.
 */
function expand(raw: Raw): Raw[] {
  if (raw.path.some((s) => typeof s !== 'string')) return [raw];
  const value = raw.op === 'added' ? raw.new : raw.op === 'removed' ? raw.old : undefined;
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => expand({ path: [...raw.path, itemSeg(item, i)], op: raw.op, ...(raw.op === 'added' ? { new: item } : { old: item }) }));
  }
  if (isRecord(value) && raw.path.length < 2) {
    return Object.entries(value).flatMap(([k, v]) => expand({ path: [...raw.path, k], op: raw.op, ...(raw.op === 'added' ? { new: v } : { old: v }) }));
  }
  return [raw];
}

function segText(s: Seg): string {
  return typeof s === 'string' ? s : `[${s.key ?? s.index}]`;
}

function fieldText(segs: readonly Seg[]): string | undefined {
  if (segs.length === 0) return undefined;
  return segs.map((s, i) => (typeof s === 'string' && i > 0 ? `.${s}` : segText(s))).join('');
}

const METRIC_SECTIONS = new Set(['metrics', 'cost_metric']);
const OWNED = new Set(['metrics', 'objectives', 'risks', 'cost_metric', 'meta', 'roadmap']);
const RACI = new Set(['responsible', 'consulted', 'informed']);

function metricOf(data: Rec | undefined, section: string, id: string | undefined): Rec | undefined {
  if (!data) return undefined;
  if (section === 'cost_metric') return isRecord(data['cost_metric']) ? data['cost_metric'] : undefined;
  const list = Array.isArray(data['metrics']) ? data['metrics'] : [];
  return list.find((m): m is Rec => isRecord(m) && itemKey(m) === id);
}

/** +1 when the change makes the value more ambitious against the metric's direction, -1 less, 0 neither. */
function ambition(direction: unknown, from: number, to: number): number {
  if (from === to) return 0;
  if (direction === 'increase') return to > from ? 1 : -1;
  if (direction === 'decrease') return to < from ? 1 : -1;
  return 0;
}

function classify(raw: Raw, oldData: Rec | undefined, newData: Rec | undefined): Change {
  const firstItem = raw.path.findIndex((s) => typeof s !== 'string');
  let section: string;
  let id: string | undefined;
  let rest: Seg[];
  if (firstItem < 0) {
    section = raw.path[0] as string;
    rest = raw.path.slice(1);
    if (section === 'scope' && rest.length > 0) {
      section = `scope.${rest[0] as string}`;
      rest = rest.slice(1);
    }
  } else {
    section = raw.path.slice(0, firstItem).join('.');
    const seg = raw.path[firstItem] as { key?: string; index: number };
    const isPrimitiveItem = firstItem === raw.path.length - 1 && !isRecord(raw.op === 'added' ? raw.new : raw.old);
    id = isPrimitiveItem ? undefined : (seg.key ?? `#${seg.index}`);
    rest = raw.path.slice(firstItem + 1);
  }
  // A plain entry of a list inside an item (a responsibility, a metric id of an objective) is
  // named by its value, which the change carries: the field is the list.
  const value = raw.op === 'added' ? raw.new : raw.old;
  if (rest.length > 0 && typeof rest[rest.length - 1] !== 'string' && raw.op !== 'changed' && !isRecord(value)) rest = rest.slice(0, -1);
  const field = fieldText(rest);
  const tags: ChangeTag[] = [];
  let referencedBy: string[] | undefined;
  let direction: string | undefined;
  if (section === 'scope.in' || section === 'scope.out') tags.push(section === 'scope.in' ? 'scope-in' : 'scope-out');
  if (METRIC_SECTIONS.has(section) && raw.op === 'changed' && typeof raw.old === 'number' && typeof raw.new === 'number') {
    const what = field === 'target.value' ? 'target' : field === 'baseline.value' ? 'baseline' : undefined;
    if (what) {
      const metric = metricOf(newData, section, id) ?? metricOf(oldData, section, id);
      const a = ambition(metric?.['direction'], raw.old, raw.new);
      if (a !== 0) direction = String(metric?.['direction']);
      if (a > 0) tags.push(`${what}-raised`);
      if (a < 0) tags.push(`${what}-lowered`);
    }
  }
  if (raw.op === 'changed' && ((OWNED.has(section) && field === 'owner') || (section === 'swim_lanes' && field === 'accountable'))) tags.push('ownership-moved');
  if (section === 'swim_lanes' && rest.length > 0 && typeof rest[0] === 'string' && RACI.has(rest[0])) tags.push('raci-changed');
  if (raw.op === 'removed' && section === 'metrics' && id !== undefined && field === undefined && newData) {
    const users = (Array.isArray(newData['objectives']) ? newData['objectives'] : [])
      .filter((o): o is Rec => isRecord(o) && Array.isArray(o['metrics']) && o['metrics'].includes(id))
      .map((o) => `objectives[${itemKey(o) ?? '?'}]`);
    if (users.length > 0) {
      referencedBy = users;
      tags.push('dangling-reference');
    }
  }
  // A whole item added or removed: its key says it; the value is in the charter.
  const whole = id !== undefined && field === undefined;
  return {
    kind: raw.op,
    section,
    ...(id !== undefined ? { id } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(raw.op !== 'added' && !whole ? { old: raw.old } : {}),
    ...(raw.op !== 'removed' && !whole ? { new: raw.new } : {}),
    tags,
    ...(direction !== undefined ? { direction } : {}),
    ...(referencedBy ? { referencedBy } : {}),
  };
}

/** Section order of the report: the order of the format's skeleton (format.md §3.2). */
const ORDER = [
  'meta', 'team', 'team.roles', 'statement', 'charter_types', 'scope.in', 'scope.out', 'objectives', 'metrics', 'cost_metric',
  'key_activities', 'swim_lanes', 'handoffs', 'dependencies', 'commitments', 'risks', 'roadmap', 'communications',
  'operating_principles', 'skills_required', 'stakeholders', 'governance', 'approvals', 'signatures',
];

function rank(section: string): number {
  const i = ORDER.indexOf(section);
  return i < 0 ? ORDER.length : i;
}

/** The changes from `oldData` to `newData`, in the format's section order, then in the delta's order. */
export function semanticChanges(oldData: Rec | undefined, newData: Rec | undefined): Change[] {
  const delta = jdp().diff(oldData ?? {}, newData ?? {});
  const raw: Raw[] = [];
  walk(delta, oldData ?? {}, newData ?? {}, [], raw);
  const changes = raw.flatMap(expand).map((r) => classify(r, oldData, newData));
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.section) - rank(b.c.section) || a.i - b.i)
    .map(({ c }) => c);
}
