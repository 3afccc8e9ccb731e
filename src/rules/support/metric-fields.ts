import type { PathSegment } from '../../model/types.js';
import { isBlank, isRecord, records, text, type Rec } from '../../model/read.js';

/** The fields of a metric (format.md §3.3); a cost metric with any of them is a metric, not an exemption. */
export const METRIC_FIELDS = [
  'id', 'name', 'catalog', 'kind', 'definition', 'formula', 'unit', 'currency', 'scale', 'direction',
  'baseline', 'target', 'owner', 'cadence', 'data_source', 'charter_types', 'segment',
];

/** The metrics to check: every metric, plus the cost metric unless it is exempt or has no metric fields. */
export function metricsToCheck(data: Rec): Array<{ item: Rec; path: PathSegment[]; what: string }> {
  const out = records(data['metrics']).map(({ item, index }) => ({
    item,
    path: ['metrics', index] as PathSegment[],
    what: `metric '${text(item['id']) ?? text(item['name']) ?? `#${index + 1}`}'`,
  }));
  const cost = data['cost_metric'];
  if (isRecord(cost) && isBlank(cost['exempt_reason']) && METRIC_FIELDS.some((k) => !isBlank(cost[k]))) {
    const id = text(cost['id']) ?? text(cost['name']);
    out.push({ item: cost, path: ['cost_metric'], what: id ? `cost metric '${id}'` : 'the cost metric' });
  }
  return out;
}
