import rule from '../../src/rules/adoption-handoff-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'an inbound hand-off to the team', code: charterWith(() => {}) },
    {
      name: 'not an adoption or onboarding charter',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'expansion'];
        delete c.handoffs;
      }),
    },
    {
      name: 'an onboarding charter with an inbound hand-off without trigger (the trigger is another rule)',
      code: charterWith((c) => {
        c.charter_types = ['onboarding'];
        c.handoffs = [{ id: 'sales-to-csm', from: { team: 'sales', role: 'ae' }, to: { team: 'csm', role: 'csm' } }];
      }),
    },
  ],
  invalid: [
    {
      name: 'only an outbound hand-off (near miss: from the team, not to it)',
      code: charterWith((c) => {
        c.handoffs = [
          { id: 'csm-to-sales', from: { team: 'csm', role: 'csm' }, to: { team: 'sales', role: 'ae' }, trigger: 'CSQL accepted.' },
        ];
      }),
      errors: [
        { messageId: 'noInbound', path: '/handoffs', line: 157, column: 3, message: "adoption charter has no inbound hand-off: define where the previous team's work stops by adding a hand-off to csm (e.g. sales → csm) with a trigger" },
      ],
    },
    {
      name: 'no handoffs key: reported at the first of adoption/onboarding',
      code: charterWith((c) => {
        c.charter_types = ['retention', 'onboarding', 'adoption'];
        delete c.handoffs;
      }),
      errors: [
        { messageId: 'noInbound', path: '/charter_types/1', line: 48, column: 5, message: "onboarding charter has no inbound hand-off: define where the previous team's work stops by adding a hand-off to csm (e.g. sales → csm) with a trigger" },
      ],
    },
    {
      name: 'an empty handoffs list',
      code: charterWith((c) => (c.handoffs = [])),
      errors: [
        { messageId: 'noInbound', path: '/handoffs', line: 156, column: 11, message: "adoption charter has no inbound hand-off: define where the previous team's work stops by adding a hand-off to csm (e.g. sales → csm) with a trigger" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.team = { id: ['csm'] };
        c.handoffs = [null, { to: 'csm' }, { to: { team: 5 } }];
      }),
      errors: [
        { messageId: 'noInbound', path: '/handoffs', line: 144, column: 3, message: "adoption charter has no inbound hand-off: define where the previous team's work stops by adding a hand-off to this team (e.g. sales → this team) with a trigger" },
      ],
    },
  ],
});
