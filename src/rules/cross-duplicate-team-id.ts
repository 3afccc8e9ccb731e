import { defineCrossRule, type CrossCharter } from './support/types.js';
import { teamIdOf } from './support/cross-util.js';

export default defineCrossRule({
  id: 'cross-duplicate-team-id',
  scope: 'cross',
  meta: {
    description: 'Give every team one charter: no two loaded charters may declare the same team id.',
    tags: ['cross-charter', 'team'],
    severity: 'error',
    sources: ['tool design'],
    messages: {
      duplicate:
        "team id '{{id}}' is also declared in {{files}}; each team has one charter (merge them, or give one team another id)",
    },
    defaultOptions: {},
  },
  check({ charters, report }) {
    const byId = new Map<string, CrossCharter[]>();
    for (const c of charters) {
      const id = teamIdOf(c.data);
      if (id === undefined) continue;
      const list = byId.get(id);
      if (list) list.push(c);
      else byId.set(id, [c]);
    }
    for (const [id, list] of byId) {
      if (list.length < 2) continue;
      for (const c of list) {
        const files = list.filter((o) => o !== c).map((o) => o.file).join(', ');
        report({ file: c.file, messageId: 'duplicate', data: { id, files }, path: ['team', 'id'] });
      }
    }
  },
});
