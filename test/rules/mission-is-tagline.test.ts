import rule from '../../src/rules/mission-is-tagline.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

const withMission = (mission: string) => charterWith((c) => (c.statement.mission = mission));

ruleTester(rule, {
  valid: [
    { name: 'the base mission', code: withMission('Help every customer translate their objectives into measurable outcomes.') },
    { name: 'exactly 8 words with a verb (near miss)', code: withMission('We help customers reach value fast every quarter.') },
    { name: 'no listed verb but "to <verb>"', code: withMission('Our job is to shepherd customers toward durable measurable business outcomes.') },
    { name: 'custom minWords', code: withMission('Help customers reach value fast.'), options: { minWords: 5 } },
    {
      name: 'a configured verb counts',
      code: withMission('Shepherd every customer toward durable, measurable outcomes across the whole lifecycle.'),
      options: { verbs: ['shepherd'] },
    },
  ],
  invalid: [
    {
      name: 'without the configured verb the same mission has none',
      code: withMission('Shepherd every customer toward durable, measurable outcomes across the whole lifecycle.'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (11 words, no verb saying what the team does): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
    {
      name: 'three-word slogan',
      code: withMission('Customer Obsessed. Always.'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (3 words, fewer than 8; no verb saying what the team does; a string of short fragments): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
    {
      name: 'short with a verb',
      code: withMission('World-class support for our customers.'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (5 words, fewer than 8): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
    {
      name: 'ends with an exclamation mark',
      code: withMission('Hit our retention and upsell numbers!'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (6 words, fewer than 8; no verb saying what the team does; ends with "!"): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
    {
      name: 'long enough but no verb',
      code: withMission('Excellence in customer outcomes and value across every segment and region.'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (11 words, no verb saying what the team does): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
    {
      name: '7 words (near miss below the threshold)',
      code: withMission('We help customers reach value fast always.'),
      errors: [
        { messageId: 'tagline', path: '/statement/mission', line: 37, column: 12, message: 'mission reads like a tagline (7 words, fewer than 8): state what the team does, for which customers, and to what outcome, in one sentence' },
      ],
    },
  ],
});
