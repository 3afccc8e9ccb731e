import rule from '../../src/rules/only-short-term-goals.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { charterWith, type Data } from '../helpers/base-charter.js';

/** The base charter with the horizons removed and these due dates (and effective date). */
const dues = (effective: string, ...due: Array<string | undefined>): Data =>
  charterWith((c) => {
    c.meta.effective_date = effective;
    c.objectives = due.map((d, i) => ({
      id: `goal-${i + 1}`,
      statement: 'A goal.',
      strategy_link: 'FY27 goal 2',
      metrics: ['grr'],
      ...(d ? { due: d } : {}),
    }));
  });

ruleTester(rule, {
  valid: [
    { name: 'the base charter (medium and long)', code: charterWith(() => {}) },
    {
      name: 'one short and one medium objective',
      code: charterWith((c) => (c.objectives[1].horizon = 'short')),
    },
    {
      name: 'due one day after effective + 12 months is medium (near miss)',
      code: dues('2026-07-01', '2027-03-31', '2027-07-02'),
    },
    {
      name: 'calendar months clamp: 2024-02-29 + 12 months is 2025-02-28, so 2025-03-01 is medium',
      code: dues('2024-02-29', '2025-03-01'),
    },
    {
      name: 'an objective with no horizon and no due date is unknown, so the rule stays silent',
      code: dues('2026-07-01', '2027-01-31', undefined),
    },
    {
      name: 'no effective date makes due-only objectives unknown',
      code: charterWith((c) => {
        delete c.meta.effective_date;
        c.objectives = [{ id: 'a', statement: 'A.', due: '2026-12-31' }];
      }),
    },
    { name: 'no objectives', code: charterWith((c) => (c.objectives = [])) },
    {
      name: 'wrongly typed data does not throw',
      code: charterWith((c) => {
        c.meta = 'meta';
        c.objectives = ['short', { id: 'a', horizon: ['short'], due: 20270101 }];
      }),
    },
  ],
  invalid: [
    {
      name: 'every objective declared short',
      code: charterWith((c) => {
        c.objectives[0].horizon = 'short';
        c.objectives[1].horizon = 'short';
      }),
      errors: [
        { messageId: 'onlyShort', path: '/objectives', line: 56, column: 3, message: 'every objective is short-term (all 2 within 12 months): add at least one medium-term (up to 24 months) or long-term goal so the charter also steers where the team must be in two or three years' },
      ],
    },
    {
      name: 'horizons derived from due dates, the last exactly effective + 12 months (near miss)',
      code: dues('2026-07-01', '2027-03-31', '2027-07-01'),
      errors: [
        { messageId: 'onlyShort', path: '/objectives', line: 56, column: 3, message: 'every objective is short-term (all 2 within 12 months): add at least one medium-term (up to 24 months) or long-term goal so the charter also steers where the team must be in two or three years' },
      ],
    },
    {
      name: 'calendar months clamp: 2024-02-29 + 12 months is 2025-02-28, still short',
      code: dues('2024-02-29', '2025-02-28'),
      errors: [
        { messageId: 'onlyShort', path: '/objectives', line: 56, column: 3, message: 'every objective is short-term (all 1 within 12 months): add at least one medium-term (up to 24 months) or long-term goal so the charter also steers where the team must be in two or three years' },
      ],
    },
    {
      name: 'a declared horizon wins over the due date; an unknown horizon value falls back to the due date',
      code: charterWith((c) => {
        c.objectives[0].horizon = 'short';
        c.objectives[0].due = '2029-12-31';
        c.objectives[1].horizon = 'quarterly';
        c.objectives[1].due = '2026-12-31';
      }),
      errors: [
        { messageId: 'onlyShort', path: '/objectives', line: 56, column: 3, message: 'every objective is short-term (all 2 within 12 months): add at least one medium-term (up to 24 months) or long-term goal so the charter also steers where the team must be in two or three years' },
      ],
    },
  ],
});
