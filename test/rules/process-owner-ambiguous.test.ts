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
        { messageId: 'duplicateOwner', path: '/swim_lanes/1', line: 141, column: 5, message: "process 'renewal' is listed twice with different owners for overlapping segments: sales/account-executive here and csm/csm in swim lane 1 (both cover segment mid-market); give each segment exactly one owner" },
      ],
    },
    {
      name: 'a lane without segment covers every segment',
      code: charterWith((c) => delete c.swim_lanes[1].segment),
      errors: [
        { messageId: 'duplicateOwner', path: '/swim_lanes/1', line: 141, column: 5, message: "process 'renewal' is listed twice with different owners for overlapping segments: sales/account-executive here and csm/csm in swim lane 1 (both cover segment mid-market); give each segment exactly one owner" },
      ],
    },
    {
      name: 'same team, different role is a conflict; three lanes give one finding per pair',
      code: charterWith((c) => {
        c.swim_lanes.push({ process: 'expansion-lead-generation', accountable: { team: 'csm', role: 'csm-director' } });
        c.swim_lanes.push({ process: 'expansion-lead-generation', segment: [], accountable: { team: 'sales', role: 'sdr' } });
      }),
      errors: [
        { messageId: 'duplicateOwner', path: '/swim_lanes/4', line: 156, column: 5, message: "process 'expansion-lead-generation' is listed twice with different owners for overlapping segments: csm/csm-director here and csm/csm in swim lane 3 (both cover all segments); give each segment exactly one owner" },
        { messageId: 'duplicateOwner', path: '/swim_lanes/5', line: 160, column: 5, message: "process 'expansion-lead-generation' is listed twice with different owners for overlapping segments: sales/sdr here and csm/csm in swim lane 3 (both cover all segments); give each segment exactly one owner" },
        { messageId: 'duplicateOwner', path: '/swim_lanes/5', line: 160, column: 5, message: "process 'expansion-lead-generation' is listed twice with different owners for overlapping segments: sales/sdr here and csm/csm-director in swim lane 5 (both cover all segments); give each segment exactly one owner" },
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
        { messageId: 'noAccountable', path: '/swim_lanes/0/accountable', line: 135, column: 5, message: "process 'renewal' has no accountable owner: name exactly one accountable team and role (accountable: {team, role})" },
        { messageId: 'severalAccountable', path: '/swim_lanes/1/accountable', line: 142, column: 7, message: "process 'renewal' lists 2 accountable owners: keep exactly one accountable team and role, and move the others to responsible or consulted" },
        { messageId: 'incompleteAccountable', path: '/swim_lanes/2/accountable', line: 148, column: 7, message: "process 'expansion-lead-generation' needs exactly one accountable team and role: the accountable owner names no role" },
        { messageId: 'invalidAccountable', path: '/swim_lanes/3/accountable', line: 150, column: 18, message: "process 'upsell' needs exactly one accountable team and role, written as accountable: {team, role}" },
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
        { messageId: 'duplicateOwner', path: '/swim_lanes/3', line: 142, column: 5, message: "process 'renewal' is listed twice with different owners for overlapping segments: sales/ae here and csm/csm in swim lane 3 (both cover segment enterprise); give each segment exactly one owner" },
        { messageId: 'incompleteAccountable', path: '/swim_lanes/4/accountable', line: 151, column: 7, message: "process '#5' needs exactly one accountable team and role: the accountable owner names no role" },
      ],
    },
  ],
});
