import rule from '../../src/rules/charter-type-without-metric.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'every type measured through the catalogue', code: charterWith(() => {}) },
    {
      name: 'a custom metric measures a type through its own charter_types',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'enablement'];
        c.metrics.push({ id: 'certified-admins', name: 'Certified admins', unit: 'count', direction: 'increase', charter_types: ['enablement'] });
      }),
    },
    {
      name: 'a catalogue alias is resolved (ndr measures expansion)',
      code: charterWith((c) => {
        c.charter_types = ['expansion'];
        c.metrics = [{ id: 'ndr', name: 'NDR', catalog: 'ndr', unit: 'percent', direction: 'increase' }];
      }),
    },
    {
      name: 'an empty charter_types on a metric falls back to the catalogue',
      code: charterWith((c) => {
        c.charter_types = ['adoption'];
        c.metrics = [{ id: 'lu', name: 'LU', catalog: 'license-utilization', charter_types: [], unit: 'percent', direction: 'increase' }];
      }),
    },
  ],
  invalid: [
    {
      name: 'no metrics at all',
      code: charterWith((c) => (c.metrics = [])),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/0', line: 47, column: 5, message: "no metric measures the 'retention' charter: add a metric for it (e.g. catalogue metric grr, nrr, revenue-churn-rate), or list 'retention' in the charter_types of a metric that already measures it" },
        { messageId: 'unmeasured', path: '/charter_types/1', line: 48, column: 5, message: "no metric measures the 'expansion' charter: add a metric for it (e.g. catalogue metric nrr, dollar-renewal-rate, expansion-arr), or list 'expansion' in the charter_types of a metric that already measures it" },
        { messageId: 'unmeasured', path: '/charter_types/2', line: 49, column: 5, message: "no metric measures the 'adoption' charter: add a metric for it (e.g. catalogue metric time-to-first-value, product-adoption-rate, feature-adoption-rate), or list 'adoption' in the charter_types of a metric that already measures it" },
      ],
    },
    {
      name: "a metric's own charter_types replace the catalogue's (near miss: license-utilization is an adoption KPI)",
      code: charterWith((c) => (c.metrics[2].charter_types = ['retention'])),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/2', line: 49, column: 5, message: "no metric measures the 'adoption' charter: add a metric for it (e.g. catalogue metric time-to-first-value, product-adoption-rate, feature-adoption-rate), or list 'adoption' in the charter_types of a metric that already measures it" },
      ],
    },
    {
      name: 'the cost metric does not count',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'operations'];
      }),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/1', line: 48, column: 5, message: "no metric measures the 'operations' charter: add a metric for it (e.g. catalogue metric arr-per-csm, accounts-per-csm, cs-cost-ratio), or list 'operations' in the charter_types of a metric that already measures it" },
      ],
    },
    {
      name: 'a type with no catalogue metric gets no example, and a duplicate type is reported once',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'outcomes', 'outcomes'];
      }),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/1', line: 48, column: 5, message: "no metric measures the 'outcomes' charter: add a metric for it, or list 'outcomes' in the charter_types of a metric that already measures it" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.charter_types = ['retention', 42, null, { x: 1 }, 'expansion'];
        c.metrics = ['grr', null, { id: 'x', catalog: 7, charter_types: 'expansion' }, { id: 'y', catalog: ['nrr'] }];
      }),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/0', line: 47, column: 5, message: "no metric measures the 'retention' charter: add a metric for it (e.g. catalogue metric grr, nrr, revenue-churn-rate), or list 'retention' in the charter_types of a metric that already measures it" },
        { messageId: 'unmeasured', path: '/charter_types/4', line: 51, column: 5, message: "no metric measures the 'expansion' charter: add a metric for it (e.g. catalogue metric nrr, dollar-renewal-rate, expansion-arr), or list 'expansion' in the charter_types of a metric that already measures it" },
      ],
    },
    {
      name: 'metrics is not a list',
      code: charterWith((c) => {
        c.charter_types = ['support'];
        c.metrics = 'csat';
      }),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/0', line: 47, column: 5, message: "no metric measures the 'support' charter: add a metric for it (e.g. catalogue metric csat, ces, ces-effort-mean), or list 'support' in the charter_types of a metric that already measures it" },
      ],
    },
  ],
});
