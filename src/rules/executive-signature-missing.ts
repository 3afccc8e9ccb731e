import { defineRule } from './support/types.js';
import { EXEC_RE } from './support/lexicon.js';
import { normName, records, text, datedSigners, isDraft } from '../model/read.js';

export default defineRule({
  id: 'executive-signature-missing',
  meta: {
    description: 'Have every executive stakeholder sign the charter, with a date.',
    tags: ['signatures', 'stakeholders'],
    severity: 'error',
    sources: ['S4', 'S2 VIII', 'P33'],
    messages: {
      unsigned:
        'executive stakeholder {{name}} ({{title}}) has not signed: customer-facing executives should sign the charter; add their dated signature once they agree to it',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    if (isDraft(data)) return;
    const signed = datedSigners(data);
    for (const { item, index } of records(data['stakeholders'])) {
      const title = text(item['title']);
      const flag = item['executive'];
      const executive = flag === true || (typeof flag !== 'boolean' && title !== undefined && EXEC_RE.test(title));
      if (!executive) continue;
      if (signed.has(normName(item['name']))) continue;
      report({
        messageId: 'unsigned',
        data: { name: text(item['name']) ?? `#${index + 1} (no name)`, title: title ?? 'no title' },
        path: ['stakeholders', index],
      });
    }
  },
});
