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
      errors: [
        { messageId: 'noLink', path: '/objectives/1', line: 65, column: 5, message: "objective 'grow-base' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves" },
      ],
    },
    {
      name: 'a blank strategy link (near miss: present but empty)',
      code: charterWith((c) => (c.objectives[0].strategy_link = '   ')),
      errors: [
        { messageId: 'noLink', path: '/objectives/0', line: 56, column: 5, message: "objective 'protect-base' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves" },
      ],
    },
    {
      name: 'both objectives unlinked',
      code: charterWith((c) => {
        c.objectives[0].strategy_link = null;
        c.objectives[1].strategy_link = [];
      }),
      errors: [
        { messageId: 'noLink', path: '/objectives/0', line: 56, column: 5, message: "objective 'protect-base' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves" },
        { messageId: 'noLink', path: '/objectives/1', line: 65, column: 5, message: "objective 'grow-base' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves" },
      ],
    },
    {
      name: 'wrongly typed objectives do not throw; an objective without id is named by position',
      code: charterWith((c) => (c.objectives = [null, 'text', { statement: 'Grow.' }])),
      errors: [
        { messageId: 'noLink', path: '/objectives/2', line: 58, column: 5, message: "objective '#3' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves" },
      ],
    },
  ],
});
