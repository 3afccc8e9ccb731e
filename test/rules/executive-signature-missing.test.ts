import rule from '../../src/rules/executive-signature-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter: the CRO signed, the director is not an executive', code: baseCharter() },
    {
      name: 'names match case-insensitively with white space collapsed',
      code: charterWith((c) => (c.signatures[0].name = '  dana   WHITFIELD ')),
    },
    {
      name: 'a draft is not signed yet',
      code: charterWith((c) => {
        c.meta.status = 'draft';
        c.signatures = [];
      }),
    },
    {
      name: 'executive: false overrides an executive title (near miss)',
      code: charterWith((c) => c.stakeholders.push({ name: 'Marcus Lee', title: 'VP Sales', executive: false })),
    },
    {
      name: 'a title that does not match the executive pattern',
      code: charterWith((c) => c.stakeholders.push({ name: 'Rui Costa', title: 'Director, Support' })),
    },
    {
      name: 'wrongly typed stakeholders and signatures',
      code: charterWith((c) => {
        c.stakeholders = [null, 'CEO', 7, { name: ['Ann'], title: { t: 'CEO' }, executive: 'yes' }];
        c.signatures = 'all signed';
      }),
    },
  ],
  invalid: [
    {
      name: 'executive: true and no signature',
      code: charterWith((c) => c.signatures.shift()),
      errors: [
        { messageId: 'unsigned', path: '/stakeholders/0', line: 202, column: 5, message: 'executive stakeholder Dana Whitfield (Chief Revenue Officer) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
      ],
    },
    {
      name: 'a signature without a date does not count (near miss)',
      code: charterWith((c) => delete c.signatures[0].date),
      errors: [
        { messageId: 'unsigned', path: '/stakeholders/0', line: 202, column: 5, message: 'executive stakeholder Dana Whitfield (Chief Revenue Officer) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
      ],
    },
    {
      name: 'executive inferred from the title when the flag is absent',
      code: charterWith((c) =>
        c.stakeholders.push(
          { name: 'Marcus Lee', title: 'VP Sales' },
          { name: 'Farah Nassar', title: 'Head of Operations' },
          { name: 'Owen Park', title: 'Senior Engineer' },
        ),
      ),
      errors: [
        { messageId: 'unsigned', path: '/stakeholders/2', line: 208, column: 5, message: 'executive stakeholder Marcus Lee (VP Sales) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
        { messageId: 'unsigned', path: '/stakeholders/3', line: 210, column: 5, message: 'executive stakeholder Farah Nassar (Head of Operations) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
      ],
    },
    {
      name: 'signatures are not a list: every executive is unsigned',
      code: charterWith((c) => {
        c.signatures = { name: 'Dana Whitfield', date: '2026-06-20' };
        c.stakeholders.push({ title: 'CEO' });
      }),
      errors: [
        { messageId: 'unsigned', path: '/stakeholders/0', line: 202, column: 5, message: 'executive stakeholder Dana Whitfield (Chief Revenue Officer) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
        { messageId: 'unsigned', path: '/stakeholders/2', line: 208, column: 5, message: 'executive stakeholder #3 (no name) (CEO) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it' },
      ],
    },
  ],
});
