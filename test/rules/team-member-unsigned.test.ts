import rule from '../../src/rules/team-member-unsigned.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter: both CSMs signed', code: baseCharter() },
    {
      name: 'names match case-insensitively with white space collapsed',
      code: charterWith((c) => (c.team.roles[0].people = ['JONAH  reyes', 'aiko tanaka '])),
    },
    {
      name: 'a draft is not signed yet',
      code: charterWith((c) => {
        c.meta.status = 'draft';
        c.signatures = [];
      }),
    },
    {
      name: 'a role with no people',
      code: charterWith((c) => c.team.roles.push({ id: 'ops', title: 'CS Ops', people: [] })),
    },
    {
      name: 'wrongly typed roles and people',
      code: charterWith((c) => {
        c.team.roles = [null, 'csm', { id: 'x', people: 'Jonah Reyes' }, { id: 'y', people: [5, null, { name: 'A' }] }];
      }),
    },
    { name: 'team is a string', code: charterWith((c) => (c.team = 'CS')) },
  ],
  invalid: [
    {
      name: 'one team member has not signed',
      code: charterWith((c) => c.signatures.pop()),
      errors: [
        { messageId: 'unsigned', path: '/signatures', line: 219, column: 3, message: 'not signed by team members: Aiko Tanaka. A dated signature from each person in team.roles records their buy-in to the charter' },
      ],
    },
    {
      name: 'an undated signature does not count (near miss)',
      code: charterWith((c) => delete c.signatures[1].date),
      errors: [
        { messageId: 'unsigned', path: '/signatures', line: 219, column: 3, message: 'not signed by team members: Jonah Reyes. A dated signature from each person in team.roles records their buy-in to the charter' },
      ],
    },
    {
      name: 'one finding listing everyone, placeholders included, each name once',
      code: charterWith((c) => {
        c.team.roles.push(
          { id: 'team-lead', title: 'Team Lead', people: ['[Your Name]'] },
          { id: 'account-manager', title: 'Account Manager', people: ['Priya Natarajan', 'Tom Becker'] },
          { id: 'support', title: 'Support Specialist', people: ['Lena Ortiz', 'priya natarajan'] },
        );
      }),
      errors: [
        { messageId: 'unsigned', path: '/signatures', line: 233, column: 3, message: 'not signed by team members: [Your Name], Priya Natarajan, Tom Becker, Lena Ortiz. A dated signature from each person in team.roles records their buy-in to the charter' },
      ],
    },
    {
      name: 'no signatures key: points at the closest existing place',
      code: charterWith((c) => delete c.signatures),
      errors: [
        { messageId: 'unsigned', path: '/signatures', line: 1, column: 1, message: 'not signed by team members: Jonah Reyes, Aiko Tanaka. A dated signature from each person in team.roles records their buy-in to the charter' },
      ],
    },
  ],
});
