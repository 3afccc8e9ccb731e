import rule from '../../src/rules/mission-too-long.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

const withMission = (mission: unknown) => charterWith((c) => (c.statement.mission = mission));
const words = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'Help' : `w${i}`)).join(' ') + '.';

ruleTester(rule, {
  valid: [
    { name: 'the base mission', code: withMission('Help every customer translate their business objectives into measurable outcomes.') },
    { name: 'exactly 40 words (near miss)', code: withMission(words(40)) },
    { name: 'a full stop not followed by white space does not split', code: withMission('Help customers adopt v2.5 of the platform within 30 days.') },
    { name: 'a configured maximum', code: withMission(words(50)), options: { maxWords: 50 } },
    { name: 'a mission that is not a string', code: withMission({ text: 'Help. Customers.' }) },
  ],
  invalid: [
    {
      name: '41 words',
      code: withMission(words(41)),
      errors: [
        { messageId: 'tooLong', path: '/statement/mission', line: 37, column: 12, message: 'keep the mission to one sentence of at most 40 words (found 1 sentence, 41 words): move the detail to the vision, the why or the objectives' },
      ],
    },
    {
      name: 'two sentences',
      code: withMission('Help customers reach value fast. We also run training for every new admin!'),
      errors: [
        { messageId: 'tooLong', path: '/statement/mission', line: 37, column: 12, message: 'keep the mission to one sentence of at most 40 words (found 2 sentences, 13 words): move the detail to the vision, the why or the objectives' },
      ],
    },
    {
      name: 'three sentences across lines',
      code: withMission('Help customers adopt.\nRetain them?\n\nGrow them.'),
      errors: [
        { messageId: 'tooLong', path: '/statement/mission', line: 37, column: 12, message: 'keep the mission to one sentence of at most 40 words (found 3 sentences, 7 words): move the detail to the vision, the why or the objectives' },
      ],
    },
    {
      name: 'a stricter configured maximum',
      code: withMission('Help every customer translate their business objectives into measurable outcomes.'),
      options: { maxWords: 8 },
      errors: [
        { messageId: 'tooLong', path: '/statement/mission', line: 37, column: 12, message: 'keep the mission to one sentence of at most 8 words (found 1 sentence, 10 words): move the detail to the vision, the why or the objectives' },
      ],
    },
  ],
});
