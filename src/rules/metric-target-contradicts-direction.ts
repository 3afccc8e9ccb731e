import { defineRule } from './support/types.js';
import { findKpi } from '../catalog.js';
import { isRecord, num, text } from '../model/read.js';
import { metricsToCheck } from './support/metric-fields.js';

/** The `value` of a `{value: ...}` mapping, when it is a number. */
function valueOf(v: unknown): number | undefined {
  return isRecord(v) ? num(v['value']) : undefined;
}

export default defineRule({
  id: 'metric-target-contradicts-direction',
  meta: {
    description: "Keep each metric's target, baseline and direction consistent with each other and with the KPI catalogue.",
    tags: ['metrics', 'targets', 'catalogue'],
    severity: 'error',
    sources: ['§4'],
    messages: {
      vsBaseline:
        "{{what}}: target {{target}} vs baseline {{baseline}} contradicts direction '{{direction}}' (the target is {{relation}} the baseline); fix the target, the baseline or the direction",
      vsCatalog:
        "{{what}}: '{{catalog}}' ({{name}}) should {{catDir}}; the charter says '{{direction}}'. Set direction: {{catDir}}, or use another catalogue id if this is a different measure",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, path, what } of metricsToCheck(data)) {
      const direction = typeof item['direction'] === 'string' ? text(item['direction']) : undefined;
      if (direction !== 'increase' && direction !== 'decrease') continue;
      const target = valueOf(item['target']);
      const baseline = valueOf(item['baseline']);
      if (target !== undefined && baseline !== undefined) {
        if ((direction === 'increase' && target < baseline) || (direction === 'decrease' && target > baseline)) {
          report({
            messageId: 'vsBaseline',
            data: { what, target, baseline, direction, relation: target < baseline ? 'below' : 'above' },
            path: [...path, 'target', 'value'],
          });
        }
      }
      // The cost metric is checked against the catalogue like any other metric.
      const entry = findKpi(item['catalog']);
      if (entry && entry.direction !== null && direction !== entry.direction) {
        report({
          messageId: 'vsCatalog',
          data: { what, catalog: String(item['catalog']), name: entry.name, catDir: entry.direction, direction },
          path: [...path, 'direction'],
        });
      }
    }
  },
});
