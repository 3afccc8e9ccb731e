/**
 * Fingerprints of findings that survive edits elsewhere in a charter: the rule, the place in the
 * document named by item keys (model/keys.ts: `metrics[grr].target`, not `/metrics/3/target`) and
 * the message. No line numbers, no list positions of keyed items: lines or rows inserted above a
 * finding leave its fingerprint as it was. Baselines and `charter diff` match findings on them.
 */
import { nodeCrypto } from './lazy.js';
import { keyedPath } from './model/keys.js';
import type { Finding } from './model/types.js';

/** What a fingerprint hashes: rule, keyed path and message, readable (for `charter diff`). */
export function findingSubject(f: Pick<Finding, 'ruleId' | 'path' | 'message'>, data: unknown): string {
  return `${f.ruleId}\u0000${keyedPath(data, f.path)}\u0000${f.message}`;
}

/** The fingerprint itself: 32 hex digits of the SHA-256 of {@link findingSubject}. */
export function findingFingerprint(f: Pick<Finding, 'ruleId' | 'path' | 'message'>, data: unknown): string {
  return nodeCrypto().createHash('sha256').update(findingSubject(f, data)).digest('hex').slice(0, 32);
}
