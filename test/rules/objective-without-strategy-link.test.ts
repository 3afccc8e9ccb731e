import rule from '../../src/rules/objective-without-strategy-link.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    { name: 'an OKR id as the link', code: charterWith((c) => (c.objectives[0].strategy_link = 'OKR-2027-02')) },
    { name: 'objectives that are not a list', code: charterWith((c) => (c.objectives = 'grow retention')) },
  ],
  invalid: [
    {
      name: 'an objective without a strategy link',
      code: charterWith((c) => delete c.objectives[1].strategy_link),
      errors: [{ messageId: 'noLink', path: '/objectives/1', message: "objective 'grow-base' is not linked to a business strategy goal" }],
    },
    {
      name: 'a blank strategy link (near miss: present but empty)',
      code: charterWith((c) => (c.objectives[0].strategy_link = '   ')),
      errors: [{ messageId: 'noLink', path: '/objectives/0' }],
    },
    {
      name: 'both objectives unlinked',
      code: charterWith((c) => {
        c.objectives[0].strategy_link = null;
        c.objectives[1].strategy_link = [];
      }),
      errors: [
        { messageId: 'noLink', path: '/objectives/0' },
        { messageId: 'noLink', path: '/objectives/1' },
      ],
    },
    {
      name: 'wrongly typed objectives do not throw; an objective without id is named by position',
      code: charterWith((c) => (c.objectives = [null, 'text', { statement: 'Grow.' }])),
      errors: [{ messageId: 'noLink', path: '/objectives/2', message: "objective '#3'" }],
    },
  ],
});
