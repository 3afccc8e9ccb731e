import { defineCrossRule, type CrossCharter } from './support/types.js';
import { isRecord, records, text } from '../model/read.js';
import { refTeam, teamIdOf } from './support/cross-util.js';

function normTrigger(v: unknown): string {
  return typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

export default defineCrossRule({
  id: 'cross-handoff-mismatch',
  scope: 'cross',
  meta: {
    description: 'Describe every hand-off the same way in the charters of both teams it connects.',
    tags: ['cross-charter', 'handoffs'],
    severity: 'warning',
    sources: ['S4', 'P25'],
    messages: {
      missing: "'{{other}}' does not list hand-off '{{id}}' in {{otherFile}}: add the same hand-off (id, from, to, trigger) there",
      different:
        "'{{other}}' describes hand-off '{{id}}' differently ({{fields}}) in {{otherFile}}: agree on one from, to and trigger",
      teamNotLoaded: "hand-off '{{id}}' with '{{other}}' not checked: no loaded charter declares team '{{other}}'",
    },
    defaultOptions: {},
  },
  check({ charters, teams, report }) {
    // Each charter's hand-offs, indexed once by id (the first one wins, as in a lookup by id).
    const index = new Map<CrossCharter, Map<string, Record<string, unknown>>>();
    const handoffsOf = (b: CrossCharter) => {
      let m = index.get(b);
      if (m) return m;
      index.set(b, (m = new Map()));
      for (const { item } of records(b.data['handoffs'])) {
        const id = text(item['id']);
        if (id !== undefined && !m.has(id)) m.set(id, item);
      }
      return m;
    };
    for (const c of charters) {
      const team = teamIdOf(c.data);
      for (const { item: h, index: i } of records(c.data['handoffs'])) {
        const id = text(h['id']);
        if (id === undefined) continue;
        const from = refTeam(h['from']);
        const to = refTeam(h['to']);
        const endpoints = [...new Set([from, to].filter((x): x is string => x !== undefined && x !== team))];
        for (const other of endpoints) {
          const b = teams.get(other);
          const side = other === from ? 'from' : 'to';
          if (!b) {
            report({ file: c.file, messageId: 'teamNotLoaded', data: { id, other }, path: ['handoffs', i, side, 'team'], unresolved: true });
            continue;
          }
          if (b.file === c.file) continue;
          const mirror = handoffsOf(b).get(id);
          if (!mirror) {
            report({ file: c.file, messageId: 'missing', data: { id, other, otherFile: b.file }, path: ['handoffs', i] });
            continue;
          }
          const fields: string[] = [];
          if (refTeam(mirror['from']) !== from) fields.push('from');
          if (refTeam(mirror['to']) !== to) fields.push('to');
          if (normTrigger(mirror['trigger']) !== normTrigger(h['trigger'])) fields.push('trigger');
          if (fields.length === 0) continue;
          const first = fields[0]!;
          const path = isRecord(h) && first in h ? ['handoffs', i, first] : ['handoffs', i];
          report({
            file: c.file,
            messageId: 'different',
            data: { id, other, fields: fields.join(', '), otherFile: b.file },
            path,
          });
        }
      }
    }
  },
});
