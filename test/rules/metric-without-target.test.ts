import rule from '../../src/rules/metric-without-target.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    {
      name: 'maintain with only a maximum',
      code: charterWith((c) => {
        c.metrics[2].direction = 'maintain';
        c.metrics[2].target = { max: 80, by: '2027-06-30' };
      }),
    },
    {
      name: 'an exempt cost metric needs no target',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: 'CS Ops is an upfront investment like engineering hiring.' })),
    },
    {
      name: 'an empty cost metric is left to cost-metric-missing',
      code: charterWith((c) => (c.cost_metric = {})),
    },
    {
      name: 'a cost metric with an exempt reason is exempt even with metric fields',
      code: charterWith((c) => {
        delete c.cost_metric.target;
        c.cost_metric.exempt_reason = 'Budget set by Finance this year.';
      }),
    },
  ],
  invalid: [
    {
      name: 'a metric without a target',
      code: charterWith((c) => delete c.metrics[0].target),
      errors: [
        { messageId: 'noTarget', path: '/metrics/0', line: 73, column: 5, message: "metric 'grr' has no target: set target.value (the number to reach) and target.by (the date)" },
      ],
    },
    {
      name: 'a target with only a date',
      code: charterWith((c) => (c.metrics[1].target = { by: '2028-12-31' })),
      errors: [
        { messageId: 'noTarget', path: '/metrics/1', line: 88, column: 5, message: "metric 'nrr' has no target: set target.value (the number to reach) and target.by (the date)" },
      ],
    },
    {
      name: 'maintain with neither min nor max',
      code: charterWith((c) => {
        c.metrics[2].direction = 'maintain';
        c.metrics[2].target = { by: '2027-06-30' };
      }),
      errors: [
        { messageId: 'noTarget', path: '/metrics/2', line: 103, column: 5, message: "metric 'license-utilization' has no target: set target.min and/or target.max (the band to stay within) and target.by" },
      ],
    },
    {
      name: 'a min satisfies only maintain (near miss: direction increase)',
      code: charterWith((c) => (c.metrics[2].target = { min: 70, by: '2027-06-30' })),
      errors: [
        { messageId: 'noTarget', path: '/metrics/2', line: 103, column: 5, message: "metric 'license-utilization' has no target: set target.value (the number to reach) and target.by (the date)" },
      ],
    },
    {
      name: 'a non-exempt cost metric without a target',
      code: charterWith((c) => delete c.cost_metric.target),
      errors: [
        { messageId: 'noTarget', path: '/cost_metric', line: 119, column: 3, message: "cost metric 'cs-cost-ratio' has no target: set target.value (the number to reach) and target.by (the date)" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.metrics = ['grr', 5, null, { id: 'odd', direction: ['maintain'], target: 'soon' }];
        c.cost_metric = { exempt_reason: '', name: 'CS cost', target: [] };
      }),
      errors: [
        { messageId: 'noTarget', path: '/metrics/3', line: 76, column: 5, message: "metric 'odd' has no target: set target.value (the number to reach) and target.by (the date)" },
        { messageId: 'noTarget', path: '/cost_metric', line: 81, column: 3, message: "cost metric 'CS cost' has no target: set target.value (the number to reach) and target.by (the date)" },
      ],
    },
  ],
});
