/**
 * Key order of format.md §3.2–3.3, used to place a key that an edit creates: after the last key
 * of the mapping that comes before it in this order. Keys of a team's own (`x-…`) or unknown to
 * the list keep their place; a created key never moves them.
 */
const TOP_LEVEL = [
  'charter',
  'meta',
  'team',
  'statement',
  'charter_types',
  'scope',
  'objectives',
  'metrics',
  'cost_metric',
  'key_activities',
  'swim_lanes',
  'handoffs',
  'dependencies',
  'commitments',
  'risks',
  'roadmap',
  'communications',
  'operating_principles',
  'skills_required',
  'stakeholders',
  'governance',
  'approvals',
  'signatures',
];

const META = [
  'id',
  'name',
  'company',
  'department',
  'version',
  'status',
  'owner',
  'effective_date',
  'last_reviewed',
  'next_review',
  'parent_charter',
  'revision_history',
];

/** Field order of the records that the commands write (Signature, Approval, revision entry). */
export const SIGNATURE_KEYS = ['name', 'title', 'department', 'role', 'date', 'version', 'digest'] as const;
export const APPROVAL_KEYS = ['name', 'title', 'department', 'decision', 'date'] as const;
export const REVISION_KEYS = ['version', 'date', 'author', 'summary'] as const;

/** The canonical key order of the mapping at `path` (string segments only), or undefined. */
export function keyOrderAt(path: readonly (string | number)[]): readonly string[] | undefined {
  if (path.length === 0) return TOP_LEVEL;
  if (path.length === 1 && path[0] === 'meta') return META;
  if (path.length === 1 && path[0] === 'governance') return ['review', 'reporting'];
  if (path.length === 2 && path[0] === 'governance' && path[1] === 'review') return ['cadence', 'reviewers', 'amendment_procedure'];
  if (path.length === 2 && typeof path[1] === 'number') {
    if (path[0] === 'signatures') return SIGNATURE_KEYS;
    if (path[0] === 'approvals') return APPROVAL_KEYS;
  }
  if (path.length === 3 && path[0] === 'meta' && path[1] === 'revision_history' && typeof path[2] === 'number') return REVISION_KEYS;
  return undefined;
}

/** A copy of `record` with its keys in `order` (keys not in `order` follow, in their own order). */
export function ordered(record: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) if (record[k] !== undefined) out[k] = record[k];
  for (const [k, v] of Object.entries(record)) if (!(k in out) && v !== undefined) out[k] = v;
  return out;
}
