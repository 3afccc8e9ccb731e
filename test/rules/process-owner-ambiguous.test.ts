import rule from '../../src/rules/process-owner-ambiguous.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'renewals split by disjoint segments (near miss)', code: charterWith(() => {}) },
    {
      name: 'the same owner listed twice is not a conflict',
      code: charterWith((c) => c.swim_lanes.push({ process: 'upsell', segment: ['smb'], accountable: { team: 'csm', role: 'csm' } })),
    },
    {
      name: 'aliases are different process ids (upsell vs complex-expansion, as in the reference csm.yaml)',
      code: charterWith((c) => c.swim_lanes.push({ process: 'complex-expansion', accountable: { team: 'sales', role: 'account-executive' } })),
    },
  ],
  invalid: [
    {
      name: 'overlapping segments with different owners',
      code: charterWith((c) => (c.swim_lanes[1].segment = ['enterprise', 'mid-market'])),
      errors: [
        {
          messageId: 'duplicateOwner',
          path: '/swim_lanes/1',
          message: 'sales/account-executive here and csm/csm in swim lane 1 (both cover segment mid-market)',
        },
      ],
    },
    {
      name: 'a lane without segment covers every segment',
      code: charterWith((c) => delete c.swim_lanes[1].segment),
      errors: [{ messageId: 'duplicateOwner', path: '/swim_lanes/1', message: 'both cover segment mid-market' }],
    },
    {
      name: 'same team, different role is a conflict; three lanes give one finding per pair',
      code: charterWith((c) => {
        c.swim_lanes.push({ process: 'expansion-lead-generation', accountable: { team: 'csm', role: 'csm-director' } });
        c.swim_lanes.push({ process: 'expansion-lead-generation', segment: [], accountable: { team: 'sales', role: 'sdr' } });
      }),
      errors: [
        { messageId: 'duplicateOwner', path: '/swim_lanes/4', message: 'in swim lane 3 (both cover all segments)' },
        { messageId: 'duplicateOwner', path: '/swim_lanes/5', message: 'in swim lane 3' },
        { messageId: 'duplicateOwner', path: '/swim_lanes/5', message: 'in swim lane 5' },
      ],
    },
    {
      name: 'missing, listed and incomplete accountable owners',
      code: charterWith((c) => {
        delete c.swim_lanes[0].accountable;
        c.swim_lanes[1].accountable = [{ team: 'sales', role: 'account-executive' }, { team: 'csm', role: 'csm' }];
        c.swim_lanes[2].accountable = { team: 'csm' };
        c.swim_lanes[3].accountable = 'csm';
      }),
      errors: [
        { messageId: 'noAccountable', path: '/swim_lanes/0/accountable', message: "process 'renewal'" },
        { messageId: 'severalAccountable', path: '/swim_lanes/1/accountable', message: 'lists 2 accountable owners' },
        { messageId: 'incompleteAccountable', path: '/swim_lanes/2/accountable', message: 'names no role' },
        { messageId: 'invalidAccountable', path: '/swim_lanes/3/accountable', message: "process 'upsell'" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.swim_lanes = [
          null,
          'renewal',
          { process: 'renewal', segment: 'enterprise', accountable: { team: 'csm', role: 'csm' } },
          { process: 'renewal', segment: ['Enterprise'], accountable: { team: 'sales', role: 'ae' } },
          { process: ['x'], accountable: { team: 1, role: null } },
        ];
      }),
      errors: [
        { messageId: 'duplicateOwner', path: '/swim_lanes/3', message: 'in swim lane 3 (both cover segment enterprise)' },
        { messageId: 'incompleteAccountable', path: '/swim_lanes/4/accountable', message: "process '#5'" },
      ],
    },
  ],
});
