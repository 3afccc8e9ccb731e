import { defineRule } from './support/types.js';
import { isBlank, label, list, records } from '../model/read.js';

const FIELDS = ['likelihood', 'impact', 'mitigation', 'owner'] as const;

export default defineRule({
  id: 'risk-register-incomplete',
  meta: {
    description: 'Keep a risk register in which every risk has a likelihood, an impact, a mitigation and an owner.',
    tags: ['risks'],
    severity: 'warning',
    sources: ['S3', 'S5', 'P24', 'P25'],
    messages: {
      noRisks:
        'no risks documented: write down what can go wrong (e.g. late hand-offs, unclear renewal ownership), with likelihood, impact, mitigation and owner',
      incomplete:
        "risk '{{id}}' is missing: {{missing}}; every risk needs a likelihood and impact rating, a mitigation and an owner",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    if (list(data['risks']).length === 0) {
      report({ messageId: 'noRisks', path: ['risks'] });
      return;
    }
    for (const { item, index } of records(data['risks'])) {
      const missing = FIELDS.filter((f) => isBlank(item[f]));
      if (missing.length === 0) continue;
      report({ messageId: 'incomplete', data: { id: label(item, index), missing: missing.join(', ') }, path: ['risks', index] });
    }
  },
});
