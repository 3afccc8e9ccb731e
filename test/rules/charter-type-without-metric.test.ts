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
        { messageId: 'unmeasured', path: '/charter_types/0', message: "'retention'" },
        { messageId: 'unmeasured', path: '/charter_types/1', message: "'expansion'" },
        { messageId: 'unmeasured', path: '/charter_types/2', message: "'adoption'" },
      ],
    },
    {
      name: "a metric's own charter_types replace the catalogue's (near miss: license-utilization is an adoption KPI)",
      code: charterWith((c) => (c.metrics[2].charter_types = ['retention'])),
      errors: [{ messageId: 'unmeasured', path: '/charter_types/2', message: "'adoption'" }],
    },
    {
      name: 'the cost metric does not count',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'operations'];
      }),
      errors: [{ messageId: 'unmeasured', path: '/charter_types/1', message: "'operations'" }],
    },
    {
      name: 'a type with no catalogue metric gets no example, and a duplicate type is reported once',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'outcomes', 'outcomes'];
      }),
      errors: [{ messageId: 'unmeasured', path: '/charter_types/1', message: "add a metric for it, or list 'outcomes'" }],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.charter_types = ['retention', 42, null, { x: 1 }, 'expansion'];
        c.metrics = ['grr', null, { id: 'x', catalog: 7, charter_types: 'expansion' }, { id: 'y', catalog: ['nrr'] }];
      }),
      errors: [
        { messageId: 'unmeasured', path: '/charter_types/0', message: "'retention'" },
        { messageId: 'unmeasured', path: '/charter_types/4', message: "'expansion'" },
      ],
    },
    {
      name: 'metrics is not a list',
      code: charterWith((c) => {
        c.charter_types = ['support'];
        c.metrics = 'csat';
      }),
      errors: [{ messageId: 'unmeasured', path: '/charter_types/0', message: 'csat' }],
    },
  ],
});
