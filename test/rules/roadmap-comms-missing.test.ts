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
      errors: [{ messageId: 'missing', path: '/roadmap', message: 'missing: roadmap, communications.' }],
    },
    {
      name: 'no communications plan',
      code: charterWith((c) => (c.communications = [])),
      errors: [{ messageId: 'missing', path: '/communications', message: 'missing: communications.' }],
    },
    {
      name: 'no roadmap',
      code: charterWith((c) => (c.roadmap = null)),
      errors: [{ messageId: 'missing', path: '/roadmap', message: 'missing: roadmap.' }],
    },
    {
      name: 'lists of blank entries count as empty',
      code: charterWith((c) => {
        c.roadmap = [null, ''];
        c.communications = [{}];
      }),
      errors: [{ messageId: 'missing', path: '/roadmap', message: 'missing: roadmap, communications.' }],
    },
  ],
});
