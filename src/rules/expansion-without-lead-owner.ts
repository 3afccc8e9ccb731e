import { defineRule } from './support/types.js';
import { LEADGEN_ALIASES } from './support/lexicon.js';
import { isRecord, list, records, text } from '../model/read.js';

export default defineRule({
  id: 'expansion-without-lead-owner',
  meta: {
    description: 'Name the team that owns expansion lead generation in an expansion charter.',
    tags: ['charter-types', 'expansion', 'swim-lanes'],
    severity: 'error',
    sources: ['S4'],
    messages: {
      noLeadLane:
        'expansion charter does not say who owns expansion lead generation: add a swim lane for expansion-lead-generation (or csql) with an accountable team and role',
      leadLaneWithoutTeam:
        'expansion charter does not say who owns expansion lead generation: the lead-generation swim lane names no accountable team',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const typeIndex = list(data['charter_types']).findIndex((t) => typeof t === 'string' && t.trim() === 'expansion');
    if (typeIndex < 0) return;
    const lanes = records(data['swim_lanes']).filter(({ item }) => {
      const p = text(item['process']);
      return p !== undefined && LEADGEN_ALIASES.has(p);
    });
    const owned = lanes.some(({ item }) => {
      const acc = item['accountable'];
      return isRecord(acc) && text(acc['team']) !== undefined;
    });
    if (owned) return;
    report({
      messageId: lanes.length === 0 ? 'noLeadLane' : 'leadLaneWithoutTeam',
      path: 'swim_lanes' in data ? ['swim_lanes'] : ['charter_types', typeIndex],
    });
  },
});
