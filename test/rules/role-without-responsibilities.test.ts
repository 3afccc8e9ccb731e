import rule from '../../src/rules/role-without-responsibilities.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'every role has responsibilities', code: charterWith(() => {}) },
    {
      name: 'one responsibility is enough (near miss)',
      code: charterWith((c) =>
        c.team.roles.push({ id: 'cs-ops', title: 'CS Operations Analyst', responsibilities: ['Maintain the health score model.'] }),
      ),
    },
  ],
  invalid: [
    {
      name: 'an empty list and a missing list',
      code: charterWith((c) => {
        c.team.roles.push({ id: 'account-manager', title: 'Account Manager', responsibilities: [] });
        c.team.roles.push({ id: 'support-specialist', title: 'Support Specialist' });
      }),
      errors: [
        { messageId: 'noResponsibilities', path: '/team/roles/1', line: 36, column: 7, message: "role 'account-manager' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what" },
        { messageId: 'noResponsibilities', path: '/team/roles/2', line: 39, column: 7, message: "role 'support-specialist' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what" },
      ],
    },
    {
      name: 'blank responsibilities only',
      code: charterWith((c) => (c.team.roles[0].responsibilities = ['', '  '])),
      errors: [
        { messageId: 'noResponsibilities', path: '/team/roles/0', line: 28, column: 7, message: "role 'csm' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what" },
      ],
    },
    {
      name: 'a role without id is labelled by its title',
      code: charterWith((c) => c.team.roles.push({ title: 'Renewal Specialist' })),
      errors: [
        { messageId: 'noResponsibilities', path: '/team/roles/1', line: 36, column: 7, message: "role 'Renewal Specialist' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.team.roles = ['csm', null, 4, { id: ['x'], responsibilities: null }, { id: 'y', responsibilities: 'Run QBRs.' }];
      }),
      errors: [
        { messageId: 'noResponsibilities', path: '/team/roles/3', line: 31, column: 7, message: "role '#4' has no responsibilities: list what people in this role are expected to do, so everyone knows who does what" },
      ],
    },
  ],
});
