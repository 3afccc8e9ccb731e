/**
 * Keys of list items: what identifies an item of a charter's lists independently of its position
 * (an id, a swim lane's process and segments, a person's name). `charter diff` matches items on
 * these keys, and finding fingerprints (baselines, introduced/fixed findings) name items by them,
 * so moving or inserting an item does not change how the others are named.
 */
import { isRecord, text } from './read.js';
import type { PathSegment } from './types.js';

/** The key of one list item, or undefined when it has none (then its position is used). */
export function itemKey(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const r = item;
  const id = text(r['id']);
  if (id !== undefined) return id;
  // A swim lane: its process, per segment when split by segment.
  const process = text(r['process']);
  if (process !== undefined) {
    const segments = Array.isArray(r['segment']) ? r['segment'].map(text).filter((s) => s !== undefined) : [];
    return segments.length > 0 ? `${process}@${segments.join('+')}` : process;
  }
  // A team/role reference (RACI lists): team/role.
  const team = text(r['team']);
  const role = text(r['role']);
  if (team !== undefined && role !== undefined && Object.keys(r).every((k) => k === 'team' || k === 'role')) return `${team}/${role}`;
  // A dependency on a team.
  if (team !== undefined) return team;
  for (const k of ['name', 'milestone', 'activity', 'audience'] as const) {
    const v = text(r[k]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * A path into a charter written with item keys instead of list positions where the item has one:
 * `metrics[grr].target.value`, `objectives[grow-base].metrics[nrr]` (a plain entry by its value).
 * Positions stay for items without a key.
 */
export function keyedPath(data: unknown, path: readonly PathSegment[]): string {
  return named(data, path, true);
}

/**
 * A path as a finding names a field for the reader: `team.roles[csm].responsibilities[0]`, list
 * items by their key where they have one, plain entries (texts) by position; `the charter` for
 * the root.
 */
export function fieldPath(data: unknown, path: readonly PathSegment[]): string {
  return named(data, path, false) || 'the charter';
}

function named(data: unknown, path: readonly PathSegment[], plainByValue: boolean): string {
  let node: unknown = data;
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item = Array.isArray(node) ? node[seg] : undefined;
      // A plain entry (a metric id of an objective) is named by its value.
      const plain = plainByValue && (typeof item === 'string' || typeof item === 'number') ? String(item) : undefined;
      const key = itemKey(item) ?? plain;
      out += key !== undefined ? `[${key}]` : `[${seg}]`;
      node = item;
    } else {
      out += out === '' ? seg : `.${seg}`;
      node = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}
