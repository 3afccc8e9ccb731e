import { defineCrossRule, type CrossCharter } from './support/types.js';
import { records, text } from '../model/read.js';
import { teamIdOf } from './support/cross-util.js';

export default defineCrossRule({
  id: 'cross-dependency-unacknowledged',
  scope: 'cross',
  meta: {
    description: "Match every expectation of another team with a commitment, by id, in that team's charter.",
    tags: ['cross-charter', 'dependencies'],
    severity: 'warning',
    sources: ['S5'],
    messages: {
      unacknowledged:
        "{{team}} expects '{{other}}' to \"{{expectation}}\" ({{id}}), but the {{other}} charter ({{otherFile}}) has no such commitment: add commitment '{{id}}' (to: {{team}}) there, or agree on another id",
      teamNotLoaded: "dependency on '{{other}}' not checked: no loaded charter declares team '{{other}}'",
    },
    defaultOptions: {},
  },
  check({ charters, teams, report }) {
    // Each charter's commitments, indexed once: commitment id → the teams it is made to.
    const index = new Map<CrossCharter, Map<string, Set<string>>>();
    const commitmentsOf = (b: CrossCharter) => {
      let m = index.get(b);
      if (m) return m;
      index.set(b, (m = new Map()));
      for (const { item: k } of records(b.data['commitments'])) {
        const id = text(k['id']);
        const to = text(k['to']);
        if (id === undefined || to === undefined) continue;
        const set = m.get(id);
        if (set) set.add(to);
        else m.set(id, new Set([to]));
      }
      return m;
    };
    for (const c of charters) {
      const team = teamIdOf(c.data);
      if (team === undefined) continue;
      for (const { item: dep, index: d } of records(c.data['dependencies'])) {
        const other = text(dep['team']);
        if (other === undefined || other === team) continue;
        const b = teams.get(other);
        if (!b) {
          report({ file: c.file, messageId: 'teamNotLoaded', data: { other }, path: ['dependencies', d, 'team'], unresolved: true });
          continue;
        }
        if (b.file === c.file) continue;
        const committed = commitmentsOf(b);
        for (const { item: e, index: x } of records(dep['expectations'])) {
          const id = text(e['id']);
          const to = id === undefined ? undefined : committed.get(id);
          if (id === undefined || to?.has(team) || to?.has('*')) continue;
          report({
            file: c.file,
            messageId: 'unacknowledged',
            data: { team, other, id, expectation: text(e['expectation']) ?? id, otherFile: b.file },
            path: ['dependencies', d, 'expectations', x],
          });
        }
      }
    }
  },
});
