import { defineRule } from './support/types.js';
import { isBlank, label, num, records } from '../model/read.js';

const LEVELS: Readonly<Record<string, number>> = { 'very-low': 1, low: 2, medium: 3, high: 4, 'very-high': 5 };

/** The score of a level: very-low..very-high = 1..5, integers 1–5 as they are; anything else is unknown. */
function level(v: unknown): number | undefined {
  if (typeof v === 'string') {
    const key = v.trim().toLowerCase();
    return Object.prototype.hasOwnProperty.call(LEVELS, key) ? LEVELS[key] : undefined;
  }
  const n = num(v);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
}

export default defineRule({
  id: 'high-risk-unmitigated',
  meta: {
    description: 'Give every high-scoring risk (likelihood × impact) a mitigation.',
    tags: ['risks'],
    severity: 'error',
    sources: ['S3', 'P24'],
    messages: {
      unmitigated:
        "risk '{{id}}' scores {{score}} (likelihood {{likelihood}} × impact {{impact}}, threshold {{threshold}}) and has no mitigation: write the corrective action and who takes it",
    },
    defaultOptions: { highScore: 12 },
    options: {
      highScore: {
        type: 'integer',
        minimum: 1,
        maximum: 25,
        description: 'a risk whose likelihood × impact is at or above this needs a mitigation',
        setting: 'risk.highScore',
      },
    },
  },
  check({ data, options, report }) {
    const threshold = num(options.highScore) ?? 12;
    for (const { item, index } of records(data['risks'])) {
      const l = level(item['likelihood']);
      const i = level(item['impact']);
      if (l === undefined || i === undefined) continue;
      const score = l * i;
      if (score < threshold || !isBlank(item['mitigation'])) continue;
      report({
        messageId: 'unmitigated',
        data: { id: label(item, index), score, likelihood: l, impact: i, threshold },
        path: ['risks', index],
      });
    }
  },
});
