import rule from '../../src/rules/cross-duplicate-team-id.js';
import { crossRuleTester } from '../helpers/cross-rule-tester.js';
import { pairWith } from '../helpers/cross-charters.js';
import { baseCharter } from '../helpers/base-charter.js';

crossRuleTester(rule, {
  valid: [
    { name: 'every charter declares its own team id', charters: pairWith() },
    {
      name: 'ids differing only in case are different ids (near miss; the schema allows lower case only)',
      charters: { 'a.yaml': baseCharter(), 'b.yaml': (() => { const c = baseCharter(); c.team.id = 'CSM'; return c; })() },
    },
  ],
  invalid: [
    {
      name: 'two charters declare the same team id: reported in both, at team.id',
      charters: { 'a.yaml': baseCharter(), 'b.yaml': baseCharter() },
      errors: [
        { file: 'a.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in b.yaml; each team has one charter (merge them, or give one team another id)" },
        { file: 'b.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in a.yaml; each team has one charter (merge them, or give one team another id)" },
      ],
    },
    {
      name: 'four charters declare one team id (csm.yaml too): each names the three others',
      charters: { 'a.yaml': baseCharter(), 'b.yaml': baseCharter(), 'c.yaml': baseCharter(), ...pairWith() },
      errors: [
        { file: 'a.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in b.yaml, c.yaml, csm.yaml; each team has one charter (merge them, or give one team another id)" },
        { file: 'b.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in a.yaml, c.yaml, csm.yaml; each team has one charter (merge them, or give one team another id)" },
        { file: 'c.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in a.yaml, b.yaml, csm.yaml; each team has one charter (merge them, or give one team another id)" },
        { file: 'csm.yaml', messageId: 'duplicate', path: '/team/id', line: 21, column: 7, message: "team id 'csm' is also declared in a.yaml, b.yaml, c.yaml; each team has one charter (merge them, or give one team another id)" },
      ],
    },
  ],
});
