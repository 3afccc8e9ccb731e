import { defineRule } from './support/types.js';
import { isBlank, isRecord, num, type Rec } from '../model/read.js';
import { metricsToCheck } from './support/metric-fields.js';

/** A baseline is set when `baseline.value` is given (a bare number counts: schema-violation flags its shape). */
function hasBaseline(m: Rec): boolean {
  const baseline = m['baseline'];
  if (num(baseline) !== undefined) return true;
  return isRecord(baseline) && !isBlank(baseline['value']);
}

export default defineRule({
  id: 'metric-incomplete',
  meta: {
    description: 'Give every metric an owner, a baseline, a reporting cadence and a definition.',
    tags: ['metrics'],
    severity: 'warning',
    sources: ['S4', 'S5', 'P21'],
    messages: {
      incomplete:
        '{{what}} is missing: {{missing}}; a metric needs an owner, a baseline to measure progress from, a reporting cadence and a definition (you can only measure what you can define)',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, path, what } of metricsToCheck(data)) {
      const missing: string[] = [];
      if (isBlank(item['owner'])) missing.push('owner');
      if (!hasBaseline(item)) missing.push('baseline');
      if (isBlank(item['cadence'])) missing.push('cadence');
      if (isBlank(item['definition'])) missing.push('definition');
      if (missing.length > 0) report({ messageId: 'incomplete', data: { what, missing: missing.join(', ') }, path });
    }
  },
});
