import rule from '../../src/rules/cross-handoff-mismatch.js';
import { crossRuleTester } from '../helpers/cross-rule-tester.js';
import { pairWith } from '../helpers/cross-charters.js';

crossRuleTester(rule, {
  valid: [
    { name: 'the hand-off is described the same way on both sides', charters: pairWith() },
    {
      name: 'triggers compare case-insensitively with white space collapsed (near miss)',
      charters: pairWith((_, o) => (o.handoffs[0].trigger = '  go-live signed off and   FIRST value milestone reached. ')),
    },
    {
      name: 'roles, SLAs and artifacts may differ',
      charters: pairWith((_, o) => {
        o.handoffs[0].from.role = 'implementation-lead';
        o.handoffs[0].sla = '2 days';
      }),
    },
    {
      name: 'a hand-off with a team whose charter is not loaded is skipped',
      charters: pairWith((c) =>
        c.handoffs.push({ id: 'csm-to-sales', from: { team: 'csm', role: 'csm' }, to: { team: 'sales', role: 'ae' }, trigger: 'CSQL.' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'the other team does not list the hand-off',
      charters: pairWith((_, o) => (o.handoffs = [])),
      errors: [
        { file: 'csm.yaml', messageId: 'missing', path: '/handoffs/0', line: 157, column: 5, message: "'onboarding' does not list hand-off 'onboarding-to-csm' in onboarding.yaml: add the same hand-off (id, from, to, trigger) there" },
      ],
    },
    {
      name: 'a changed trigger is reported in both files, at the trigger',
      charters: pairWith((_, o) => (o.handoffs[0].trigger = 'Kickoff call held.')),
      errors: [
        { file: 'csm.yaml', messageId: 'different', path: '/handoffs/0/trigger', line: 165, column: 14, message: "'onboarding' describes hand-off 'onboarding-to-csm' differently (trigger) in onboarding.yaml: agree on one from, to and trigger" },
        { file: 'onboarding.yaml', messageId: 'different', path: '/handoffs/0/trigger', line: 146, column: 14, message: "'csm' describes hand-off 'onboarding-to-csm' differently (trigger) in csm.yaml: agree on one from, to and trigger" },
      ],
    },
    {
      name: 'different endpoints are named',
      charters: pairWith((_, o) => {
        o.handoffs[0].from.team = 'sales';
        delete o.handoffs[0].trigger;
      }),
      errors: [
        { file: 'csm.yaml', messageId: 'different', path: '/handoffs/0/from', line: 160, column: 7, message: "'onboarding' describes hand-off 'onboarding-to-csm' differently (from, trigger) in onboarding.yaml: agree on one from, to and trigger" },
        { file: 'onboarding.yaml', messageId: 'different', path: '/handoffs/0/from', line: 141, column: 7, message: "'csm' describes hand-off 'onboarding-to-csm' differently (from, trigger) in csm.yaml: agree on one from, to and trigger" },
      ],
    },
    {
      name: 'with --strict-refs, an endpoint whose charter is not loaded is listed as info',
      strictRefs: true,
      charters: pairWith((c) =>
        c.handoffs.push({ id: 'csm-to-sales', from: { team: 'csm', role: 'csm' }, to: { team: 'sales', role: 'ae' }, trigger: 'CSQL.' }),
      ),
      errors: [
        { file: 'csm.yaml', messageId: 'teamNotLoaded', path: '/handoffs/1/to/team', line: 171, column: 13, severity: 'info', message: "hand-off 'csm-to-sales' with 'sales' not checked: no loaded charter declares team 'sales'" },
      ],
    },
  ],
});
