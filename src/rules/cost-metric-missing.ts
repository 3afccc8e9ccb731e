import { defineRule } from './support/types.js';
import { isBlank, isRecord } from '../model/read.js';
import { METRIC_FIELDS } from './support/metric-fields.js';

export default defineRule({
  id: 'cost-metric-missing',
  meta: {
    description: 'Define a cost metric, or record why none fits the team.',
    tags: ['metrics', 'cost'],
    severity: 'info',
    sources: ['S5'],
    messages: {
      missing:
        'no cost metric; add one (e.g. CS cost as % of ARR, catalogue id cs-cost-ratio) so the budget and return on investment can be discussed, or record why none fits in cost_metric.exempt_reason',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const cost = data['cost_metric'];
    if (isRecord(cost) && (!isBlank(cost['exempt_reason']) || METRIC_FIELDS.some((k) => !isBlank(cost[k])))) return;
    report({ messageId: 'missing', path: ['cost_metric'] });
  },
});
