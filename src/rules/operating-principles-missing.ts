import { defineRule } from './support/types.js';
import { isBlank } from '../model/read.js';

export default defineRule({
  id: 'operating-principles-missing',
  meta: {
    description: 'State the principles the team works by.',
    tags: ['principles'],
    severity: 'info',
    sources: ['S2 V'],
    messages: {
      missing:
        'no operating principles: write down how the team works and decides (e.g. customer-centricity, transparency, accountability, innovation)',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const v = data['operating_principles'];
    if (isBlank(v) || (Array.isArray(v) && v.every(isBlank))) report({ messageId: 'missing', path: ['operating_principles'] });
  },
});
