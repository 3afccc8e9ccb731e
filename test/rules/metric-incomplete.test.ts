import rule from '../../src/rules/metric-incomplete.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    {
      name: 'an exempt cost metric needs no fields',
      code: charterWith((c) => (c.cost_metric = { exempt_reason: 'CS Ops is an upfront investment.' })),
    },
    {
      name: 'a baseline of 0 is a baseline (near miss: falsy but present)',
      code: charterWith((c) => (c.metrics[2].baseline = { value: 0, as_of: '2026-06-30' })),
    },
  ],
  invalid: [
    {
      name: 'a metric without owner and cadence',
      code: charterWith((c) => {
        delete c.metrics[1].owner;
        delete c.metrics[1].cadence;
      }),
      errors: [
        { messageId: 'incomplete', path: '/metrics/1', line: 88, column: 5, message: "metric 'nrr' is missing: owner, cadence; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)" },
      ],
    },
    {
      name: 'a baseline date without a value',
      code: charterWith((c) => (c.metrics[0].baseline = { as_of: '2026-06-30' })),
      errors: [
        { messageId: 'incomplete', path: '/metrics/0', line: 73, column: 5, message: "metric 'grr' is missing: baseline; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)" },
      ],
    },
    {
      name: 'every field missing is listed in one finding',
      code: charterWith((c) => {
        for (const k of ['owner', 'baseline', 'cadence', 'definition']) delete c.metrics[2][k];
      }),
      errors: [
        { messageId: 'incomplete', path: '/metrics/2', line: 103, column: 5, message: "metric 'license-utilization' is missing: owner, baseline, cadence, definition; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)" },
      ],
    },
    {
      name: 'a non-exempt cost metric without a definition',
      code: charterWith((c) => delete c.cost_metric.definition),
      errors: [
        { messageId: 'incomplete', path: '/cost_metric', line: 119, column: 3, message: "cost metric 'cs-cost-ratio' is missing: definition; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.metrics = [null, 'grr', { id: 'odd', owner: [], baseline: 'last year', cadence: 'monthly', definition: 3 }];
        c.cost_metric = 'TBD';
      }),
      errors: [
        { messageId: 'incomplete', path: '/metrics/2', line: 75, column: 5, message: "metric 'odd' is missing: owner, baseline; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)" },
      ],
    },
  ],
});
