import rule from '../../src/rules/mission-not-customer-focused.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith } from '../helpers/base-charter.js';

const withMission = (mission: unknown) => charterWith((c) => (c.statement.mission = mission));

ruleTester(rule, {
  valid: [
    { name: 'the base mission', code: withMission('Help every customer translate their business objectives into measurable outcomes.') },
    {
      name: 'the support reference mission',
      code: withMission('Help customers resolve product issues quickly and with minimal effort, so they can keep working toward their goals.'),
    },
    {
      name: 'as many customer references as company phrases (near miss)',
      code: withMission('Help customers reach their first outcome, which protects our revenue.'),
    },
    { name: 'a mission that is not a string is left to schema-violation', code: withMission(['Help', 'customers']) },
    { name: 'statement is a string', code: charterWith((c) => (c.statement = 'Help customers win.')) },
    {
      name: 'a configured customer term counts as a customer reference',
      code: withMission('Help every clinician spend less time on paperwork and more with patients.'),
      options: { customerTerms: ['clinician', 'patients'] },
    },
  ],
  invalid: [
    {
      name: 'the same mission without the configured term names no customer',
      code: withMission('Help every clinician spend less time on paperwork and more with patients.'),
      errors: [
        { messageId: 'noCustomer', path: '/statement/mission', line: 37, column: 12, message: "mission names no customer: say whose need the team serves and what changes for them (e.g. 'Help every customer ...')" },
      ],
    },
    {
      name: 'the weak charter tagline: no customer, company wording',
      code: withMission('Hit our retention and upsell numbers!'),
      errors: [
        { messageId: 'companyCentric', path: '/statement/mission', line: 37, column: 12, message: "mission speaks for the company, not the customer (no customer reference; company-centric wording: 'our retention and upsell numbers'): state the customer's need and the outcome the team delivers for them" },
      ],
    },
    {
      name: '"account" is not a customer reference',
      code: withMission('Maximize revenue and grow our ARR across every account.'),
      errors: [
        { messageId: 'companyCentric', path: '/statement/mission', line: 37, column: 12, message: "mission speaks for the company, not the customer (no customer reference; company-centric wording: 'Maximize revenue', 'grow our ARR'): state the customer's need and the outcome the team delivers for them" },
      ],
    },
    {
      name: 'no customer and no company wording',
      code: withMission('Deliver measurable outcomes and ROI in every account we manage.'),
      errors: [
        { messageId: 'noCustomer', path: '/statement/mission', line: 37, column: 12, message: "mission names no customer: say whose need the team serves and what changes for them (e.g. 'Help every customer ...')" },
      ],
    },
    {
      name: 'more company phrases than customer references',
      code: withMission('Help customers adopt the product so we beat quota and grow bookings.'),
      errors: [
        { messageId: 'companyCentric', path: '/statement/mission', line: 37, column: 12, message: "mission speaks for the company, not the customer (1 customer reference against 3 company-centric phrases; company-centric wording: 'quota', 'grow bookings'): state the customer's need and the outcome the team delivers for them" },
      ],
    },
  ],
});
