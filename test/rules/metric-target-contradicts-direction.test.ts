import rule from '../../src/rules/metric-target-contradicts-direction.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

const logoChurn = (direction: string) => ({
  id: 'logo-churn',
  name: 'Logo churn rate',
  catalog: 'logo-churn-rate',
  definition: 'Customers lost in the period over customers at period start.',
  unit: 'percent',
  direction,
  baseline: { value: 9.5, as_of: '2026-06-30' },
  target: { value: 7, by: '2027-12-31' },
  owner: 'Maya Okafor',
  cadence: 'monthly',
  data_source: 'Salesforce account status history',
});

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    { name: 'logo churn going down', code: charterWith((c) => c.metrics.push(logoChurn('decrease'))) },
    {
      name: 'target equal to the baseline (near miss)',
      code: charterWith((c) => (c.metrics[0].target.value = 88)),
    },
    {
      name: 'maintain is not checked against the baseline or the catalogue',
      code: charterWith((c) => {
        c.metrics[0].direction = 'maintain';
        c.metrics[0].target = { min: 85, max: 90 };
      }),
    },
    {
      name: 'a catalogue metric with no better direction (accounts per CSM)',
      code: charterWith((c) =>
        c.metrics.push({ id: 'coverage', name: 'Accounts per CSM', catalog: 'accounts-per-csm', unit: 'count', direction: 'decrease' }),
      ),
    },
    {
      name: 'no baseline, so no comparison',
      code: charterWith((c) => {
        delete c.metrics[1].baseline;
        c.metrics[1].direction = 'increase';
        c.metrics[1].target.value = 1;
      }),
    },
    {
      name: 'an exempt cost metric is not checked',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: 'Upfront investment.', direction: 'increase', catalog: 'cs-cost-ratio' })),
    },
  ],
  invalid: [
    {
      name: 'logo churn with direction increase: against the baseline and against the catalogue',
      code: charterWith((c) => c.metrics.push(logoChurn('increase'))),
      errors: [
        { messageId: 'vsCatalog', path: '/metrics/3/direction', line: 123, column: 16, message: "metric 'logo-churn': 'logo-churn-rate' (Logo (customer) churn) should decrease; the charter says 'increase'. Set direction: decrease, or use another catalogue id if this is a different measure" },
        { messageId: 'vsBaseline', path: '/metrics/3/target/value', line: 128, column: 14, message: "metric 'logo-churn': target 7 vs baseline 9.5 contradicts direction 'increase' (the target is below the baseline); fix the target, the baseline or the direction" },
      ],
    },
    {
      name: 'an increase metric with a lower target',
      code: charterWith((c) => (c.metrics[2].target.value = 60)),
      errors: [
        { messageId: 'vsBaseline', path: '/metrics/2/target/value', line: 113, column: 14, message: "metric 'license-utilization': target 60 vs baseline 62 contradicts direction 'increase' (the target is below the baseline); fix the target, the baseline or the direction" },
      ],
    },
    {
      name: 'a decrease metric without catalogue and a higher target',
      code: charterWith((c) =>
        c.metrics.push({ id: 'backlog', name: 'Open escalations', unit: 'count', direction: 'decrease', baseline: { value: 12 }, target: { value: 15 } }),
      ),
      errors: [
        { messageId: 'vsBaseline', path: '/metrics/3/target/value', line: 125, column: 14, message: "metric 'backlog': target 15 vs baseline 12 contradicts direction 'decrease' (the target is above the baseline); fix the target, the baseline or the direction" },
      ],
    },
    {
      name: 'the non-exempt cost metric is checked too',
      code: charterWith((c) => (c.cost_metric.direction = 'increase')),
      errors: [
        { messageId: 'vsCatalog', path: '/cost_metric/direction', line: 124, column: 14, message: "cost metric 'cs-cost-ratio': 'cs-cost-ratio' (CS cost as % of ARR) should decrease; the charter says 'increase'. Set direction: decrease, or use another catalogue id if this is a different measure" },
        { messageId: 'vsBaseline', path: '/cost_metric/target/value', line: 129, column: 12, message: "cost metric 'cs-cost-ratio': target 8 vs baseline 9 contradicts direction 'increase' (the target is below the baseline); fix the target, the baseline or the direction" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.metrics = [
          null,
          { id: 'a', direction: ['increase'], baseline: { value: 5 }, target: { value: 1 } },
          { id: 'b', direction: 'increase', catalog: { id: 'grr' }, baseline: '5', target: { value: 1 } },
          { id: 'c', direction: 'decrease', catalog: 'grr', baseline: 5, target: 'x' },
        ];
        c.cost_metric = 'tbd';
      }),
      errors: [
        { messageId: 'vsCatalog', path: '/metrics/3/direction', line: 89, column: 16, message: "metric 'c': 'grr' (Gross revenue retention) should increase; the charter says 'decrease'. Set direction: increase, or use another catalogue id if this is a different measure" },
      ],
    },
  ],
});
