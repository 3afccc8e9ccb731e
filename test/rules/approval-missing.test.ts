import rule from '../../src/rules/approval-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter (active, approved by the CRO on 2026-06-20)', code: baseCharter() },
    {
      name: 'a draft needs no approval yet',
      code: charterWith((c) => {
        c.meta.status = 'draft';
        c.approvals = [];
      }),
    },
    {
      name: 'in review needs no approval yet',
      code: charterWith((c) => {
        c.meta.status = 'in-review';
        delete c.approvals;
      }),
    },
    {
      name: 'one approved, named, dated approval among pending ones is enough',
      code: charterWith((c) => {
        c.meta.status = 'approved';
        c.approvals = [
          { name: 'Marcus Lee', decision: 'pending' },
          { name: 'Dana Whitfield', decision: 'approved', date: '2026-06-20' },
        ];
      }),
    },
    {
      name: 'wrongly typed meta: no status to check',
      code: charterWith((c) => {
        c.meta = 'active';
        c.approvals = 'yes';
      }),
    },
  ],
  invalid: [
    {
      name: 'active with an empty approvals list',
      code: charterWith((c) => (c.approvals = [])),
      errors: [
        { messageId: 'noApproval', path: '/approvals', line: 213, column: 12, message: "status is 'active' but no dated approval is recorded: add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
    {
      name: 'approved with no approvals key: points at the status',
      code: charterWith((c) => {
        c.meta.status = 'approved';
        delete c.approvals;
      }),
      errors: [
        { messageId: 'noApproval', path: '/meta/status', line: 8, column: 11, message: "status is 'approved' but no dated approval is recorded: add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
    {
      name: 'an approval without a date (near miss)',
      code: charterWith((c) => delete c.approvals[0].date),
      errors: [
        { messageId: 'noApproval', path: '/approvals', line: 214, column: 3, message: "status is 'active' but no dated approval is recorded (the approval listed is not decision: approved with a name and a date): add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
    {
      name: 'an approval with an invalid date',
      code: charterWith((c) => (c.approvals[0].date = '2026-02-30')),
      errors: [
        { messageId: 'noApproval', path: '/approvals', line: 214, column: 3, message: "status is 'active' but no dated approval is recorded (the approval listed is not decision: approved with a name and a date): add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
    {
      name: 'approvals that are pending or rejected, or have no name',
      code: charterWith((c) => {
        c.approvals = [
          { name: 'Dana Whitfield', decision: 'pending', date: '2026-06-20' },
          { name: 'Marcus Lee', decision: 'rejected', date: '2026-06-21' },
          { decision: 'approved', date: '2026-06-22' },
        ];
      }),
      errors: [
        { messageId: 'noApproval', path: '/approvals', line: 214, column: 3, message: "status is 'active' but no dated approval is recorded (none of the 3 approvals listed is decision: approved with a name and a date): add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
    {
      name: 'wrongly typed approvals',
      code: charterWith((c) => (c.approvals = [null, 5, 'Dana', { name: ['Dana'], decision: true, date: 20260620 }])),
      errors: [
        { messageId: 'noApproval', path: '/approvals', line: 214, column: 3, message: "status is 'active' but no dated approval is recorded (the approval listed is not decision: approved with a name and a date): add an approval with the approver's name, decision: approved and the date, or set the status back to in-review" },
      ],
    },
  ],
});
