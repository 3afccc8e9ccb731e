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
      errors: [
        { messageId: 'noMetric', path: '/objectives/0', line: 56, column: 5, message: "objective 'protect-base' has no metric: list in the objective's metrics the id of at least one metric that shows whether it is achieved" },
      ],
    },
    {
      name: 'an empty metrics list on the objective',
      code: charterWith((c) => (c.objectives[1].metrics = [])),
      errors: [
        { messageId: 'noMetric', path: '/objectives/1', line: 65, column: 5, message: "objective 'grow-base' has no metric: list in the objective's metrics the id of at least one metric that shows whether it is achieved" },
      ],
    },
    {
      name: 'the charter defines no metrics at all',
      code: charterWith((c) => {
        c.metrics = [];
        delete c.objectives[0].metrics;
        delete c.objectives[1].metrics;
      }),
      errors: [
        { messageId: 'noMetric', path: '/objectives/0', line: 56, column: 5, message: "objective 'protect-base' has no metric; this charter defines no metrics: define a metric that shows whether it is achieved (with a baseline and a target) and list its id in the objective's metrics" },
        { messageId: 'noMetric', path: '/objectives/1', line: 62, column: 5, message: "objective 'grow-base' has no metric; this charter defines no metrics: define a metric that shows whether it is achieved (with a baseline and a target) and list its id in the objective's metrics" },
      ],
    },
    {
      name: 'a typo in a metric id gets a suggestion',
      code: charterWith((c) => (c.objectives[0].metrics = ['grr', 'licence-utilization'])),
      errors: [
        { messageId: 'unknownMetric', path: '/objectives/0/metrics/1', line: 64, column: 9, message: "objective 'protect-base' references unknown metric 'licence-utilization' (did you mean 'license-utilization'?): use the id of a metric defined under metrics" },
      ],
    },
    {
      name: 'an unknown id too far from any metric gets no suggestion (near miss: nps vs nrr)',
      code: charterWith((c) => (c.objectives[1].metrics = ['nrr', 'nps', 'nps'])),
      errors: [
        { messageId: 'unknownMetric', path: '/objectives/1/metrics/1', line: 72, column: 9, message: "objective 'grow-base' references unknown metric 'nps': use the id of a metric defined under metrics" },
      ],
    },
    {
      name: 'ids referenced while the charter defines no metrics',
      code: charterWith((c) => {
        c.metrics = [];
        delete c.cost_metric;
      }),
      errors: [
        { messageId: 'unknownMetric', path: '/objectives/0/metrics/0', line: 63, column: 9, message: "objective 'protect-base' references unknown metric 'grr': use the id of a metric defined under metrics" },
        { messageId: 'unknownMetric', path: '/objectives/0/metrics/1', line: 64, column: 9, message: "objective 'protect-base' references unknown metric 'license-utilization': use the id of a metric defined under metrics" },
        { messageId: 'unknownMetric', path: '/objectives/1/metrics/0', line: 71, column: 9, message: "objective 'grow-base' references unknown metric 'nrr': use the id of a metric defined under metrics" },
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
        { messageId: 'noMetric', path: '/objectives/1', line: 57, column: 5, message: "objective 'odd' has no metric; this charter defines no metrics: define a metric that shows whether it is achieved (with a baseline and a target) and list its id in the objective's metrics" },
        { messageId: 'unknownMetric', path: '/objectives/2/metrics/0', line: 62, column: 9, message: "objective 'num' references unknown metric '7': use the id of a metric defined under metrics" },
      ],
    },
  ],
});
