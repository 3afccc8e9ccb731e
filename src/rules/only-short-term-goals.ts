import { defineRule } from './support/types.js';
import { isRecord, isoDate, list, text } from '../model/read.js';
import { addMonths } from '../dates.js';

type Horizon = 'short' | 'medium' | 'long' | 'unknown';

/** An objective's horizon: its own `horizon`, or else derived from `due − meta.effective_date`. */
function horizonOf(objective: unknown, effective: string | undefined): Horizon {
  if (!isRecord(objective)) return 'unknown';
  const h = typeof objective['horizon'] === 'string' ? text(objective['horizon'])?.toLowerCase() : undefined;
  if (h === 'short' || h === 'medium' || h === 'long') return h;
  const due = isoDate(objective['due']);
  if (!due || !effective) return 'unknown';
  if (due <= addMonths(effective, 12)) return 'short';
  if (due <= addMonths(effective, 24)) return 'medium';
  return 'long';
}

export default defineRule({
  id: 'only-short-term-goals',
  meta: {
    description: 'Balance short-term objectives with at least one medium- or long-term goal.',
    tags: ['objectives', 'strategy'],
    severity: 'warning',
    sources: ['S1'],
    messages: {
      onlyShort:
        'every objective is short-term (all {{n}} within 12 months): add at least one medium-term (up to 24 months) or long-term goal so the charter also steers where the team must be in two or three years',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const objectives = list(data['objectives']);
    if (objectives.length === 0) return;
    const meta = data['meta'];
    const effective = isRecord(meta) ? isoDate(meta['effective_date']) : undefined;
    // Unknown horizons (no horizon, no usable due or effective date) keep the rule silent.
    if (objectives.every((o) => horizonOf(o, effective) === 'short')) {
      report({ messageId: 'onlyShort', data: { n: objectives.length }, path: ['objectives'] });
    }
  },
});
