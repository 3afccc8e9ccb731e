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
        { file: 'a.yaml', messageId: 'duplicate', path: '/team/id', message: "team id 'csm' is also declared in b.yaml" },
        { file: 'b.yaml', messageId: 'duplicate', path: '/team/id', message: "team id 'csm' is also declared in a.yaml" },
      ],
    },
    {
      name: 'three charters: each names the two others',
      charters: { 'a.yaml': baseCharter(), 'b.yaml': baseCharter(), 'c.yaml': baseCharter(), ...pairWith() },
      errors: [
        { file: 'a.yaml', messageId: 'duplicate', path: '/team/id', message: 'b.yaml, c.yaml, csm.yaml' },
        { file: 'b.yaml', messageId: 'duplicate', path: '/team/id', message: 'a.yaml, c.yaml, csm.yaml' },
        { file: 'c.yaml', messageId: 'duplicate', path: '/team/id', message: 'a.yaml, b.yaml, csm.yaml' },
        { file: 'csm.yaml', messageId: 'duplicate', path: '/team/id', message: 'a.yaml, b.yaml, c.yaml' },
      ],
    },
  ],
});
