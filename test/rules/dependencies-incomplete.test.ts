import rule from '../../src/rules/dependencies-incomplete.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'one dependency with one expectation (near miss: one is enough)', code: charterWith(() => {}) },
    {
      name: 'several dependencies, each with expectations',
      code: charterWith((c) =>
        c.dependencies.push({
          team: 'support',
          expectations: [{ id: 'p1-alert', expectation: 'Alert the CSM within one hour of a P1 on an at-risk account.' }],
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'no dependencies key',
      code: charterWith((c) => delete c.dependencies),
      errors: [{ messageId: 'noDependencies', path: '/dependencies' }],
    },
    {
      name: 'an empty list',
      code: charterWith((c) => (c.dependencies = [])),
      errors: [{ messageId: 'noDependencies', path: '/dependencies' }],
    },
    {
      name: 'dependencies without expectations',
      code: charterWith((c) => {
        c.dependencies.push({ team: 'sales' });
        c.dependencies.push({ team: 'product', expectations: [] });
        c.dependencies.push({ team: 'finance', expectations: [{ id: 'x' }] });
      }),
      errors: [
        { messageId: 'noExpectation', path: '/dependencies/1', message: "dependency on 'sales'" },
        { messageId: 'noExpectation', path: '/dependencies/2', message: "'product'" },
        { messageId: 'noExpectation', path: '/dependencies/3', message: "'finance'" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.dependencies = [null, 'sales', { team: ['x'], expectations: 'Send leads.' }, { team: 'support', expectations: { id: 'a' } }];
      }),
      errors: [
        { messageId: 'noExpectation', path: '/dependencies/2', message: "'#3'" },
        { messageId: 'noExpectation', path: '/dependencies/3', message: "'support'" },
      ],
    },
    {
      name: 'dependencies is a string',
      code: charterWith((c) => (c.dependencies = 'Sales, Support')),
      errors: [{ messageId: 'noDependencies', path: '/dependencies' }],
    },
  ],
});
