/*
 * The charter schema (schemas/charter.schema.json, with its descriptions) navigated by a data
 * path: which subschemas apply at `team.roles[0].id`, what they say about it, which keys they
 * allow and require. `$ref`, `allOf` and the branches of `if`/`then`/`else`, `anyOf` and `oneOf`
 * all count: a key is described by the first of them that describes it.
 */
import schemaJson from '../../schemas/charter.schema.json' with { type: 'json' };
import type { PathSegment } from '../model/types.js';

type Schema = Record<string, unknown>;

const ROOT = schemaJson as unknown as Schema;

function isSchema(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deref(ref: string): Schema | undefined {
  let node: unknown = ROOT;
  for (const raw of ref.replace(/^#\/?/, '').split('/').filter((s) => s !== '')) {
    if (!isSchema(node)) return undefined;
    node = node[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return isSchema(node) ? node : undefined;
}

/** The schema and every schema it stands for ($ref, allOf, conditional and alternative branches), in that order. */
function expand(node: Schema, out: Schema[] = [], depth = 0): Schema[] {
  if (out.includes(node) || depth > 20) return out;
  out.push(node);
  if (typeof node['$ref'] === 'string') {
    const target = deref(node['$ref']);
    if (target) expand(target, out, depth + 1);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = node[key];
    if (Array.isArray(list)) for (const s of list) if (isSchema(s)) expand(s, out, depth + 1);
  }
  for (const key of ['then', 'else']) {
    const s = node[key];
    if (isSchema(s)) expand(s, out, depth + 1);
  }
  return out;
}

function step(views: readonly Schema[], seg: PathSegment): Schema[] {
  const next: Schema[] = [];
  for (const v of views) {
    if (typeof seg === 'number') {
      if (isSchema(v['items'])) next.push(v['items']);
      continue;
    }
    const props = v['properties'];
    if (isSchema(props) && isSchema(props[seg])) {
      next.push(props[seg]);
      continue;
    }
    const patterns = v['patternProperties'];
    if (isSchema(patterns)) {
      for (const [pattern, s] of Object.entries(patterns)) if (isSchema(s) && new RegExp(pattern, 'u').test(seg)) next.push(s);
    }
  }
  const out: Schema[] = [];
  for (const s of next) expand(s, out);
  return out;
}

/** The subschemas that apply at a data path (empty when the schema says nothing about it). */
export function schemasAt(path: readonly PathSegment[]): Schema[] {
  let views = expand(ROOT);
  for (const seg of path) {
    views = step(views, seg);
    if (views.length === 0) break;
  }
  return views;
}

/** The description of the value at a path: the property's own, else its definition's. */
export function describeAt(path: readonly PathSegment[]): string | undefined {
  for (const s of schemasAt(path)) if (typeof s['description'] === 'string') return s['description'];
  return undefined;
}

/** The keys the schema names for the mapping at a path. */
export function keysAt(path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(path)) if (isSchema(s['properties'])) for (const k of Object.keys(s['properties'])) keys.add(k);
  return [...keys];
}

/** The values the schema lists for a path (`enum`, or `examples` when there is no enum). */
export function valuesAt(path: readonly PathSegment[]): { values: string[]; closed: boolean } {
  const views = schemasAt(path);
  for (const s of views) if (Array.isArray(s['enum'])) return { values: s['enum'].map(String), closed: true };
  for (const s of views) if (Array.isArray(s['examples'])) return { values: s['examples'].filter((x) => typeof x === 'string'), closed: false };
  return { values: [], closed: false };
}

/** The first schema at a path that gives a `type`, and that type (the first when it lists several). */
function typeOf(views: readonly Schema[]): string | undefined {
  for (const s of views) {
    const t = s['type'];
    if (typeof t === 'string') return t;
    if (Array.isArray(t) && typeof t[0] === 'string') return t[0];
    if (Array.isArray(s['enum'])) return typeof s['enum'][0];
  }
  return undefined;
}

/**
 * A skeleton of the value at a path for someone to fill in: a mapping of its required keys
 * (recursively), a list of one skeleton item, the schema's constant (`charter: 1`), and else an
 * empty value, which the linter then points at until it is filled in (no invented content).
 */
export function skeletonAt(path: readonly PathSegment[], depth = 0): unknown {
  const views = schemasAt(path);
  const type = typeOf(views);
  if (depth > 6) return null;
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const s of views) {
      if (!Array.isArray(s['required'])) continue;
      for (const key of s['required']) if (typeof key === 'string' && !(key in out)) out[key] = skeletonAt([...path, key], depth + 1);
    }
    return out;
  }
  if (type === 'array') return [skeletonAt([...path, 0], depth + 1)];
  for (const s of views) if (s['const'] !== undefined) return s['const'];
  return type === 'string' ? '' : null;
}
