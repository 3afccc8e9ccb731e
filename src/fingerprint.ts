/**
 * Fingerprints of findings that survive edits elsewhere in a charter: the rule, the place in the
 * document named by item keys (model/keys.ts: `metrics[grr].target`, not `/metrics/3/target`) and
 * the message. No line numbers, no list positions of keyed items: lines or rows inserted above a
 * finding leave its fingerprint as it was. Baselines and `charter diff` match findings on them.
 *
 * The run's date is not part of a fingerprint: where a rule's message names it (`{{asOf}}` in the
 * template, as review-overdue's "more than 12 months before 2026-11-22"), it is masked, so a
 * finding accepted in a baseline today is still accepted tomorrow.
 */
import { nodeCrypto } from './lazy.js';
import { keyedPath } from './model/keys.js';
import type { Finding } from './model/types.js';
import { crossRules, rules } from './rules/support/registry.js';

type Subject = Pick<Finding, 'ruleId' | 'messageId' | 'path' | 'message'>;

/** `ruleId\0messageId` of each message template that names the run's date. */
let datedMessages: ReadonlySet<string> | undefined;

function namesRunDate(f: Subject): boolean {
  datedMessages ??= new Set(
    [...rules, ...crossRules].flatMap((r) =>
      Object.entries(r.meta.messages as Record<string, string>)
        .filter(([, template]) => template.includes('{{asOf}}'))
        .map(([id]) => `${r.id}\u0000${id}`),
    ),
  );
  return datedMessages.has(`${f.ruleId}\u0000${f.messageId}`);
}

/**
 * What a fingerprint hashes: rule, keyed path and message, readable (for `charter diff`). With
 * `asOf` (the run's date), a message that names it has it masked.
 */
export function findingSubject(f: Subject, data: unknown, asOf?: string): string {
  const message = asOf !== undefined && namesRunDate(f) ? f.message.split(asOf).join('{{asOf}}') : f.message;
  return `${f.ruleId}\u0000${keyedPath(data, f.path)}\u0000${message}`;
}

/** The fingerprint itself: 32 hex digits of the SHA-256 of {@link findingSubject}. */
export function findingFingerprint(f: Subject, data: unknown, asOf?: string): string {
  return nodeCrypto().createHash('sha256').update(findingSubject(f, data, asOf)).digest('hex').slice(0, 32);
}
