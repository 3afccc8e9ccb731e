import rule from '../../src/rules/high-risk-unmitigated.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

const withRisk = (risk: Record<string, unknown>) => charterWith((c) => (c.risks = [{ id: 'r', risk: 'Something goes wrong.', ...risk }]));

ruleTester(rule, {
  valid: [
    { name: 'a high risk with a mitigation', code: charterWith(() => {}) },
    { name: 'score 10 without mitigation (near miss below 12)', code: withRisk({ likelihood: 'low', impact: 'very-high' }) },
    { name: 'integer score 10', code: withRisk({ likelihood: 5, impact: 2 }) },
    { name: 'an unknown level gives no score', code: withRisk({ likelihood: 'critical', impact: 'very-high' }) },
    { name: 'an integer outside 1–5 is unknown', code: withRisk({ likelihood: 10, impact: 5 }) },
    { name: 'a missing level gives no score', code: withRisk({ impact: 'very-high' }) },
    { name: 'risks is not a list', code: charterWith((c) => (c.risks = { id: 'r', likelihood: 'very-high', impact: 'very-high' })) },
    { name: 'a custom threshold above the score', code: withRisk({ likelihood: 'high', impact: 'high' }), options: { highScore: 20 } },
  ],
  invalid: [
    {
      name: 'score exactly 12 without mitigation',
      code: withRisk({ likelihood: 'medium', impact: 'high' }),
      errors: [
        { messageId: 'unmitigated', path: '/risks/0', line: 176, column: 5, message: "risk 'r' scores 12 (likelihood 3 × impact 4, threshold 12) and has no mitigation: write the corrective action and who takes it" },
      ],
    },
    {
      name: 'integers as they are, and a blank mitigation',
      code: charterWith((c) => {
        c.risks.push({ id: 'exec-sponsor-loss', risk: 'Sponsor leaves.', likelihood: 5, impact: 'very-high', mitigation: ' ' });
      }),
      errors: [
        { messageId: 'unmitigated', path: '/risks/1', line: 182, column: 5, message: "risk 'exec-sponsor-loss' scores 25 (likelihood 5 × impact 5, threshold 12) and has no mitigation: write the corrective action and who takes it" },
      ],
    },
    {
      name: 'a custom threshold',
      code: withRisk({ likelihood: 'low', impact: 'medium' }),
      options: { highScore: 6 },
      errors: [
        { messageId: 'unmitigated', path: '/risks/0', line: 176, column: 5, message: "risk 'r' scores 6 (likelihood 2 × impact 3, threshold 6) and has no mitigation: write the corrective action and who takes it" },
      ],
    },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.risks = [null, 'x', { likelihood: ['high'], impact: 5 }, { likelihood: 4.5, impact: 4 }, { likelihood: ' High ', impact: 3 }];
      }),
      errors: [
        { messageId: 'unmitigated', path: '/risks/4', line: 183, column: 5, message: "risk '#5' scores 12 (likelihood 4 × impact 3, threshold 12) and has no mitigation: write the corrective action and who takes it" },
      ],
    },
  ],
});
