import rule from '../../src/rules/next-review-invalid.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

ruleTester(rule, {
  valid: [
    { name: 'the base charter (2026-06-15 → 2027-01-15)', code: baseCharter() },
    {
      name: 'exactly 12 months after the last review (near miss)',
      code: charterWith((c) => (c.meta.next_review = '2027-06-15')),
    },
    {
      name: 'one day after the last review',
      code: charterWith((c) => (c.meta.next_review = '2026-06-16')),
    },
    {
      name: 'without last_reviewed the window starts at the effective date',
      code: charterWith((c) => {
        delete c.meta.last_reviewed;
        c.meta.next_review = '2027-07-01';
      }),
    },
    {
      name: 'a retired charter needs no next review',
      code: charterWith((c) => {
        c.meta.status = 'retired';
        delete c.meta.next_review;
      }),
    },
    {
      name: 'a longer configured window',
      code: charterWith((c) => (c.meta.next_review = '2027-12-15')),
      options: { maxAgeMonths: 18 },
    },
    {
      name: 'no usable last review date: only the presence of next_review is checked',
      code: charterWith((c) => {
        c.meta.last_reviewed = 42;
        c.meta.effective_date = ['2026-01-01'];
      }),
    },
  ],
  invalid: [
    {
      name: 'no next review date',
      code: charterWith((c) => delete c.meta.next_review),
      errors: [
        { messageId: 'missing', path: '/meta/next_review', line: 2, column: 1, message: 'no next review date: add meta.next_review (YYYY-MM-DD), at most 12 months after the last review, so the charter stays a living document' },
      ],
    },
    {
      name: 'one day more than 12 months after the last review',
      code: charterWith((c) => (c.meta.next_review = '2027-06-16')),
      errors: [
        { messageId: 'outOfWindow', path: '/meta/next_review', line: 14, column: 16, message: 'next review 2027-06-16 must be after the last review 2026-06-15 and within 12 months of it (by 2027-06-15)' },
      ],
    },
    {
      name: 'the same day as the last review is not after it',
      code: charterWith((c) => (c.meta.next_review = '2026-06-15')),
      errors: [
        { messageId: 'outOfWindow', path: '/meta/next_review', line: 14, column: 16, message: 'next review 2026-06-15 must be after the last review 2026-06-15 and within 12 months of it (by 2027-06-15)' },
      ],
    },
    {
      name: 'before the last review',
      code: charterWith((c) => (c.meta.next_review = '2025-12-31')),
      errors: [
        { messageId: 'outOfWindow', path: '/meta/next_review', line: 14, column: 16, message: 'next review 2025-12-31 must be after the last review 2026-06-15 and within 12 months of it (by 2027-06-15)' },
      ],
    },
    {
      name: 'not a date',
      code: charterWith((c) => (c.meta.next_review = 'next spring')),
      errors: [
        { messageId: 'notADate', path: '/meta/next_review', line: 14, column: 16, message: "next review 'next spring' is not a date: write meta.next_review as YYYY-MM-DD" },
      ],
    },
    {
      name: 'a wrongly typed next review (a list)',
      code: charterWith((c) => (c.meta.next_review = ['2027-01-15', { a: null }])),
      errors: [
        { messageId: 'notADate', path: '/meta/next_review', line: 15, column: 5, message: 'next review \'["2027-01-15",{"a":null}]\' is not a date: write meta.next_review as YYYY-MM-DD' },
      ],
    },
    {
      name: 'a shorter configured window',
      code: charterWith((c) => (c.meta.next_review = '2027-01-15')),
      options: { maxAgeMonths: 6 },
      errors: [
        { messageId: 'outOfWindow', path: '/meta/next_review', line: 14, column: 16, message: 'next review 2027-01-15 must be after the last review 2026-06-15 and within 6 months of it (by 2026-12-15)' },
      ],
    },
    {
      name: 'meta is not a mapping',
      code: charterWith((c) => (c.meta = ['draft'])),
      errors: [
        { messageId: 'missing', path: '/meta/next_review', line: 2, column: 1, message: 'no next review date: add meta.next_review (YYYY-MM-DD), at most 12 months after the last review, so the charter stays a living document' },
      ],
    },
  ],
});
