import rule from '../../src/rules/objective-without-metric.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    {
      name: 'an objective may track the cost metric',
      code: charterWith((c) => (c.objectives[1].metrics = ['nrr', 'cs-cost-ratio'])),
    },
    {
      name: 'a bare id instead of a list still names a known metric',
      code: charterWith((c) => (c.objectives[1].metrics = 'nrr')),
    },
    {
      name: 'objectives that are not mappings are left to schema-violation',
      code: charterWith((c) => (c.objectives = ['Raise GRR', 42, null])),
    },
  ],
  invalid: [
    {
      name: 'an objective without metrics',
      code: charterWith((c) => delete c.objectives[0].metrics),
      errors: [{ messageId: 'noMetric', path: '/objectives/0', message: "objective 'protect-base' has no metric: list" }],
    },
    {
      name: 'an empty metrics list on the objective',
      code: charterWith((c) => (c.objectives[1].metrics = [])),
      errors: [{ messageId: 'noMetric', path: '/objectives/1', message: "objective 'grow-base' has no metric:" }],
    },
    {
      name: 'the charter defines no metrics at all',
      code: charterWith((c) => {
        c.metrics = [];
        delete c.objectives[0].metrics;
        delete c.objectives[1].metrics;
      }),
      errors: [
        { messageId: 'noMetric', path: '/objectives/0', message: 'has no metric; this charter defines no metrics' },
        { messageId: 'noMetric', path: '/objectives/1', message: 'has no metric; this charter defines no metrics' },
      ],
    },
    {
      name: 'a typo in a metric id gets a suggestion',
      code: charterWith((c) => (c.objectives[0].metrics = ['grr', 'licence-utilization'])),
      errors: [
        {
          messageId: 'unknownMetric',
          path: '/objectives/0/metrics/1',
          message: "references unknown metric 'licence-utilization' (did you mean 'license-utilization'?)",
        },
      ],
    },
    {
      name: 'an unknown id too far from any metric gets no suggestion (near miss: nps vs nrr)',
      code: charterWith((c) => (c.objectives[1].metrics = ['nrr', 'nps', 'nps'])),
      errors: [{ messageId: 'unknownMetric', path: '/objectives/1/metrics/1', message: "references unknown metric 'nps': use" }],
    },
    {
      name: 'ids referenced while the charter defines no metrics',
      code: charterWith((c) => {
        c.metrics = [];
        delete c.cost_metric;
      }),
      errors: [
        { messageId: 'unknownMetric', path: '/objectives/0/metrics/0', message: "unknown metric 'grr'" },
        { messageId: 'unknownMetric', path: '/objectives/0/metrics/1', message: "unknown metric 'license-utilization'" },
        { messageId: 'unknownMetric', path: '/objectives/1/metrics/0', message: "unknown metric 'nrr'" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.metrics = 'none yet';
        c.cost_metric = ['cs-cost-ratio'];
        c.objectives = ['Raise GRR', { id: 'odd', metrics: { grr: true } }, { id: 'num', metrics: [7, null, { id: 'grr' }] }];
      }),
      errors: [
        { messageId: 'noMetric', path: '/objectives/1', message: 'this charter defines no metrics' },
        { messageId: 'unknownMetric', path: '/objectives/2/metrics/0', message: "unknown metric '7'" },
      ],
    },
  ],
});
