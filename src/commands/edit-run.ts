import { lintCharter } from '../engine/place.js';
import { parseCharter } from '../model/document.js';
import type { Finding } from '../model/types.js';
import signatureStale from '../rules/signature-stale.js';
import { isRecord, normName, records } from '../model/read.js';

/** The `signature-stale` findings of charter text (what `lint` will say about the signatures). */
export function staleFindings(text: string, file: string, asOf: string): Finding[] {
  return lintCharter(parseCharter(text, file), { rules: [signatureStale], asOf });
}

/** Index of the record in `list` whose `name` matches (case-insensitive, white space collapsed), or -1. */
export function findByName(list: unknown, name: string): number {
  const wanted = normName(name);
  const hit = records(list).find(({ item }) => normName(item['name']) === wanted);
  return hit ? hit.index : -1;
}

/** The `meta` mapping of charter data, or an empty object. */
export function metaOf(data: Record<string, unknown>): Record<string, unknown> {
  return isRecord(data['meta']) ? data['meta'] : {};
}

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The lines telling which signatures an edit makes stale: those that `signature-stale` reports on
 * the new text and did not report on the old one (empty when none).
 */
export function staleReport(before: string, after: string, file: string, asOf: string): string {
  const was = new Set(staleFindings(before, file, asOf).map((f) => f.path[1]));
  const now = staleFindings(after, file, asOf).filter((f) => !was.has(f.path[1]));
  if (now.length === 0) return '';
  const names = now.map((f) => /^the signature of (.*) is out of date/.exec(f.message)?.[1] ?? `#${Number(f.path[1]) + 1}`);
  const n = now.length === 1 ? 'this signature is' : `these ${now.length} signatures are`;
  return `${n} now stale (signature-stale): ${listing(names)}
`;
}
