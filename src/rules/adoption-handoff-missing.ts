import { defineRule } from './support/types.js';
import { isRecord, list, records, text } from '../model/read.js';

const TYPES = new Set(['adoption', 'onboarding']);

export default defineRule({
  id: 'adoption-handoff-missing',
  meta: {
    description: "Define where the previous team's work stops with an inbound hand-off in adoption and onboarding charters.",
    tags: ['charter-types', 'adoption', 'onboarding', 'handoffs'],
    severity: 'warning',
    sources: ['S4', 'P25'],
    messages: {
      noInbound:
        "{{type}} charter has no inbound hand-off: define where the previous team's work stops by adding a hand-off to {{team}} (e.g. sales → {{team}}) with a trigger",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const types = list(data['charter_types']);
    const typeIndex = types.findIndex((t) => typeof t === 'string' && TYPES.has(t.trim()));
    if (typeIndex < 0) return;
    const team = isRecord(data['team']) ? text(data['team']['id']) : undefined;
    const inbound =
      team !== undefined &&
      records(data['handoffs']).some(({ item }) => isRecord(item['to']) && text(item['to']['team']) === team);
    if (inbound) return;
    report({
      messageId: 'noInbound',
      data: { type: String(types[typeIndex]).trim(), team: team ?? 'this team' },
      path: 'handoffs' in data ? ['handoffs'] : ['charter_types', typeIndex],
    });
  },
});
