import rule from '../../src/rules/roadmap-comms-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter has both', code: baseCharter() },
    {
      name: 'one item in each is enough (near miss)',
      code: charterWith((c) => {
        c.roadmap = [{ milestone: 'Go live.' }];
        c.communications = [{ audience: 'Sales', message: 'Pipeline.' }];
      }),
    },
    {
      name: 'wrongly typed but non-empty values are left to schema-violation',
      code: charterWith((c) => {
        c.roadmap = 'Q1: launch';
        c.communications = { monthly: 'email' };
      }),
    },
  ],
  invalid: [
    {
      name: 'neither a roadmap nor a communications plan: one finding at the roadmap',
      code: charterWith((c) => {
        delete c.roadmap;
        delete c.communications;
      }),
      errors: [
        { messageId: 'missing', path: '/roadmap', line: 1, column: 1, message: 'missing: roadmap, communications. List the milestones that put the charter in place, each with a due date and an owner. Say who hears what about the charter, through which channel and how often.' },
      ],
    },
    {
      name: 'no communications plan',
      code: charterWith((c) => (c.communications = [])),
      errors: [
        { messageId: 'missing', path: '/communications', line: 187, column: 17, message: 'missing: communications. Say who hears what about the charter, through which channel and how often.' },
      ],
    },
    {
      name: 'no roadmap',
      code: charterWith((c) => (c.roadmap = null)),
      errors: [
        { messageId: 'missing', path: '/roadmap', line: 182, column: 1, message: 'missing: roadmap. List the milestones that put the charter in place, each with a due date and an owner.' },
      ],
    },
    {
      name: 'lists of blank entries count as empty',
      code: charterWith((c) => {
        c.roadmap = [null, ''];
        c.communications = [{}];
      }),
      errors: [
        { messageId: 'missing', path: '/roadmap', line: 183, column: 3, message: 'missing: roadmap, communications. List the milestones that put the charter in place, each with a due date and an owner. Say who hears what about the charter, through which channel and how often.' },
      ],
    },
  ],
});
