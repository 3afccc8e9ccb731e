import rule from '../../src/rules/metric-without-data-source.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter', code: charterWith(() => {}) },
    {
      name: 'the cost metric is not checked (near miss: rule 21 covers metrics only)',
      code: charterWith((c) => delete c.cost_metric.data_source),
    },
    { name: 'metrics that are not a list', code: charterWith((c) => (c.metrics = { grr: 'Salesforce' })) },
  ],
  invalid: [
    {
      name: 'a metric without a data source',
      code: charterWith((c) => delete c.metrics[1].data_source),
      errors: [
        { messageId: 'noSource', path: '/metrics/1', line: 88, column: 5, message: "metric 'nrr' has no data source; name the system of record (e.g. 'Salesforce renewal opportunities') so the number can be reported in detail and reproduced" },
      ],
    },
    {
      name: 'a blank data source',
      code: charterWith((c) => (c.metrics[0].data_source = '')),
      errors: [
        { messageId: 'noSource', path: '/metrics/0', line: 73, column: 5, message: "metric 'grr' has no data source; name the system of record (e.g. 'Salesforce renewal opportunities') so the number can be reported in detail and reproduced" },
      ],
    },
    {
      name: 'wrongly typed data does not throw; a metric without id is named by its name',
      code: charterWith((c) => (c.metrics = [7, { name: 'Health', data_source: null }, { id: 'x', data_source: ['CRM'] }])),
      errors: [
        { messageId: 'noSource', path: '/metrics/1', line: 74, column: 5, message: "metric 'Health' has no data source; name the system of record (e.g. 'Salesforce renewal opportunities') so the number can be reported in detail and reproduced" },
      ],
    },
  ],
});
