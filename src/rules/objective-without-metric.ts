import { defineRule } from './support/types.js';
import type { PathSegment } from '../model/types.js';
import { closest } from './support/suggest.js';
import { isRecord, label, list, records, text } from '../model/read.js';

/** The metric ids an objective lists, with where each one is (a bare string counts as one id). */
function metricRefs(v: unknown): Array<{ id: string; path: PathSegment[] }> {
  if (typeof v === 'string') {
    const id = text(v);
    return id ? [{ id, path: [] }] : [];
  }
  const out: Array<{ id: string; path: PathSegment[] }> = [];
  list(v).forEach((item, j) => {
    const id = typeof item === 'string' || typeof item === 'number' ? text(item) : undefined;
    if (id) out.push({ id, path: [j] });
  });
  return out;
}

export default defineRule({
  id: 'objective-without-metric',
  meta: {
    description: 'Measure every objective with at least one metric defined in the charter.',
    tags: ['objectives', 'metrics'],
    severity: 'error',
    sources: ['S1', 'S4', 'P21'],
    messages: {
      noMetric:
        "objective '{{id}}' has no metric{{noMetrics}}: {{fix}}",
      unknownMetric:
        "objective '{{id}}' references unknown metric '{{mid}}'{{hint}}: use the id of a metric defined under metrics",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const known = new Set<string>();
    for (const { item } of records(data['metrics'])) {
      const id = text(item['id']);
      if (id) known.add(id);
    }
    const none = list(data['metrics']).length === 0;
    const noMetrics = none ? '; this charter defines no metrics' : '';
    const fix = none
      ? "define a metric that shows whether it is achieved (with a baseline and a target) and list its id in the objective's metrics"
      : "list in the objective's metrics the id of at least one metric that shows whether it is achieved";
    // The cost metric is a metric of the charter too: an objective may track it.
    const cost = data['cost_metric'];
    if (isRecord(cost)) {
      const id = text(cost['id']);
      if (id) known.add(id);
    }
    for (const { item, index } of records(data['objectives'])) {
      const id = label(item, index);
      const refs = metricRefs(item['metrics']);
      if (refs.length === 0) {
        report({
          messageId: 'noMetric',
          data: { id, noMetrics, fix },
          path: ['objectives', index],
        });
        continue;
      }
      const seen = new Set<string>();
      for (const ref of refs) {
        if (known.has(ref.id) || seen.has(ref.id)) continue;
        seen.add(ref.id);
        const guess = closest(ref.id, known);
        report({
          messageId: 'unknownMetric',
          data: { id, mid: ref.id, hint: guess ? ` (did you mean '${guess}'?)` : '' },
          path: ['objectives', index, 'metrics', ...ref.path],
        });
      }
    }
  },
});
