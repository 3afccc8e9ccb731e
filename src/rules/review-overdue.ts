import { defineRule } from './support/types.js';
import { MAX_AGE_MONTHS } from './support/review-options.js';
import { isRecord, isoDate, num } from '../model/read.js';
import { addMonths } from '../dates.js';

export default defineRule({
  id: 'review-overdue',
  meta: {
    description: 'Review the charter at least every 12 months and before its scheduled review date passes.',
    tags: ['governance', 'review', 'dates'],
    severity: 'warning',
    sources: ['S2 VI', 'S4'],
    messages: {
      overdue:
        'charter {{since}}, more than {{months}} months before {{asOf}}: review it with the team and its stakeholders, then record the new last_reviewed date (TSIA and the template call for an annual review)',
      nextReviewPassed:
        'scheduled review date {{next}} has passed (as of {{asOf}}): hold the review, then record last_reviewed and a new next_review',
    },
    defaultOptions: { maxAgeMonths: 12 },
    options: {
      maxAgeMonths: MAX_AGE_MONTHS,
    },
  },
  check({ data, options, asOf, report }) {
    const meta = data['meta'];
    if (!isRecord(meta) || meta['status'] === 'retired') return;
    const months = Math.floor(num(options.maxAgeMonths) ?? 12);
    const reviewed = isoDate(meta['last_reviewed']);
    const effective = isoDate(meta['effective_date']);
    const last = reviewed ?? effective;
    if (last !== undefined && addMonths(last, months) < asOf) {
      report({
        messageId: 'overdue',
        data: {
          since: reviewed !== undefined ? `last reviewed ${last}` : `not reviewed since it took effect on ${last}`,
          months,
          asOf,
        },
        path: ['meta', reviewed !== undefined ? 'last_reviewed' : 'effective_date'],
      });
      return;
    }
    const next = isoDate(meta['next_review']);
    if (next !== undefined && next < asOf) {
      report({ messageId: 'nextReviewPassed', data: { next, asOf }, path: ['meta', 'next_review'] });
    }
  },
});
