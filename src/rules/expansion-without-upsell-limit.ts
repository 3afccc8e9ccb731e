import { defineRule } from './support/types.js';
import { UPSELL_ALIASES } from './support/lexicon.js';
import { isRecord, list, records, text } from '../model/read.js';

export default defineRule({
  id: 'expansion-without-upsell-limit',
  meta: {
    description: 'Say how far the team goes on upsell and cross-sell before handing the deal to Sales.',
    tags: ['charter-types', 'expansion', 'swim-lanes', 'handoffs'],
    severity: 'warning',
    sources: ['S4'],
    messages: {
      noLimit:
        'expansion charter does not say how far this team goes on upsell/cross-sell before handing to Sales: add a limit (deal size, SKU, discount) to the upsell swim lane or to the hand-off to Sales',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const typeIndex = list(data['charter_types']).findIndex((t) => typeof t === 'string' && t.trim() === 'expansion');
    if (typeIndex < 0) return;
    const isUpsell = (p: unknown): boolean => {
      const t = text(p);
      return t !== undefined && UPSELL_ALIASES.has(t);
    };
    const laneLimit = records(data['swim_lanes']).some(
      ({ item }) => isUpsell(item['process']) && text(item['limit']) !== undefined,
    );
    const team = isRecord(data['team']) ? text(data['team']['id']) : undefined;
    const handoffLimit =
      team !== undefined &&
      records(data['handoffs']).some(({ item }) => {
        const from = item['from'];
        return (
          isRecord(from) && text(from['team']) === team && isUpsell(item['process']) && text(item['limit']) !== undefined
        );
      });
    if (laneLimit || handoffLimit) return;
    report({ messageId: 'noLimit', path: 'swim_lanes' in data ? ['swim_lanes'] : ['charter_types', typeIndex] });
  },
});
