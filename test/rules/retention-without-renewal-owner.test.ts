import rule from '../../src/rules/retention-without-renewal-owner.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'renewals split by segment, each with a team and role', code: charterWith(() => {}) },
    {
      name: 'an alias of renewal owned by another team',
      code: charterWith((c) => {
        c.swim_lanes = [{ process: 'renewal-management', accountable: { team: 'renewals', role: 'renewal-specialist' } }];
      }),
    },
    {
      name: 'not a retention charter',
      code: charterWith((c) => {
        c.charter_types = ['adoption'];
        delete c.swim_lanes;
      }),
    },
  ],
  invalid: [
    {
      name: 'no renewal lane',
      code: charterWith((c) => (c.swim_lanes = c.swim_lanes.filter((l: { process: string }) => l.process !== 'renewal'))),
      errors: [
        { messageId: 'noRenewalLane', path: '/swim_lanes', line: 135, column: 3, message: 'retention charter does not say which team and role own renewals: add a swim lane for the renewal process with an accountable team and role (CSM, renewal specialist or sales?)' },
      ],
    },
    {
      name: 'no swim_lanes key: reported at the retention type',
      code: charterWith((c) => {
        c.charter_types = ['adoption', 'retention'];
        delete c.swim_lanes;
      }),
      errors: [
        { messageId: 'noRenewalLane', path: '/charter_types/1', line: 48, column: 5, message: 'retention charter does not say which team and role own renewals: add a swim lane for the renewal process with an accountable team and role (CSM, renewal specialist or sales?)' },
      ],
    },
    {
      name: 'a renewal lane with a team but no role (near miss: the team alone is not enough)',
      code: charterWith((c) => (c.swim_lanes[1].accountable = { team: 'sales' })),
      errors: [
        { messageId: 'ownerIncomplete', path: '/swim_lanes/1/accountable', line: 145, column: 7, message: 'the renewal swim lane for enterprise does not name the accountable role: say which team and which role (CSM, renewal specialist or sales rep) own the renewal' },
      ],
    },
    {
      name: 'several renewal lanes incomplete',
      code: charterWith((c) => {
        c.swim_lanes[0].accountable = { role: 'csm' };
        delete c.swim_lanes[1].accountable;
      }),
      errors: [
        { messageId: 'ownerIncomplete', path: '/swim_lanes/0/accountable', line: 139, column: 7, message: 'the renewal swim lane for mid-market does not name the accountable team: say which team and which role (CSM, renewal specialist or sales rep) own the renewal' },
        { messageId: 'ownerIncomplete', path: '/swim_lanes/1/accountable', line: 140, column: 5, message: 'the renewal swim lane for enterprise does not name the accountable team and role: say which team and which role (CSM, renewal specialist or sales rep) own the renewal' },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.swim_lanes = [null, 'renewal', { process: ['renewal'] }, { process: 'renewals', accountable: ['csm'], segment: 'smb' }];
      }),
      errors: [
        { messageId: 'ownerIncomplete', path: '/swim_lanes/3/accountable', line: 141, column: 7, message: 'the renewal swim lane does not name the accountable team and role: say which team and which role (CSM, renewal specialist or sales rep) own the renewal' },
      ],
    },
    {
      name: 'swim_lanes is a string',
      code: charterWith((c) => (c.swim_lanes = 'renewal: csm')),
      errors: [
        { messageId: 'noRenewalLane', path: '/swim_lanes', line: 134, column: 13, message: 'retention charter does not say which team and role own renewals: add a swim lane for the renewal process with an accountable team and role (CSM, renewal specialist or sales?)' },
      ],
    },
  ],
});
