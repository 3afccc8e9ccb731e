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
      errors: [{ messageId: 'tagline', message: 'no verb' }],
    },
    {
      name: 'three-word slogan',
      code: withMission('Customer Obsessed. Always.'),
      errors: [{ messageId: 'tagline', path: '/statement/mission', message: '3 words' }],
    },
    {
      name: 'short with a verb',
      code: withMission('World-class support for our customers.'),
      errors: [{ messageId: 'tagline', message: '5 words' }],
    },
    {
      name: 'ends with an exclamation mark',
      code: withMission('Hit our retention and upsell numbers!'),
      errors: [{ messageId: 'tagline', message: 'ends with "!"' }],
    },
    {
      name: 'long enough but no verb',
      code: withMission('Excellence in customer outcomes and value across every segment and region.'),
      errors: [{ messageId: 'tagline', message: 'no verb' }],
    },
    {
      name: '7 words (near miss below the threshold)',
      code: withMission('We help customers reach value fast always.'),
      errors: [{ messageId: 'tagline', message: '7 words' }],
    },
  ],
});
