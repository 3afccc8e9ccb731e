/**
 * The cells of a charter's short table columns (values with units, dates, owners, cadences,
 * levels, statuses, versions), as the renderers print them: no word of these may ever break
 * across lines, in the PDF or in a DOCX as Word or LibreOffice lays it out.
 */
import { formatDate, formatLabel, formatTarget, formatValue } from '../../src/render/format.js';
import type { CharterView } from '../../src/render/view.js';

export function shortCells(view: CharterView): string[] {
  const cells = [
    ...(view.metrics ?? []).flatMap((m) => [
      formatValue(m.baseline.value, m.unit, m.currency),
      formatTarget(m.target, m.unit, m.currency),
      formatDate(m.target.by),
      m.owner ?? '',
      formatLabel(m.cadence),
    ]),
    ...(view.risks ?? []).flatMap((r) => [formatLabel(r.likelihood), formatLabel(r.impact), r.owner ?? '', formatLabel(r.status)]),
    ...(view.roadmap ?? []).flatMap((r) => [formatDate(r.due), r.owner ?? '', formatLabel(r.status)]),
  ];
  return [...new Set(cells.filter((c) => c !== ''))];
}
