import { defineRule } from './support/types.js';
import { MAX_AGE_MONTHS } from './support/review-options.js';
import { isBlank, isRecord, isoDate, num } from '../model/read.js';
import { addMonths } from '../dates.js';

/** A short rendering of a value for a message. */
function shown(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v.trim() : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

export default defineRule({
  id: 'next-review-invalid',
  meta: {
    description: 'Schedule the next review after the last one and no more than 12 months later.',
    tags: ['governance', 'review', 'dates'],
    severity: 'warning',
    sources: ['S2 VI', 'S4', 'P27'],
    messages: {
      missing:
        'no next review date: add meta.next_review (YYYY-MM-DD), at most {{months}} months after the last review, so the charter stays a living document',
      notADate: "next review '{{value}}' is not a date: write meta.next_review as YYYY-MM-DD",
      outOfWindow:
        'next review {{next}} must be after the last review {{last}} and within {{months}} months of it (by {{latest}})',
    },
    defaultOptions: { maxAgeMonths: 12 },
    options: {
      maxAgeMonths: MAX_AGE_MONTHS,
    },
  },
  check({ data, options, report }) {
    const meta = data['meta'];
    if (isRecord(meta) && meta['status'] === 'retired') return;
    const m: Record<string, unknown> = isRecord(meta) ? meta : {};
    const months = Math.floor(num(options.maxAgeMonths) ?? 12);
    const path = ['meta', 'next_review'];
    const raw = m['next_review'];
    if (isBlank(raw)) {
      report({ messageId: 'missing', data: { months }, path });
      return;
    }
    const next = isoDate(raw);
    if (next === undefined) {
      report({ messageId: 'notADate', data: { value: shown(raw) }, path });
      return;
    }
    const last = isoDate(m['last_reviewed']) ?? isoDate(m['effective_date']);
    if (last === undefined) return;
    const latest = addMonths(last, months);
    if (next <= last || next > latest) {
      report({ messageId: 'outOfWindow', data: { next, last, months, latest }, path });
    }
  },
});
