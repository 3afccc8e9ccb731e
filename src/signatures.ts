import { DIGEST_PATTERN, charterDigest } from './digest.js';
import { isRecord, isoDate, records, text } from './model/read.js';

/** What `charter sign --verify` says of one signature. */
export type SignatureState = 'valid' | 'stale' | 'other-version' | 'no-digest' | 'bad-digest';

/** The check of one signature against the charter as it is now. */
export interface SignatureStatus {
  index: number;
  name: string;
  date: string | undefined;
  /** The version the signature names, if any. */
  version: string | undefined;
  state: SignatureState;
}

/** Versions are strings; an unquoted `3.0` read as the number 3 still equals "3.0". */
export function sameVersion(a: unknown, b: unknown): boolean {
  const ta = text(a);
  const tb = text(b);
  if (ta === tb) return true;
  if (typeof a === 'number') return tb !== undefined && Number(tb) === a;
  if (typeof b === 'number') return ta !== undefined && Number(ta) === b;
  return false;
}

/**
 * Checks every signature of a charter: `valid` when it names the current version (or none) and
 * its digest equals the digest of the current content; `other-version` when it was signed for
 * another version; `stale` when the content changed since signing; `no-digest` when it has no
 * digest to check (signed by hand); `bad-digest` when the digest is not `sha256:<hex>`.
 */
export function signatureStatuses(data: Record<string, unknown>): SignatureStatus[] {
  const meta = isRecord(data['meta']) ? data['meta'] : {};
  // The digest is computed once, and only when a signature has one to compare with.
  let current: string | undefined;
  const digestNow = () => (current ??= charterDigest(data));
  return records(data['signatures']).map(({ item, index }) => {
    const digest = text(item['digest']);
    let state: SignatureState;
    if (item['version'] !== undefined && meta['version'] !== undefined && !sameVersion(item['version'], meta['version'])) {
      state = 'other-version';
    } else if (digest === undefined) state = 'no-digest';
    else if (!DIGEST_PATTERN.test(digest)) state = 'bad-digest';
    else state = digest.toLowerCase() === digestNow() ? 'valid' : 'stale';
    return { index, name: text(item['name']) ?? `#${index + 1} (no name)`, date: isoDate(item['date']), version: text(item['version']), state };
  });
}
