import rule from '../../src/rules/operating-principles-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter has one principle (near miss)', code: baseCharter() },
    {
      name: 'the template principle kept by the weak charter',
      code: charterWith((c) => (c.operating_principles = [{ name: 'Customer-centricity', description: "Always prioritize the customer's needs." }])),
    },
    { name: 'a wrongly typed but non-empty value is left to schema-violation', code: charterWith((c) => (c.operating_principles = 'Be kind')) },
  ],
  invalid: [
    {
      name: 'no operating principles',
      code: charterWith((c) => delete c.operating_principles),
      errors: [
        { messageId: 'missing', path: '/operating_principles', line: 1, column: 1, message: 'no operating principles: write down how the team works and decides (e.g. customer-centricity, transparency, accountability, innovation)' },
      ],
    },
    {
      name: 'an empty list',
      code: charterWith((c) => (c.operating_principles = [])),
      errors: [
        { messageId: 'missing', path: '/operating_principles', line: 192, column: 23, message: 'no operating principles: write down how the team works and decides (e.g. customer-centricity, transparency, accountability, innovation)' },
      ],
    },
    {
      name: 'a list of blank entries',
      code: charterWith((c) => (c.operating_principles = [null, {}, ' '])),
      errors: [
        { messageId: 'missing', path: '/operating_principles', line: 193, column: 3, message: 'no operating principles: write down how the team works and decides (e.g. customer-centricity, transparency, accountability, innovation)' },
      ],
    },
  ],
});
