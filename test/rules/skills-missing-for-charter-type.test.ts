import rule from '../../src/rules/skills-missing-for-charter-type.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'skills for every type', code: charterWith(() => {}) },
    {
      name: 'extra skills for an undeclared type are fine',
      code: charterWith((c) => {
        c.charter_types = ['retention'];
        c.skills_required.support = ['de-escalation'];
      }),
    },
  ],
  invalid: [
    {
      name: 'no skills_required at all',
      code: charterWith((c) => delete c.skills_required),
      errors: [
        { messageId: 'noSkills', path: '/skills_required/adoption', message: "'adoption'" },
        { messageId: 'noSkills', path: '/skills_required/expansion', message: "'expansion'" },
        { messageId: 'noSkills', path: '/skills_required/retention', message: 'e.g. renewal negotiation' },
      ],
    },
    {
      name: 'an empty list, and a list of blank strings (near miss: the key is there but empty)',
      code: charterWith((c) => {
        c.skills_required.expansion = [];
        c.skills_required.adoption = ['  '];
      }),
      errors: [
        { messageId: 'noSkills', path: '/skills_required/expansion' },
        { messageId: 'noSkills', path: '/skills_required/adoption' },
      ],
    },
    {
      name: 'a null entry',
      code: '# test\ncharter_types: [retention]\nskills_required:\n  retention:\n',
      errors: [{ messageId: 'noSkills', path: '/skills_required/retention', line: 4 }],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.charter_types = ['retention', 3, null, ['x'], 'constructor'];
        c.skills_required = ['renewal negotiation'];
      }),
      errors: [
        { messageId: 'noSkills', path: '/skills_required/constructor' },
        { messageId: 'noSkills', path: '/skills_required/retention' },
      ],
    },
  ],
});
