import { defineRule } from './support/types.js';
import { isBlank, isRecord, label, records, text } from '../model/read.js';

export default defineRule({
  id: 'role-without-responsibilities',
  meta: {
    description: 'Give every role in the team at least one responsibility.',
    tags: ['team', 'roles'],
    severity: 'warning',
    sources: ['S2 III'],
    messages: {
      noResponsibilities:
        "role '{{role}}' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const team = data['team'];
    if (!isRecord(team)) return;
    for (const { item, index } of records(team['roles'])) {
      const r = item['responsibilities'];
      const empty = Array.isArray(r) ? !r.some((s) => text(s) !== undefined) : isBlank(r);
      if (!empty) continue;
      report({ messageId: 'noResponsibilities', data: { role: label(item, index, 'id', 'title') }, path: ['team', 'roles', index] });
    }
  },
});
