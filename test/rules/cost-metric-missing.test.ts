import rule from '../../src/rules/cost-metric-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    {
      name: 'an exemption with a reason',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: 'CS Ops is an upfront investment like engineering hiring.' })),
    },
    {
      name: 'a partial cost metric is enough here (the metric rules check the rest)',
      code: charterWith((c) => (c.cost_metric = { name: 'Cost per ticket' })),
    },
  ],
  invalid: [
    {
      name: 'no cost metric',
      code: charterWith((c) => delete c.cost_metric),
      errors: [
        { messageId: 'missing', path: '/cost_metric', line: 1, column: 1, message: 'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason' },
      ],
    },
    {
      name: 'an empty mapping',
      code: charterWith((c) => (c.cost_metric = {})),
      errors: [
        { messageId: 'missing', path: '/cost_metric', line: 118, column: 14, message: 'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason' },
      ],
    },
    {
      name: 'a blank exemption reason (near miss)',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: '  ', id: '' })),
      errors: [
        { messageId: 'missing', path: '/cost_metric', line: 119, column: 3, message: 'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason' },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => (c.cost_metric = ['CS cost as % of ARR'])),
      errors: [
        { messageId: 'missing', path: '/cost_metric', line: 119, column: 3, message: 'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason' },
      ],
    },
    {
      name: 'null cost metric',
      code: 'charter: 1\ncost_metric:\n',
      errors: [
        { messageId: 'missing', path: '/cost_metric', line: 2, column: 1, message: 'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason' },
      ],
    },
  ],
});
