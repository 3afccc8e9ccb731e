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
        { messageId: 'noResponsibilities', path: '/team/roles/1', message: "role 'account-manager'" },
        { messageId: 'noResponsibilities', path: '/team/roles/2', message: "role 'support-specialist'" },
      ],
    },
    {
      name: 'blank responsibilities only',
      code: charterWith((c) => (c.team.roles[0].responsibilities = ['', '  '])),
      errors: [{ messageId: 'noResponsibilities', path: '/team/roles/0' }],
    },
    {
      name: 'a role without id is labelled by its title',
      code: charterWith((c) => c.team.roles.push({ title: 'Renewal Specialist' })),
      errors: [{ messageId: 'noResponsibilities', path: '/team/roles/1', message: "'Renewal Specialist'" }],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.team.roles = ['csm', null, 4, { id: ['x'], responsibilities: null }, { id: 'y', responsibilities: 'Run QBRs.' }];
      }),
      errors: [{ messageId: 'noResponsibilities', path: '/team/roles/3', message: "'#4'" }],
    },
  ],
});
