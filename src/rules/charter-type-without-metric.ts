import { defineRule } from './support/types.js';
import { KPI_CATALOG, findKpi } from '../catalog.js';
import { isBlank, list, records, text } from '../model/read.js';

/** The charter types of a list, as trimmed strings (other items are left to schema-violation). */
function typeList(v: unknown): string[] {
  return list(v)
    .map((t) => (typeof t === 'string' ? text(t) : undefined))
    .filter((t): t is string => t !== undefined);
}

export default defineRule({
  id: 'charter-type-without-metric',
  meta: {
    description: 'Measure every declared charter type with at least one metric.',
    tags: ['charter-types', 'metrics'],
    severity: 'warning',
    sources: ['S4'],
    messages: {
      unmeasured:
        "no metric measures the '{{type}}' charter: add a metric for it{{examples}}, or list '{{type}}' in the charter_types of a metric that already measures it",
    },
    defaultOptions: {},
  },
  check({ data, report }) {
    const metrics = records(data['metrics']).map(({ item }) => item);
    const measured = new Set<string>();
    for (const m of metrics) {
      // A metric's own charter_types replace the catalogue's defaults (format.md §3.3).
      const own = Array.isArray(m['charter_types']) && !isBlank(m['charter_types']) ? typeList(m['charter_types']) : undefined;
      for (const t of own ?? findKpi(m['catalog'])?.charterTypes ?? []) measured.add(t);
    }
    const seen = new Set<string>();
    list(data['charter_types']).forEach((raw, index) => {
      const t = typeof raw === 'string' ? text(raw) : undefined;
      if (t === undefined || seen.has(t)) return;
      seen.add(t);
      if (measured.has(t)) return;
      const suggestions = KPI_CATALOG.filter((k) => k.charterTypes.includes(t))
        .slice(0, 3)
        .map((k) => k.id);
      const examples = suggestions.length > 0 ? ` (e.g. catalogue metric ${suggestions.join(', ')})` : '';
      report({ messageId: 'unmeasured', data: { type: t, examples }, path: ['charter_types', index] });
    });
  },
});
