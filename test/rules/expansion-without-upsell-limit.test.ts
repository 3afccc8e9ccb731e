import rule from '../../src/rules/expansion-without-upsell-limit.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the upsell lane has a limit', code: charterWith(() => {}) },
    {
      name: 'the limit is on an outbound upsell hand-off',
      code: charterWith((c) => {
        delete c.swim_lanes[3].limit;
        c.handoffs.push({
          id: 'csm-to-sales-csql',
          process: 'complex-expansion',
          from: { team: 'csm', role: 'csm' },
          to: { team: 'sales', role: 'account-executive' },
          trigger: 'CSQL accepted by Sales.',
          limit: 'Above $25,000 ARR or a new SKU.',
        });
      }),
    },
    {
      name: 'not an expansion charter',
      code: charterWith((c) => {
        c.charter_types = ['retention'];
        delete c.swim_lanes[3].limit;
      }),
    },
  ],
  invalid: [
    {
      name: 'the upsell lane has no limit',
      code: charterWith((c) => delete c.swim_lanes[3].limit),
      errors: [
        { messageId: 'noLimit', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
    {
      name: 'a blank limit does not count (near miss)',
      code: charterWith((c) => (c.swim_lanes[3].limit = '   ')),
      errors: [
        { messageId: 'noLimit', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
    {
      name: 'a limit on an inbound hand-off does not count',
      code: charterWith((c) => {
        delete c.swim_lanes[3].limit;
        c.handoffs.push({
          id: 'sales-to-csm-upsell',
          process: 'upsell',
          from: { team: 'sales', role: 'account-executive' },
          to: { team: 'csm', role: 'csm' },
          trigger: 'Small add-on requested.',
          limit: 'Up to $5,000.',
        });
      }),
      errors: [
        { messageId: 'noLimit', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
    {
      name: 'a limit on a lane that is not upsell does not count',
      code: charterWith((c) => {
        delete c.swim_lanes[3].limit;
        c.swim_lanes[2].limit = 'Up to $25,000.';
      }),
      errors: [
        { messageId: 'noLimit', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
    {
      name: 'no swim_lanes key: reported at the expansion type',
      code: charterWith((c) => delete c.swim_lanes),
      errors: [
        { messageId: 'noLimit', path: '/charter_types/1', line: 48, column: 5, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.team = 'csm';
        c.swim_lanes = [{ process: 'upsell', limit: ['$25k'] }, null];
        c.handoffs = [{ process: 'upsell', from: 'csm', limit: 5 }, 'x'];
      }),
      errors: [
        { messageId: 'noLimit', path: '/swim_lanes', line: 120, column: 3, message: 'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales' },
      ],
    },
  ],
});
