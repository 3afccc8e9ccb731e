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

/** Signers whose signature `signature-stale` reports on charter text, by index: `Name (role)`; and how many signatures there are. */
function staleSigners(text: string, file: string, asOf: string): { stale: Map<number, string>; count: number } {
  const loaded = parseCharter(text, file);
  const signatures = Array.isArray(loaded.data['signatures']) ? (loaded.data['signatures'] as unknown[]) : [];
  const out = new Map<number, string>();
  for (const f of lintCharter(loaded, { rules: [signatureStale], asOf })) {
    const index = Number(f.path[1]);
    const sig = isRecord(signatures[index]) ? signatures[index] : {};
    const name = typeof sig['name'] === 'string' ? sig['name'] : `signature #${index + 1}`;
    const role = typeof sig['role'] === 'string' ? sig['role'] : typeof sig['title'] === 'string' ? sig['title'] : undefined;
    out.set(index, role ? `${name} (${role})` : name);
  }
  return { stale: out, count: signatures.length };
}

/** Which signatures an edit makes stale, and which were stale before it. */
export interface StaleChange {
  /** Stale after the edit and not before: `Name (role)`. */
  now: string[];
  /** Stale before the edit already. */
  already: string[];
  /** How many signatures the charter has. */
  signatures: number;
}

/** The signatures that `signature-stale` reports on the new text, split by whether it reported them on the old one. */
export function staleChange(before: string, after: string, file: string, asOf: string): StaleChange {
  const was = staleSigners(before, file, asOf).stale;
  const { stale, count } = staleSigners(after, file, asOf);
  const change: StaleChange = { now: [], already: [], signatures: count };
  for (const [index, label] of stale) (was.has(index) ? change.already : change.now).push(label);
  return change;
}

/**
 * The lines telling which signatures an edit makes stale and which were stale already, and how
 * the signers sign again (empty when no signature is stale).
 */
export function staleReport(change: StaleChange, file: string): string {
  const { now, already } = change;
  let out = '';
  if (now.length > 0) out += `${now.length === 1 ? 'this signature is' : `these ${now.length} signatures are`} now stale (signature-stale): ${listing(now)}\n`;
  if (already.length > 0) {
    out += `${already.length === 1 ? 'this signature was' : `these ${already.length} signatures were`} already stale: ${listing(already)}\n`;
  }
  if (out !== '') out += `${now.length + already.length === 1 ? 'the signer signs' : 'each signer signs'} again with: charter sign ${file} --name … --title …\n`;
  return out;
}
