import { defineRule } from './support/types.js';
import { isBlank, label, records } from '../model/read.js';

export default defineRule({
  id: 'objective-without-strategy-link',
  meta: {
    description: 'Link every objective to the business strategy goal it serves.',
    tags: ['objectives', 'strategy'],
    severity: 'warning',
    sources: ['S1'],
    messages: {
      noLink:
        "objective '{{id}}' is not linked to a business strategy goal: add a strategy_link naming the company goal or OKR it serves",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, index } of records(data['objectives'])) {
      if (isBlank(item['strategy_link'])) {
        report({ messageId: 'noLink', data: { id: label(item, index) }, path: ['objectives', index] });
      }
    }
  },
});
