import { defineRule } from './support/types.js';
import { isRecord, label, records, text } from '../model/read.js';

function side(v: unknown, fallback: string): string {
  if (!isRecord(v)) return fallback;
  return text(v['team']) ?? text(v['role']) ?? fallback;
}

export default defineRule({
  id: 'handoff-without-trigger',
  meta: {
    description: 'Give every hand-off a trigger: the event that moves the customer to the next team.',
    tags: ['handoffs'],
    severity: 'warning',
    sources: ['S4', 'P25'],
    messages: {
      noTrigger:
        "hand-off '{{id}}' has no trigger: say what event or criteria move the customer from {{from}} to {{to}} (e.g. contract signed and hand-off form complete)",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, index } of records(data['handoffs'])) {
      if (text(item['trigger']) !== undefined) continue;
      report({
        messageId: 'noTrigger',
        data: { id: label(item, index), from: side(item['from'], 'the previous team'), to: side(item['to'], 'the next team') },
        path: ['handoffs', index],
      });
    }
  },
});
