import { defineRule } from './support/types.js';
import { isRecord, list, normName, records, text, datedSigners, isDraft } from '../model/read.js';

export default defineRule({
  id: 'team-member-unsigned',
  meta: {
    description: 'Have every person named in the team roles sign the charter, with a date.',
    tags: ['signatures', 'team'],
    severity: 'info',
    sources: ['S2 VIII', 'S1'],
    messages: {
      unsigned:
        'not signed by team members: {{names}}. A dated signature from each person in team.roles records their buy-in to the charter',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    if (isDraft(data)) return;
    const signed = datedSigners(data);
    const team = data['team'];
    const seen = new Set<string>();
    const unsigned: string[] = [];
    for (const { item: role } of records(isRecord(team) ? team['roles'] : undefined)) {
      for (const person of list(role['people'])) {
        const name = typeof person === 'string' ? text(person) : undefined;
        const key = normName(name);
        if (name === undefined || key === '' || seen.has(key)) continue;
        seen.add(key);
        if (!signed.has(key)) unsigned.push(name.replace(/\s+/g, ' '));
      }
    }
    if (unsigned.length > 0) report({ messageId: 'unsigned', data: { names: unsigned.join(', ') }, path: ['signatures'] });
  },
});
