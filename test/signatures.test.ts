import { describe, expect, it } from 'vitest';
import { charterDigest } from '../src/digest.js';
import { sameVersion, signatureStatuses } from '../src/signatures.js';
import { baseCharter } from './helpers/base-charter.js';

describe('signatureStatuses', () => {
  it('tells valid, stale, other-version, no-digest and bad-digest apart', () => {
    const c = baseCharter() as Record<string, unknown> & { meta: { version: string }; statement: { mission: string } };
    const digest = charterDigest(c);
    c['signatures'] = [
      { name: 'Valid', date: '2026-11-22', version: '2.0', digest },
      { name: 'Upper', date: '2026-11-22', digest: digest.toUpperCase().replace('SHA256', 'sha256') },
      { name: 'Old', date: '2026-01-01', version: '1.0', digest },
      { name: 'Hand', date: '2026-11-22', version: '2.0' },
      { name: 'Junk', date: '2026-11-22', digest: 'md5:abc' },
      'not a record',
      { date: '2026-11-22', digest },
    ];
    const states = (): string[] => signatureStatuses(c).map((s) => `${s.index} ${s.name} ${s.state}`);
    expect(states()).toEqual(['0 Valid valid', '1 Upper valid', '2 Old other-version', '3 Hand no-digest', '4 Junk bad-digest', '6 #7 (no name) valid']);
    // Signatures and approvals are not content: changing them keeps the others valid.
    c['approvals'] = [{ name: 'X', decision: 'approved', date: '2026-11-22' }];
    expect(states()[0]).toBe('0 Valid valid');
    c.statement.mission += ' Really.';
    expect(states()).toEqual(['0 Valid stale', '1 Upper stale', '2 Old other-version', '3 Hand no-digest', '4 Junk bad-digest', '6 #7 (no name) stale']);
  });

  it('has nothing to say about a charter without signatures', () => {
    expect(signatureStatuses({ ...baseCharter(), signatures: [] })).toEqual([]);
    expect(signatureStatuses({ charter: 1 })).toEqual([]);
    expect(signatureStatuses({ ...baseCharter(), signatures: 'none' })).toEqual([]);
  });
});

describe('sameVersion', () => {
  it('compares versions as text, an unquoted number equal to its string', () => {
    expect(sameVersion('3.0', '3.0')).toBe(true);
    expect(sameVersion(3, '3.0')).toBe(true);
    expect(sameVersion('3.0', 3)).toBe(true);
    expect(sameVersion('3.0', '3.1')).toBe(false);
    expect(sameVersion(3.1, '3.0')).toBe(false);
  });
});
