import rule from '../../src/rules/review-overdue.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter (reviewed 2026-06-15, next review 2027-01-15)', code: baseCharter() },
    {
      name: 'a review exactly 12 months old does not fire (near miss)',
      code: charterWith((c) => (c.meta.last_reviewed = '2025-11-22')),
    },
    {
      name: 'a next review due today has not passed (near miss)',
      code: charterWith((c) => (c.meta.next_review = '2026-11-22')),
    },
    {
      name: 'month arithmetic clamps the day: 2024-02-29 + 12 months = 2025-02-28',
      code: charterWith((c) => {
        c.meta.last_reviewed = '2024-02-29';
        c.meta.next_review = '2025-02-28';
      }),
      asOf: '2025-02-28',
    },
    {
      name: 'a retired charter is not reviewed any more',
      code: charterWith((c) => {
        c.meta.status = 'retired';
        c.meta.last_reviewed = '2020-01-01';
        c.meta.next_review = '2021-01-01';
      }),
    },
    {
      name: 'a longer configured maximum age',
      code: charterWith((c) => (c.meta.last_reviewed = '2025-06-01')),
      options: { maxAgeMonths: 24 },
    },
    {
      name: 'wrongly typed dates and meta do not throw',
      code: charterWith((c) => {
        c.meta.last_reviewed = ['2020-01-01'];
        c.meta.effective_date = { year: 2020 };
        c.meta.next_review = 20200101;
      }),
    },
    { name: 'meta is a string', code: charterWith((c) => (c.meta = 'unfinished')) },
  ],
  invalid: [
    {
      name: 'last reviewed one day more than 12 months ago',
      code: charterWith((c) => (c.meta.last_reviewed = '2025-11-21')),
      errors: [
        { messageId: 'overdue', path: '/meta/last_reviewed', line: 13, column: 18, message: 'charter last reviewed 2025-11-21, more than 12 months before 2026-11-22: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)' },
      ],
    },
    {
      name: 'never reviewed: falls back to the effective date',
      code: charterWith((c) => {
        delete c.meta.last_reviewed;
        c.meta.effective_date = '2025-01-15';
      }),
      errors: [
        { messageId: 'overdue', path: '/meta/effective_date', line: 12, column: 19, message: 'charter not reviewed since it took effect on 2025-01-15, more than 12 months before 2026-11-22: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)' },
      ],
    },
    {
      name: 'an invalid last_reviewed falls back to the effective date',
      code: charterWith((c) => {
        c.meta.last_reviewed = 'last spring';
        c.meta.effective_date = '2024-03-01';
      }),
      errors: [
        { messageId: 'overdue', path: '/meta/effective_date', line: 12, column: 19, message: 'charter not reviewed since it took effect on 2024-03-01, more than 12 months before 2026-11-22: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)' },
      ],
    },
    {
      name: 'the scheduled review date has passed',
      code: charterWith((c) => (c.meta.next_review = '2026-11-21')),
      errors: [
        { messageId: 'nextReviewPassed', path: '/meta/next_review', line: 14, column: 16, message: 'scheduled review date 2026-11-21 has passed (as of 2026-11-22): hold the review, then record last_reviewed and a new next_review' },
      ],
    },
    {
      name: 'an overdue review reports once, not also the passed next review',
      code: charterWith((c) => {
        c.meta.last_reviewed = '2024-06-01';
        c.meta.next_review = '2025-06-01';
      }),
      errors: [
        { messageId: 'overdue', path: '/meta/last_reviewed', line: 13, column: 18, message: 'charter last reviewed 2024-06-01, more than 12 months before 2026-11-22: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)' },
      ],
    },
    {
      name: 'a shorter configured maximum age',
      code: charterWith((c) => (c.meta.last_reviewed = '2026-05-21')),
      options: { maxAgeMonths: 6 },
      errors: [
        { messageId: 'overdue', path: '/meta/last_reviewed', line: 13, column: 18, message: 'charter last reviewed 2026-05-21, more than 6 months before 2026-11-22: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)' },
      ],
    },
    {
      name: 'the support charter after its next review date (why tests pin --as-of)',
      code: charterWith((c) => {
        c.meta.last_reviewed = '2026-06-10';
        c.meta.next_review = '2026-12-10';
      }),
      asOf: '2026-12-11',
      errors: [
        { messageId: 'nextReviewPassed', path: '/meta/next_review', line: 14, column: 16, message: 'scheduled review date 2026-12-10 has passed (as of 2026-12-11): hold the review, then record last_reviewed and a new next_review' },
      ],
    },
  ],
});
