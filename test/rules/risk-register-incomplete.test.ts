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
      errors: [{ messageId: 'noRisks', path: '/risks' }],
    },
    {
      name: 'an empty register',
      code: charterWith((c) => (c.risks = [])),
      errors: [{ messageId: 'noRisks', path: '/risks' }],
    },
    {
      name: 'risks with missing fields',
      code: charterWith((c) => {
        delete c.risks[0].owner;
        c.risks.push({ id: 'csm-attrition', risk: 'CSMs leave mid-year.' });
      }),
      errors: [
        { messageId: 'incomplete', path: '/risks/0', message: "risk 'renewal-gap' is missing: owner;" },
        { messageId: 'incomplete', path: '/risks/1', message: 'is missing: likelihood, impact, mitigation, owner;' },
      ],
    },
    {
      name: 'a blank mitigation counts as missing (near miss)',
      code: charterWith((c) => (c.risks[0].mitigation = '  ')),
      errors: [{ messageId: 'incomplete', path: '/risks/0', message: 'missing: mitigation;' }],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.risks = ['churn', null, { id: ['x'], likelihood: [], impact: {}, mitigation: 'Plan.', owner: 'Maya' }];
      }),
      errors: [{ messageId: 'incomplete', path: '/risks/2', message: "risk '#3' is missing: likelihood, impact;" }],
    },
  ],
});
