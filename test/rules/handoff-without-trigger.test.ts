import rule from '../../src/rules/handoff-without-trigger.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the hand-off has a trigger', code: charterWith(() => {}) },
    { name: 'no hand-offs at all (another rule asks for them)', code: charterWith((c) => delete c.handoffs) },
  ],
  invalid: [
    {
      name: 'no trigger',
      code: charterWith((c) => delete c.handoffs[0].trigger),
      errors: [
        { messageId: 'noTrigger', path: '/handoffs/0', line: 157, column: 5, message: "hand-off 'onboarding-to-csm' has no trigger: say what event or criteria move the customer from onboarding to csm (e.g. contract signed and hand-off form complete)" },
      ],
    },
    {
      name: 'a blank trigger does not count (near miss)',
      code: charterWith((c) => {
        c.handoffs.push({ id: 'csm-to-sales', from: { team: 'csm', role: 'csm' }, to: { team: 'sales', role: 'ae' }, trigger: ' ' });
      }),
      errors: [
        { messageId: 'noTrigger', path: '/handoffs/1', line: 166, column: 5, message: "hand-off 'csm-to-sales' has no trigger: say what event or criteria move the customer from csm to sales (e.g. contract signed and hand-off form complete)" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.handoffs = ['x', null, { from: 'sales', to: ['csm'], trigger: ['closed-won'] }];
      }),
      errors: [
        { messageId: 'noTrigger', path: '/handoffs/2', line: 159, column: 5, message: "hand-off '#3' has no trigger: say what event or criteria move the customer from the previous team to the next team (e.g. contract signed and hand-off form complete)" },
      ],
    },
  ],
});
