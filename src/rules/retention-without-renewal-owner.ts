import { defineRule } from './support/types.js';
import { RENEWAL_ALIASES } from './support/lexicon.js';
import { isRecord, list, records, text } from '../model/read.js';

export default defineRule({
  id: 'retention-without-renewal-owner',
  meta: {
    description: 'Name the team and the role that own renewals in a retention charter.',
    tags: ['charter-types', 'retention', 'swim-lanes'],
    severity: 'error',
    sources: ['S4'],
    messages: {
      noRenewalLane:
        'retention charter does not say which team and role own renewals: add a swim lane for the renewal process with an accountable team and role (CSM, renewal specialist or sales?)',
      ownerIncomplete:
        "the renewal swim lane{{segments}} does not name the accountable {{missing}}: say which team and which role (CSM, renewal specialist or sales rep) own the renewal",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const typeIndex = list(data['charter_types']).findIndex((t) => typeof t === 'string' && t.trim() === 'retention');
    if (typeIndex < 0) return;
    const lanes = records(data['swim_lanes']).filter(({ item }) => {
      const p = text(item['process']);
      return p !== undefined && RENEWAL_ALIASES.has(p);
    });
    if (lanes.length === 0) {
      report({ messageId: 'noRenewalLane', path: 'swim_lanes' in data ? ['swim_lanes'] : ['charter_types', typeIndex] });
      return;
    }
    for (const { item, index } of lanes) {
      const acc = item['accountable'];
      const team = isRecord(acc) ? text(acc['team']) : undefined;
      const role = isRecord(acc) ? text(acc['role']) : undefined;
      if (team !== undefined && role !== undefined) continue;
      const missing = team === undefined && role === undefined ? 'team and role' : team === undefined ? 'team' : 'role';
      const segs = list(item['segment'])
        .map((s) => text(s))
        .filter((s): s is string => s !== undefined);
      const segments = segs.length > 0 ? ` for ${segs.join(', ')}` : '';
      report({ messageId: 'ownerIncomplete', data: { missing, segments }, path: ['swim_lanes', index, 'accountable'] });
    }
  },
});
