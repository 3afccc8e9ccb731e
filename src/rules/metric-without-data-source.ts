import { defineRule } from './support/types.js';
import { isBlank, records, text } from '../model/read.js';

export default defineRule({
  id: 'metric-without-data-source',
  meta: {
    description: 'Name the system of record each metric is reported from.',
    tags: ['metrics', 'reporting'],
    severity: 'info',
    sources: ['S4'],
    messages: {
      noSource:
        "metric '{{id}}' has no data source; name the system of record (e.g. 'Salesforce renewal opportunities') so the number can be reported in detail and reproduced",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    // rules.md rule 21 covers `metrics` only, not the cost metric.
    for (const { item, index } of records(data['metrics'])) {
      if (!isBlank(item['data_source'])) continue;
      const id = text(item['id']) ?? text(item['name']) ?? `#${index + 1}`;
      report({ messageId: 'noSource', data: { id }, path: ['metrics', index] });
    }
  },
});
