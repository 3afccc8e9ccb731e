import { defineRule } from './support/types.js';
import { isBlank, isRecord, num, text, type Rec } from '../model/read.js';
import { metricsToCheck } from './support/metric-fields.js';

/** A target is set when `target.value` is given (a bare number counts: schema-violation flags its shape). */
function hasTarget(m: Rec): boolean {
  const target = m['target'];
  if (num(target) !== undefined) return true;
  if (!isRecord(target)) return false;
  if (!isBlank(target['value'])) return true;
  return text(m['direction']) === 'maintain' && (!isBlank(target['min']) || !isBlank(target['max']));
}

export default defineRule({
  id: 'metric-without-target',
  meta: {
    description: 'Give every metric, and the cost metric, a target value.',
    tags: ['metrics', 'targets'],
    severity: 'error',
    sources: ['S1', 'S2', 'S3'],
    messages: {
      noTarget: '{{what}} has no target: {{fix}}',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, path, what } of metricsToCheck(data)) {
      if (hasTarget(item)) continue;
      const fix =
        text(item['direction']) === 'maintain'
          ? 'set target.min and/or target.max (the band to stay within) and target.by'
          : 'set target.value (the number to reach) and target.by (the date)';
      report({ messageId: 'noTarget', data: { what, fix }, path });
    }
  },
});
