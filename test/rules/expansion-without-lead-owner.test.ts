import rule from '../../src/rules/expansion-without-lead-owner.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'CSMs own expansion lead generation', code: charterWith(() => {}) },
    {
      name: 'the csql alias with a team but no role (the rule asks for a team)',
      code: charterWith((c) => (c.swim_lanes[2] = { process: 'csql', accountable: { team: 'sales' } })),
    },
    {
      name: 'not an expansion charter',
      code: charterWith((c) => {
        c.charter_types = ['retention'];
        c.swim_lanes.splice(2, 1);
      }),
    },
  ],
  invalid: [
    {
      name: 'no lead-generation lane',
      code: charterWith((c) => c.swim_lanes.splice(2, 1)),
      errors: [
        { messageId: 'noLeadLane', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say who owns expansion lead generation: add a swim lane for expansion-lead-generation (or csql) with an accountable team and role' },
      ],
    },
    {
      name: 'the lead-generation lane names no team',
      code: charterWith((c) => (c.swim_lanes[2].accountable = { role: 'csm' })),
      errors: [
        { messageId: 'leadLaneWithoutTeam', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say who owns expansion lead generation: the lead-generation swim lane names no accountable team' },
      ],
    },
    {
      name: 'an upsell lane is not lead generation (near miss)',
      code: charterWith((c) => (c.swim_lanes[2].process = 'expansion')),
      errors: [
        { messageId: 'noLeadLane', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say who owns expansion lead generation: add a swim lane for expansion-lead-generation (or csql) with an accountable team and role' },
      ],
    },
    {
      name: 'no swim_lanes key: reported at the expansion type',
      code: charterWith((c) => delete c.swim_lanes),
      errors: [
        { messageId: 'noLeadLane', path: '/charter_types/1', line: 48, column: 5, message: 'expansion charter does not say who owns expansion lead generation: add a swim lane for expansion-lead-generation (or csql) with an accountable team and role' },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.swim_lanes = [7, { process: 'csql', accountable: 'csm' }, { process: 'lead-generation', accountable: { team: ['csm'] } }];
      }),
      errors: [
        { messageId: 'leadLaneWithoutTeam', path: '/swim_lanes', line: 135, column: 3, message: 'expansion charter does not say who owns expansion lead generation: the lead-generation swim lane names no accountable team' },
      ],
    },
  ],
});
