import rule from '../../src/rules/metric-value-out-of-range.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter (NRR baseline 104 is fine: NRR can exceed 100%)', code: charterWith(() => {}) },
    { name: 'GRR target exactly 100 (near miss)', code: charterWith((c) => (c.metrics[0].target.value = 100)) },
    { name: 'NRR target 150, no upper bound', code: charterWith((c) => (c.metrics[1].target.value = 150)) },
    {
      name: 'CSAT as a 1–5 mean uses the unit range, not the catalogue percent range',
      code: charterWith((c) =>
        c.metrics.push({ id: 'csat', name: 'CSAT', catalog: 'csat', unit: 'score_1_5', direction: 'increase', baseline: { value: 4.2 }, target: { value: 4.5 } }),
      ),
    },
    {
      name: 'NPS of −20 is within −100..100',
      code: charterWith((c) =>
        c.metrics.push({ id: 'nps', name: 'NPS', catalog: 'nps', unit: 'nps', direction: 'increase', baseline: { value: -20 }, target: { value: 10 } }),
      ),
    },
    {
      name: 'an exempt cost metric is not checked',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: 'Upfront investment.', unit: 'percent', target: { value: 300 } })),
    },
  ],
  invalid: [
    {
      name: 'GRR target 105',
      code: charterWith((c) => (c.metrics[0].target.value = 105)),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/0/target/value', line: 83, column: 14, message: 'target 105 is outside [0, 100] for Gross revenue retention (grr): Gross revenue retention cannot exceed 100%; check the number and the unit' },
      ],
    },
    {
      name: 'renewal rate baseline 101 (near miss: just above 100)',
      code: charterWith((c) =>
        c.metrics.push({ id: 'renewals', name: 'Renewal rate', catalog: 'renewal-rate', unit: 'percent', direction: 'increase', baseline: { value: 101 }, target: { value: 103 } }),
      ),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/3/baseline/value', line: 124, column: 14, message: 'baseline 101 is outside [0, 100] for Logo renewal rate (renewal-rate): Logo renewal rate cannot exceed 100%; check the number and the unit' },
        { messageId: 'outOfRange', path: '/metrics/3/target/value', line: 126, column: 14, message: 'target 103 is outside [0, 100] for Logo renewal rate (renewal-rate): Logo renewal rate cannot exceed 100%; check the number and the unit' },
      ],
    },
    {
      name: 'NPS target 120',
      code: charterWith((c) =>
        c.metrics.push({ id: 'nps', name: 'NPS', catalog: 'nps', unit: 'nps', direction: 'increase', baseline: { value: 30 }, target: { value: 120 } }),
      ),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/3/target/value', line: 126, column: 14, message: 'target 120 is outside [-100, 100] for Net Promoter Score (nps): Net Promoter Score cannot exceed 100; check the number and the unit' },
      ],
    },
    {
      name: 'CSAT 1–5 mean with a target of 6',
      code: charterWith((c) =>
        c.metrics.push({ id: 'csat', name: 'CSAT', catalog: 'csat', unit: 'score_1_5', direction: 'increase', baseline: { value: 4.2 }, target: { value: 6 } }),
      ),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/3/target/value', line: 126, column: 14, message: 'target 6 is outside [1, 5] for Customer satisfaction (CSAT) (csat) in score_1_5: Customer satisfaction (CSAT) in score_1_5 cannot exceed 5; check the number and the unit' },
      ],
    },
    {
      name: 'maintain band outside a ratio, without catalogue',
      code: charterWith((c) =>
        c.metrics.push({ id: 'dau', name: 'Active share', unit: 'ratio', direction: 'maintain', target: { min: -0.1, max: 1.2 } }),
      ),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/3/target/min', line: 123, column: 12, message: "target min -0.1 is outside [0, 1] for unit 'ratio': a value in ratio cannot be negative; check the number and the unit" },
        { messageId: 'outOfRange', path: '/metrics/3/target/max', line: 124, column: 12, message: "target max 1.2 is outside [0, 1] for unit 'ratio': a value in ratio cannot exceed 1; check the number and the unit" },
      ],
    },
    {
      name: 'negative days, open upper bound',
      code: charterWith((c) =>
        c.metrics.push({ id: 'ttfv', name: 'TTFV', catalog: 'ttfv', unit: 'days', direction: 'decrease', baseline: { value: -3 } }),
      ),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/3/baseline/value', line: 124, column: 14, message: 'baseline -3 is outside [0, ∞) for Time to first value (TTFV / TTV) (ttfv): Time to first value (TTFV / TTV) cannot be negative; check the number and the unit' },
      ],
    },
    {
      name: 'the non-exempt cost metric is checked; a missing unit takes the catalogue default',
      code: charterWith((c) => {
        delete c.cost_metric.unit;
        c.cost_metric.baseline.value = 120;
      }),
      errors: [
        { messageId: 'outOfRange', path: '/cost_metric/baseline/value', line: 125, column: 12, message: 'baseline 120 is outside [0, 100] for CS cost as % of ARR (cs-cost-ratio): CS cost as % of ARR cannot exceed 100%; check the number and the unit' },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.metrics = [
          'grr',
          { id: 'a', unit: 42, catalog: ['grr'], baseline: { value: 500 } },
          { id: 'b', unit: 'furlongs', baseline: { value: -5 } },
          { id: 'c', unit: 'percent', baseline: 150, target: { value: '150' } },
          { id: 'd', unit: 'percent', baseline: { value: 150 } },
        ];
        c.cost_metric = ['percent'];
      }),
      errors: [
        { messageId: 'outOfRange', path: '/metrics/4/baseline/value', line: 92, column: 14, message: "baseline 150 is outside [0, 100] for unit 'percent': a value in percent cannot exceed 100%; check the number and the unit" },
      ],
    },
  ],
});
