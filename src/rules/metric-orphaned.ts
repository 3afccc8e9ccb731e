import { defineRule } from './support/types.js';
import { list, records, text } from '../model/read.js';

export default defineRule({
  id: 'metric-orphaned',
  meta: {
    description: 'Use every metric in at least one objective.',
    tags: ['metrics', 'objectives'],
    severity: 'info',
    sources: ['S4', 'S5'],
    messages: {
      orphaned:
        "metric '{{id}}' is not used by any objective: add it to the metrics of the objective it measures, or drop it if nobody steers by it",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const used = new Set<string>();
    for (const { item } of records(data['objectives'])) {
      const refs = typeof item['metrics'] === 'string' ? [item['metrics']] : list(item['metrics']);
      for (const r of refs) {
        const id = typeof r === 'string' || typeof r === 'number' ? text(r) : undefined;
        if (id) used.add(id);
      }
    }
    // Only `metrics` are checked: the cost metric is excluded. A metric with no id is left to schema-violation.
    for (const { item, index } of records(data['metrics'])) {
      const id = text(item['id']);
      if (id && !used.has(id)) report({ messageId: 'orphaned', data: { id }, path: ['metrics', index] });
    }
  },
});
