import rule from '../../src/rules/metric-orphaned.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter (the cost metric is not referenced and is excluded)', code: charterWith(() => {}) },
    {
      name: 'a metric referenced by a bare id',
      code: charterWith((c) => {
        c.objectives[0].metrics = ['grr'];
        c.objectives.push({ id: 'adopt', statement: 'Adopt.', metrics: 'license-utilization' });
      }),
    },
    { name: 'no metrics', code: charterWith((c) => (c.metrics = [])) },
  ],
  invalid: [
    {
      name: 'a metric no objective uses',
      code: charterWith((c) => (c.objectives[0].metrics = ['grr'])),
      errors: [
        { messageId: 'orphaned', path: '/metrics/2', line: 102, column: 5, message: "metric 'license-utilization' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
      ],
    },
    {
      name: 'no objectives at all',
      code: charterWith((c) => delete c.objectives),
      errors: [
        { messageId: 'orphaned', path: '/metrics/0', line: 56, column: 5, message: "metric 'grr' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
        { messageId: 'orphaned', path: '/metrics/1', line: 71, column: 5, message: "metric 'nrr' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
        { messageId: 'orphaned', path: '/metrics/2', line: 86, column: 5, message: "metric 'license-utilization' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
      ],
    },
    {
      name: 'wrongly typed data does not throw; a metric without id is left to schema-violation',
      code: charterWith((c) => {
        c.objectives = ['grr', { id: 'x', metrics: [{ id: 'nrr' }, null, 3] }, { id: 'y', metrics: { nrr: 1 } }];
        c.metrics = [null, { name: 'No id' }, { id: 'nrr' }, { id: 3 }, { id: 4 }];
      }),
      errors: [
        { messageId: 'orphaned', path: '/metrics/2', line: 68, column: 5, message: "metric 'nrr' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
        { messageId: 'orphaned', path: '/metrics/4', line: 70, column: 5, message: "metric '4' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it" },
      ],
    },
  ],
});
