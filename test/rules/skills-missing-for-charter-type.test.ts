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
        { messageId: 'noSkills', path: '/skills_required/adoption', line: 1, column: 1, message: "no skills listed for the 'adoption' charter; adoption and commercial charters need different profiles, so add skills_required.adoption (e.g. usage analytics, enablement and training, change management)" },
        { messageId: 'noSkills', path: '/skills_required/expansion', line: 1, column: 1, message: "no skills listed for the 'expansion' charter; adoption and commercial charters need different profiles, so add skills_required.expansion (e.g. discovery and qualification (CSQL criteria), value and ROI storytelling, hand-off discipline with Sales)" },
        { messageId: 'noSkills', path: '/skills_required/retention', line: 1, column: 1, message: "no skills listed for the 'retention' charter; adoption and commercial charters need different profiles, so add skills_required.retention (e.g. renewal negotiation, risk assessment from health data, executive business reviews)" },
      ],
    },
    {
      name: 'an empty list, and a list of blank strings (near miss: the key is there but empty)',
      code: charterWith((c) => {
        c.skills_required.expansion = [];
        c.skills_required.adoption = ['  '];
      }),
      errors: [
        { messageId: 'noSkills', path: '/skills_required/expansion', line: 197, column: 14, message: "no skills listed for the 'expansion' charter; adoption and commercial charters need different profiles, so add skills_required.expansion (e.g. discovery and qualification (CSQL criteria), value and ROI storytelling, hand-off discipline with Sales)" },
        { messageId: 'noSkills', path: '/skills_required/adoption', line: 199, column: 5, message: "no skills listed for the 'adoption' charter; adoption and commercial charters need different profiles, so add skills_required.adoption (e.g. usage analytics, enablement and training, change management)" },
      ],
    },
    {
      name: 'a null entry',
      code: '# test\ncharter_types: [retention]\nskills_required:\n  retention:\n',
      errors: [
        { messageId: 'noSkills', path: '/skills_required/retention', line: 4, column: 3, message: "no skills listed for the 'retention' charter; adoption and commercial charters need different profiles, so add skills_required.retention (e.g. renewal negotiation, risk assessment from health data, executive business reviews)" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.charter_types = ['retention', 3, null, ['x'], 'constructor'];
        c.skills_required = ['renewal negotiation'];
      }),
      errors: [
        { messageId: 'noSkills', path: '/skills_required/constructor', line: 196, column: 1, message: "no skills listed for the 'constructor' charter; adoption and commercial charters need different profiles, so add skills_required.constructor" },
        { messageId: 'noSkills', path: '/skills_required/retention', line: 196, column: 1, message: "no skills listed for the 'retention' charter; adoption and commercial charters need different profiles, so add skills_required.retention (e.g. renewal negotiation, risk assessment from health data, executive business reviews)" },
      ],
    },
  ],
});
