import { defineRule } from './support/types.js';
import { UNIT_RANGES, findKpi } from '../catalog.js';
import { isRecord, num, text, type Rec } from '../model/read.js';
import { metricsToCheck } from './support/metric-fields.js';

interface Range {
  min: number | null;
  max: number | null;
  /** What the range belongs to, for messages: the catalogue metric or the unit. */
  subject: string;
  /** Who "cannot exceed" / "cannot be below" the bound. */
  noun: string;
  percent: boolean;
}

/**
 * The allowed range: the catalogue entry's range when the metric uses the entry's default unit
 * (or states no unit), otherwise the unit's range. The catalogue range replaces the unit range,
 * so nrr, expansion-rate and dollar-renewal-rate lift the 100% cap of percent.
 */
function rangeOf(m: Rec): Range | undefined {
  const unit = typeof m['unit'] === 'string' ? text(m['unit']) : undefined;
  const entry = findKpi(m['catalog']);
  if (entry && (unit === undefined || unit === entry.units[0])) {
    return {
      ...entry.range,
      subject: `${entry.name} (${String(m['catalog'])})`,
      noun: entry.name,
      percent: entry.units[0] === 'percent',
    };
  }
  if (unit === undefined) return undefined;
  const r = UNIT_RANGES[unit];
  if (!r) return undefined;
  return {
    ...r,
    subject: entry ? `${entry.name} (${String(m['catalog'])}) in ${unit}` : `unit '${unit}'`,
    noun: entry ? `${entry.name} in ${unit}` : `a value in ${unit}`,
    percent: unit === 'percent',
  };
}

function fmt(n: number, percent: boolean): string {
  return percent ? `${n}%` : String(n);
}

export default defineRule({
  id: 'metric-value-out-of-range',
  meta: {
    description: "Keep baselines and targets within the range their unit and the KPI catalogue allow.",
    tags: ['metrics', 'targets', 'catalogue'],
    severity: 'error',
    sources: ['P1', 'P2', '§4'],
    messages: {
      outOfRange: '{{field}} {{value}} is outside {{range}} for {{subject}}: {{why}}; check the number and the unit',
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    for (const { item, path } of metricsToCheck(data)) {
      const range = rangeOf(item);
      if (!range || (range.min === null && range.max === null)) continue;
      const rangeText = `${range.min === null ? '(−∞' : `[${range.min}`}, ${range.max === null ? '∞)' : `${range.max}]`}`;
      const values: Array<{ part: 'baseline' | 'target'; key: 'value' | 'min' | 'max' }> = [
        { part: 'baseline', key: 'value' },
        { part: 'target', key: 'value' },
        { part: 'target', key: 'min' },
        { part: 'target', key: 'max' },
      ];
      for (const { part, key } of values) {
        const holder = item[part];
        const value = isRecord(holder) ? num(holder[key]) : undefined;
        if (value === undefined) continue;
        let why: string | undefined;
        if (range.max !== null && value > range.max) why = `${range.noun} cannot exceed ${fmt(range.max, range.percent)}`;
        else if (range.min !== null && value < range.min) {
          why = range.min === 0 ? `${range.noun} cannot be negative` : `${range.noun} cannot be below ${fmt(range.min, range.percent)}`;
        }
        if (why === undefined) continue;
        report({
          messageId: 'outOfRange',
          data: { field: key === 'value' ? part : `${part} ${key}`, value, range: rangeText, subject: range.subject, why },
          path: [...path, part, key],
        });
      }
    }
  },
});
