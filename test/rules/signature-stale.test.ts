import rule from '../../src/rules/signature-stale.js';
import { charterDigest } from '../../src/digest.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith, type Data } from '../helpers/base-charter.js';

/** The base charter with every signature bound to the current content. */
function signedWithDigest(edit: (c: Data) => void = () => {}): Data {
  const c = baseCharter();
  const digest = charterDigest(c);
  for (const s of c.signatures) s.digest = digest;
  edit(c);
  return c;
}

ruleTester(rule, {
  valid: [
    { name: 'the base charter: every signature for 2.0, after the 2.0 revision', code: baseCharter() },
    {
      name: 'signed on the day of the latest revision (near miss)',
      code: charterWith((c) => (c.signatures[0].date = '2026-06-15')),
    },
    { name: 'digests that match the current content', code: signedWithDigest() },
    {
      name: 'a digest written in upper-case hex still matches',
      code: signedWithDigest((c) => (c.signatures[0].digest = 'sha256:' + c.signatures[0].digest.slice(7).toUpperCase())),
    },
    {
      name: 'changing approvals or other signatures keeps the digest valid',
      code: signedWithDigest((c) => {
        c.approvals.push({ name: 'Marcus Lee', decision: 'pending' });
        c.signatures.push({ name: 'Marcus Lee', date: '2026-06-25' });
      }),
    },
    {
      name: 'a signature without a version or date is not stale',
      code: charterWith((c) => (c.signatures = [{ name: 'Jonah Reyes' }])),
    },
    {
      name: 'an unquoted meta.version 2.0 (the number 2) still matches "2.0"',
      code: charterWith((c) => (c.meta.version = 2)),
    },
    {
      name: 'wrongly typed signatures, meta and revision history',
      code: charterWith((c) => {
        c.meta.revision_history = 'many';
        c.signatures = [null, 'Dana', 3, { name: { first: 'Dana' }, date: ['2020-01-01'], version: [] }];
      }),
    },
  ],
  invalid: [
    {
      name: 'signed an earlier version',
      code: charterWith((c) => (c.signatures[1].version = '1.0')),
      errors: [
        { messageId: 'stale', path: '/signatures/1', line: 224, column: 5, message: 'the signature of Jonah Reyes is out of date: signed version 1.0, but the charter is now version 2.0. Ask them to review the current version and sign again' },
      ],
    },
    {
      name: 'signed the day before the latest revision',
      code: charterWith((c) => (c.signatures[0].date = '2026-06-14')),
      errors: [
        { messageId: 'stale', path: '/signatures/0', line: 219, column: 5, message: 'the signature of Dana Whitfield is out of date: signed on 2026-06-14, before the latest revision on 2026-06-15. Ask them to review the current version and sign again' },
      ],
    },
    {
      name: 'several reasons in one finding per signature',
      code: charterWith((c) => {
        c.meta.version = '3.0';
        c.meta.revision_history.push({ version: '3.0', date: '2026-09-01', author: 'Maya Okafor', summary: 'New lanes.' });
        c.signatures[2].date = '2026-09-02';
        c.signatures[2].version = '3.0';
      }),
      errors: [
        { messageId: 'stale', path: '/signatures/0', line: 223, column: 5, message: 'the signature of Dana Whitfield is out of date: signed version 2.0, but the charter is now version 3.0; signed on 2026-06-20, before the latest revision on 2026-09-01. Ask them to review the current version and sign again' },
        { messageId: 'stale', path: '/signatures/1', line: 228, column: 5, message: 'the signature of Jonah Reyes is out of date: signed version 2.0, but the charter is now version 3.0; signed on 2026-06-21, before the latest revision on 2026-09-01. Ask them to review the current version and sign again' },
      ],
    },
    {
      name: 'the content changed after signing (digest mismatch)',
      code: signedWithDigest((c) => {
        c.statement.vision = 'A different vision.';
        c.signatures[1].digest = c.signatures[1].digest.toUpperCase().replace('SHA256:', 'sha256:');
        delete c.signatures[2].digest;
      }),
      errors: [
        { messageId: 'stale', path: '/signatures/0', line: 219, column: 5, message: 'the signature of Dana Whitfield is out of date: the charter content has changed since it was signed (digest mismatch). Ask them to review the current version and sign again' },
        { messageId: 'stale', path: '/signatures/1', line: 225, column: 5, message: 'the signature of Jonah Reyes is out of date: the charter content has changed since it was signed (digest mismatch). Ask them to review the current version and sign again' },
      ],
    },
    {
      name: 'a malformed digest',
      code: charterWith((c) => (c.signatures[0].digest = 'md5:1234')),
      errors: [
        { messageId: 'stale', path: '/signatures/0', line: 219, column: 5, message: "the signature of Dana Whitfield is out of date: its digest 'md5:1234' is not of the form sha256:<hex>. Ask them to review the current version and sign again" },
      ],
    },
  ],
});
