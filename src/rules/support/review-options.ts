/** The review-cycle option shared by review-overdue and next-review-invalid (one setting sets both). */
export const MAX_AGE_MONTHS = {
  type: 'integer',
  minimum: 1,
  maximum: 120,
  description: 'the longest time between two reviews, in months',
  setting: 'review.maxAgeMonths',
} as const;
