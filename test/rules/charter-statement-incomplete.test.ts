import rule from '../../src/rules/charter-statement-incomplete.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter has every statement field', code: baseCharter() },
    {
      name: 'one entry per list is enough (near miss)',
      code: charterWith((c) => {
        c.statement.problems = ['Unclear renewal owner.'];
        c.statement.consequences_of_inaction = ['Flat retention.'];
      }),
    },
    {
      name: 'wrongly typed but non-empty fields are left to schema-violation',
      code: charterWith((c) => {
        c.statement.vision = 42;
        c.statement.problems = 'One problem.';
      }),
    },
  ],
  invalid: [
    {
      name: 'the weak charter: only a mission',
      code: charterWith((c) => (c.statement = { mission: 'Hit our retention and upsell numbers!' })),
      errors: [
        { messageId: 'incomplete', path: '/statement', line: 37, column: 3, message: 'charter statement lacks: vision, why, problems, opportunities, consequences_of_inaction. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done' },
      ],
    },
    {
      name: 'blank strings and empty lists count as missing',
      code: charterWith((c) => {
        c.statement.vision = '   ';
        c.statement.opportunities = [];
        c.statement.problems = ['', null];
      }),
      errors: [
        { messageId: 'incomplete', path: '/statement', line: 37, column: 3, message: 'charter statement lacks: vision, problems, opportunities. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done' },
      ],
    },
    {
      name: 'only the consequences of inaction missing',
      code: charterWith((c) => delete c.statement.consequences_of_inaction),
      errors: [
        { messageId: 'incomplete', path: '/statement', line: 37, column: 3, message: 'charter statement lacks: consequences_of_inaction. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done' },
      ],
    },
    {
      name: 'statement is a string',
      code: charterWith((c) => (c.statement = 'We help customers.')),
      errors: [
        { messageId: 'incomplete', path: '/statement', line: 36, column: 12, message: 'charter statement lacks: vision, why, problems, opportunities, consequences_of_inaction. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done' },
      ],
    },
    {
      name: 'no statement at all',
      code: charterWith((c) => delete c.statement),
      errors: [
        { messageId: 'incomplete', path: '/statement', line: 1, column: 1, message: 'charter statement lacks: vision, why, problems, opportunities, consequences_of_inaction. Beyond the mission, say where the team is heading, why Customer Success matters here, which problems it solves, which opportunities it opens and what happens if nothing is done' },
      ],
    },
  ],
});
