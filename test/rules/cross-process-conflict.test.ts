import rule from '../../src/rules/cross-process-conflict.js';
import { crossRuleTester } from '../helpers/cross-rule-tester.js';
import { pairWith } from '../helpers/cross-charters.js';

const claim = (process: string, team: string, segment?: string[]) => ({
  process,
  ...(segment ? { segment } : {}),
  accountable: { team, role: 'lead' },
});

crossRuleTester(rule, {
  valid: [
    { name: 'each process has one owner across the charters', charters: pairWith() },
    {
      name: 'both charters name the same owner for a process',
      charters: pairWith((_, o) => o.swim_lanes.push(claim('renewal', 'csm', ['mid-market']))),
    },
    {
      name: 'different owners for disjoint segments (near miss)',
      charters: pairWith((_, o) => o.swim_lanes.push(claim('renewal', 'onboarding', ['smb']))),
    },
    {
      name: 'a conflict inside one charter is left to process-owner-ambiguous',
      charters: pairWith((c) => c.swim_lanes.push(claim('expansion-lead-generation', 'sales'))),
    },
    {
      name: 'lanes without process or accountable team are ignored',
      charters: pairWith((c, o) => {
        c.swim_lanes.push({ process: 'onboarding' }, { accountable: { team: 'csm' } });
        o.swim_lanes.push({ process: 'renewal', accountable: 'csm' });
      }),
    },
  ],
  invalid: [
    {
      name: 'two teams each claim a process for all segments: reported once in each charter',
      charters: pairWith((c) => c.swim_lanes.push(claim('onboarding', 'csm'))),
      errors: [
        { file: 'csm.yaml', messageId: 'conflict', path: '/swim_lanes/4', line: 156, column: 5, message: "'onboarding' is owned by 'csm' here and by 'onboarding' in onboarding.yaml: agree on one accountable team, or split the process by segment" },
        { file: 'onboarding.yaml', messageId: 'conflict', path: '/swim_lanes/0', line: 133, column: 5, message: "'onboarding' is owned by 'onboarding' here and by 'csm' in csm.yaml: agree on one accountable team, or split the process by segment" },
      ],
    },
    {
      name: 'overlapping segments name the common segment',
      charters: pairWith((_, o) => o.swim_lanes.push(claim('renewal', 'onboarding', ['enterprise', 'smb']))),
      errors: [
        { file: 'csm.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 141, column: 5, message: "'renewal' is owned by 'sales' here and by 'onboarding' in onboarding.yaml (segment enterprise): agree on one accountable team, or split the process by segment" },
        { file: 'onboarding.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 137, column: 5, message: "'renewal' is owned by 'onboarding' here and by 'sales' in csm.yaml (segment enterprise): agree on one accountable team, or split the process by segment" },
      ],
    },
    {
      name: 'a lane without segment conflicts with each segment lane of another team',
      charters: pairWith((_, o) => o.swim_lanes.push(claim('renewal', 'onboarding'))),
      errors: [
        { file: 'csm.yaml', messageId: 'conflict', path: '/swim_lanes/0', line: 135, column: 5, message: "'renewal' is owned by 'csm' here and by 'onboarding' in onboarding.yaml (segment mid-market): agree on one accountable team, or split the process by segment" },
        { file: 'csm.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 141, column: 5, message: "'renewal' is owned by 'sales' here and by 'onboarding' in onboarding.yaml (segment enterprise): agree on one accountable team, or split the process by segment" },
        { file: 'onboarding.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 137, column: 5, message: "'renewal' is owned by 'onboarding' here and by 'csm' in csm.yaml (segment mid-market): agree on one accountable team, or split the process by segment" },
        { file: 'onboarding.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 137, column: 5, message: "'renewal' is owned by 'onboarding' here and by 'sales' in csm.yaml (segment enterprise): agree on one accountable team, or split the process by segment" },
      ],
    },
    {
      name: 'segments compare case-insensitively; a string segment is one segment',
      charters: pairWith((_, o) => o.swim_lanes.push({ process: 'renewal', segment: 'Mid-Market', accountable: { team: 'onboarding', role: 'x' } })),
      errors: [
        { file: 'csm.yaml', messageId: 'conflict', path: '/swim_lanes/0', line: 135, column: 5, message: "'renewal' is owned by 'csm' here and by 'onboarding' in onboarding.yaml (segment mid-market): agree on one accountable team, or split the process by segment" },
        { file: 'onboarding.yaml', messageId: 'conflict', path: '/swim_lanes/1', line: 137, column: 5, message: "'renewal' is owned by 'onboarding' here and by 'csm' in csm.yaml (segment mid-market): agree on one accountable team, or split the process by segment" },
      ],
    },
  ],
});
