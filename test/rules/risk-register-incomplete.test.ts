import rule from '../../src/rules/risk-register-incomplete.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'a complete risk', code: charterWith(() => {}) },
    {
      name: 'integer levels count as ratings',
      code: charterWith((c) => {
        c.risks[0].likelihood = 2;
        c.risks[0].impact = 5;
      }),
    },
  ],
  invalid: [
    {
      name: 'no risks key',
      code: charterWith((c) => delete c.risks),
      errors: [
        { messageId: 'noRisks', path: '/risks', line: 1, column: 1, message: 'no risks documented: write down what can go wrong (e.g. late hand-offs, unclear renewal ownership), with likelihood, impact, mitigation and owner' },
      ],
    },
    {
      name: 'an empty register',
      code: charterWith((c) => (c.risks = [])),
      errors: [
        { messageId: 'noRisks', path: '/risks', line: 175, column: 8, message: 'no risks documented: write down what can go wrong (e.g. late hand-offs, unclear renewal ownership), with likelihood, impact, mitigation and owner' },
      ],
    },
    {
      name: 'risks with missing fields',
      code: charterWith((c) => {
        delete c.risks[0].owner;
        c.risks.push({ id: 'csm-attrition', risk: 'CSMs leave mid-year.' });
      }),
      errors: [
        { messageId: 'incomplete', path: '/risks/0', line: 176, column: 5, message: "risk 'renewal-gap' is missing: owner; every risk needs a likelihood and impact rating, a mitigation and an owner" },
        { messageId: 'incomplete', path: '/risks/1', line: 181, column: 5, message: "risk 'csm-attrition' is missing: likelihood, impact, mitigation, owner; every risk needs a likelihood and impact rating, a mitigation and an owner" },
      ],
    },
    {
      name: 'a blank mitigation counts as missing (near miss)',
      code: charterWith((c) => (c.risks[0].mitigation = '  ')),
      errors: [
        { messageId: 'incomplete', path: '/risks/0', line: 176, column: 5, message: "risk 'renewal-gap' is missing: mitigation; every risk needs a likelihood and impact rating, a mitigation and an owner" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.risks = ['churn', null, { id: ['x'], likelihood: [], impact: {}, mitigation: 'Plan.', owner: 'Maya' }];
      }),
      errors: [
        { messageId: 'incomplete', path: '/risks/2', line: 178, column: 5, message: "risk '#3' is missing: likelihood, impact; every risk needs a likelihood and impact rating, a mitigation and an owner" },
      ],
    },
  ],
});
