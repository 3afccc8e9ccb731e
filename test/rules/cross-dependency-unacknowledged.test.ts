import rule from '../../src/rules/cross-dependency-unacknowledged.js';
import { crossRuleTester } from '../helpers/cross-rule-tester.js';
import { onboardingCharter, pairWith } from '../helpers/cross-charters.js';
import { baseCharter } from '../helpers/base-charter.js';

crossRuleTester(rule, {
  valid: [
    { name: 'each expectation has a commitment with the same id to the expecting team', charters: pairWith() },
    {
      name: "a commitment to '*' acknowledges every team",
      charters: pairWith((_, o) => (o.commitments[0].to = '*')),
    },
    {
      name: 'a dependency on a team whose charter is not loaded is skipped',
      charters: pairWith((c) => c.dependencies.push({ team: 'support', expectations: [{ id: 'p1-alert', expectation: 'Alert us.' }] })),
    },
    {
      name: 'a charter alone is not checked across charters',
      charters: { 'csm.yaml': baseCharter() },
    },
    {
      name: 'a dependency on the own team and an expectation without id are left to other rules',
      charters: pairWith((c) => {
        c.dependencies.push({ team: 'csm', expectations: [{ id: 'self', expectation: 'Do it.' }] });
        c.dependencies[0].expectations.push({ expectation: 'No id here.' });
      }),
    },
  ],
  invalid: [
    {
      name: 'the other team commits under another id',
      charters: pairWith((_, o) => (o.commitments[0].id = 'success-plan-at-kickoff')),
      errors: [
        { file: 'csm.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/0', line: 169, column: 9, message: 'csm expects \'onboarding\' to "Hand over a success plan at go-live." (success-plan-at-handoff), but the onboarding charter (onboarding.yaml) has no such commitment: add commitment \'success-plan-at-handoff\' (to: csm) there, or agree on another id' },
      ],
    },
    {
      name: 'the commitment is made to another team (near miss: same id)',
      charters: pairWith((_, o) => (o.commitments[0].to = 'support')),
      errors: [
        { file: 'csm.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/0', line: 169, column: 9, message: 'csm expects \'onboarding\' to "Hand over a success plan at go-live." (success-plan-at-handoff), but the onboarding charter (onboarding.yaml) has no such commitment: add commitment \'success-plan-at-handoff\' (to: csm) there, or agree on another id' },
      ],
    },
    {
      name: 'owning the related process does not count as a commitment (S5)',
      charters: pairWith((c, o) => {
        c.dependencies[0].expectations.push({ id: 'run-training', process: 'training', expectation: 'Run all training.' });
        o.swim_lanes.push({ process: 'training', accountable: { team: 'onboarding', role: 'trainer' } });
      }),
      errors: [
        { file: 'csm.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/1', line: 171, column: 9, message: 'csm expects \'onboarding\' to "Run all training." (run-training), but the onboarding charter (onboarding.yaml) has no such commitment: add commitment \'run-training\' (to: csm) there, or agree on another id' },
      ],
    },
    {
      name: 'both sides unacknowledged: one finding in each file',
      charters: pairWith((c, o) => {
        c.commitments = [];
        o.commitments = [];
      }),
      errors: [
        { file: 'csm.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/0', line: 169, column: 9, message: 'csm expects \'onboarding\' to "Hand over a success plan at go-live." (success-plan-at-handoff), but the onboarding charter (onboarding.yaml) has no such commitment: add commitment \'success-plan-at-handoff\' (to: csm) there, or agree on another id' },
        { file: 'onboarding.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/0', line: 150, column: 9, message: 'onboarding expects \'csm\' to "Accept the hand-off within 2 days." (accept-handoff-2-days), but the csm charter (csm.yaml) has no such commitment: add commitment \'accept-handoff-2-days\' (to: onboarding) there, or agree on another id' },
      ],
    },
    {
      name: 'with --strict-refs, a team whose charter is not loaded is listed as info',
      strictRefs: true,
      charters: pairWith((c) => c.dependencies.push({ team: 'support', expectations: [{ id: 'p1-alert', expectation: 'Alert us.' }] })),
      errors: [
        { file: 'csm.yaml', messageId: 'teamNotLoaded', path: '/dependencies/1/team', line: 171, column: 11, severity: 'info', message: "dependency on 'support' not checked: no loaded charter declares team 'support'" },
      ],
    },
    {
      name: 'a duplicated team id resolves to the first charter in path order',
      charters: {
        ...pairWith(),
        'a-onboarding.yaml': (() => {
          const o = onboardingCharter();
          o.commitments = [];
          return o;
        })(),
      },
      errors: [
        { file: 'csm.yaml', messageId: 'unacknowledged', path: '/dependencies/0/expectations/0', line: 169, column: 9, message: 'csm expects \'onboarding\' to "Hand over a success plan at go-live." (success-plan-at-handoff), but the onboarding charter (a-onboarding.yaml) has no such commitment: add commitment \'success-plan-at-handoff\' (to: csm) there, or agree on another id' },
      ],
    },
  ],
});
