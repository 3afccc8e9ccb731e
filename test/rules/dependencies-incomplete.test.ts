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
      errors: [
        { messageId: 'noDependencies', path: '/dependencies', line: 1, column: 1, message: 'no dependencies on other teams: what do you expect Sales, Support, Product and Finance to do? Add them under dependencies with one expectation each' },
      ],
    },
    {
      name: 'an empty list',
      code: charterWith((c) => (c.dependencies = [])),
      errors: [
        { messageId: 'noDependencies', path: '/dependencies', line: 166, column: 15, message: 'no dependencies on other teams: what do you expect Sales, Support, Product and Finance to do? Add them under dependencies with one expectation each' },
      ],
    },
    {
      name: 'dependencies without expectations',
      code: charterWith((c) => {
        c.dependencies.push({ team: 'sales' });
        c.dependencies.push({ team: 'product', expectations: [] });
        c.dependencies.push({ team: 'finance', expectations: [{ id: 'x' }] });
      }),
      errors: [
        { messageId: 'noExpectation', path: '/dependencies/1', line: 171, column: 5, message: "dependency on 'sales' lists no expectation: write what you expect 'sales' to do for this team, each with an id 'sales' can commit to" },
        { messageId: 'noExpectation', path: '/dependencies/2', line: 172, column: 5, message: "dependency on 'product' lists no expectation: write what you expect 'product' to do for this team, each with an id 'product' can commit to" },
        { messageId: 'noExpectation', path: '/dependencies/3', line: 174, column: 5, message: "dependency on 'finance' lists no expectation: write what you expect 'finance' to do for this team, each with an id 'finance' can commit to" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.dependencies = [null, 'sales', { team: ['x'], expectations: 'Send leads.' }, { team: 'support', expectations: { id: 'a' } }];
      }),
      errors: [
        { messageId: 'noExpectation', path: '/dependencies/2', line: 169, column: 5, message: "dependency on '#3' lists no expectation: write what you expect '#3' to do for this team, each with an id '#3' can commit to" },
        { messageId: 'noExpectation', path: '/dependencies/3', line: 172, column: 5, message: "dependency on 'support' lists no expectation: write what you expect 'support' to do for this team, each with an id 'support' can commit to" },
      ],
    },
    {
      name: 'dependencies is a string',
      code: charterWith((c) => (c.dependencies = 'Sales, Support')),
      errors: [
        { messageId: 'noDependencies', path: '/dependencies', line: 166, column: 15, message: 'no dependencies on other teams: what do you expect Sales, Support, Product and Finance to do? Add them under dependencies with one expectation each' },
      ],
    },
  ],
});
