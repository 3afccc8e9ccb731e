/**
 * A metric drawn as a small bullet chart (one SVG, pure function, used by HTML and reusable by
 * PDF): a track over the metric's scale (the score's range, −100 to +100 for NPS, else from zero
 * to a round number past the largest value, at most 100% for percentages), a bar up to the baseline, a
 * marker (or band) at the target, an arrow from baseline to target, and the side of the target
 * that counts as met shaded by the metric's direction. Values are printed with their unit as in
 * the tables. Accessible: `role="img"` with a `<title>` that says the values in words. Every piece
 * of user text is XML-escaped.
 */
import { formatDate, formatTarget, formatValue } from '../format.js';
import { FONT_FAMILY, n, textWidth, xml } from './text.js';

/** What the chart needs of a metric (the view model's MetricView has it). */
export interface MetricChartInput {
  name: string;
  unit: string | null;
  currency: string | null;
  direction: string | null;
  baseline: { value: number | null; asOf: string | null };
  target: { value: number | null; min: number | null; max: number | null; by: string | null };
}

/** The chart's usual size in user units (points when embedded in a PDF at its own size). */
export const METRIC_CHART_WIDTH = 260;
export const METRIC_CHART_HEIGHT = 46;

const FONT = 9;
const PAD = 4;
const TRACK_Y = 15;
const TRACK_H = 14;

const FIXED_SCALES: Record<string, [number, number]> = {
  score_0_100: [0, 100],
  score_0_10: [0, 10],
  score_1_5: [1, 5],
  score_1_7: [1, 7],
  nps: [-100, 100],
};

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `v` (v > 0). */
function niceCeil(v: number): number {
  const k = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * k >= v - 1e-9) return m * k;
  return 10 * k;
}

/** The scale [lo, hi] of the chart: the unit's range, widened to hold every value. */
export function metricScale(unit: string | null, values: readonly number[]): [number, number] {
  const fixed = unit ? FIXED_SCALES[unit] : undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (fixed && min >= fixed[0] && max <= fixed[1]) return fixed;
  const lo = min < 0 ? -niceCeil(-min * 1.15) : 0;
  // Percentages: from zero to a round number past the largest value, at most 100 when all are.
  const hi = max > 0 ? (unit === 'percent' && max <= 100 ? Math.min(100, niceCeil(max * 1.15)) : niceCeil(max * 1.15)) : 0;
  return hi > lo ? [lo, hi] : [lo - 1, hi + 1];
}

function directionWords(direction: string | null): string {
  if (direction === 'increase') return 'higher is better';
  if (direction === 'decrease') return 'lower is better';
  if (direction === 'maintain') return 'to be kept within the target';
  return '';
}

/** The chart's values in words (its `<title>`). */
export function metricChartTitle(m: MetricChartInput): string {
  const parts: string[] = [];
  if (m.baseline.value !== null) {
    parts.push(`baseline ${formatValue(m.baseline.value, m.unit, m.currency)}${m.baseline.asOf ? ` as of ${formatDate(m.baseline.asOf)}` : ''}`);
  }
  const target = formatTarget(m.target, m.unit, m.currency);
  if (target) parts.push(`target ${target}${m.target.by ? ` by ${formatDate(m.target.by)}` : ''}`);
  const direction = directionWords(m.direction);
  return `${m.name}: ${parts.join(', ')}${direction ? `; ${direction}` : ''}.`;
}

/**
 * The metric as an SVG bullet chart (see the module comment), or null when it has neither a
 * baseline nor a target value to draw. `fontFamily`: the text's font stack (the HTML's by default).
 */
export function metricSvg(m: MetricChartInput, fontFamily: string = FONT_FAMILY): string | null {
  const b = m.baseline.value;
  const { value: t, min: tMin, max: tMax } = m.target;
  const values = [b, t, tMin, tMax].filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return null;
  const [lo, hi] = metricScale(m.unit, values);
  const baselineText = b !== null ? `Baseline ${formatValue(b, m.unit, m.currency)}` : '';
  const targetText = formatTarget(m.target, m.unit, m.currency);
  // Wider than usual only when a label would not fit (a long currency name): never cut.
  const width = Math.ceil(Math.max(METRIC_CHART_WIDTH, ...[baselineText, `Target ${targetText}`].map((l) => textWidth(l, FONT) + 4)));
  const x0 = PAD;
  const x1 = width - PAD;
  const x = (v: number) => x0 + ((v - lo) / (hi - lo)) * (x1 - x0);
  const zero = x(Math.min(Math.max(0, lo), hi));
  const mid = TRACK_Y + TRACK_H / 2;
  const parts: string[] = [`<title>${xml(metricChartTitle(m))}</title>`];
  parts.push(`<rect x="${n(x0)}" y="${TRACK_Y}" width="${n(x1 - x0)}" height="${TRACK_H}" fill="#e4e7eb"/>`);

  // The side of the target that counts as met, by direction.
  const single = t ?? (m.direction === 'decrease' ? tMax : m.direction === 'increase' ? tMin : null);
  if (single !== null && (m.direction === 'increase' || m.direction === 'decrease')) {
    const [a, c] = m.direction === 'increase' ? [x(single), x1] : [x0, x(single)];
    parts.push(`<rect x="${n(a)}" y="${TRACK_Y}" width="${n(Math.max(0, c - a))}" height="${TRACK_H}" fill="#c6f6d5"/>`);
  } else if (tMin !== null && tMax !== null) {
    parts.push(`<rect x="${n(x(tMin))}" y="${TRACK_Y}" width="${n(Math.max(1, x(tMax) - x(tMin)))}" height="${TRACK_H}" fill="#c6f6d5"/>`);
  }

  const labels: { text: string; at: number; y: number }[] = [];
  if (b !== null) {
    const [a, c] = b >= 0 || lo >= 0 ? [Math.min(zero, x(b)), Math.max(zero, x(b))] : [x(b), zero];
    // The baseline bar in the lower half of the track, the arrow in the upper half.
    parts.push(`<rect x="${n(a)}" y="${mid}" width="${n(Math.max(1, c - a))}" height="5" fill="#52606d"/>`);
    labels.push({ text: baselineText, at: x(b), y: METRIC_CHART_HEIGHT - 4 });
  }
  const markers = t !== null ? [t] : [tMin, tMax].filter((v): v is number => v !== null);
  for (const v of markers) {
    parts.push(`<line x1="${n(x(v))}" y1="${TRACK_Y - 3}" x2="${n(x(v))}" y2="${TRACK_Y + TRACK_H + 3}" stroke="#102a43" stroke-width="2"/>`);
  }
  if (targetText && markers.length > 0) {
    const at = markers.reduce((s, v) => s + x(v), 0) / markers.length;
    labels.push({ text: `Target ${targetText}`, at, y: TRACK_Y - 5 });
  }
  // Baseline → target.
  const goal = t ?? (markers.length > 0 ? markers.reduce((s, v) => s + v, 0) / markers.length : null);
  if (b !== null && goal !== null && Math.abs(x(goal) - x(b)) > 10) {
    const from = x(b);
    const to = x(goal) + (x(goal) > from ? -3 : 3);
    const dir = to > from ? 1 : -1;
    const y = mid - 3;
    parts.push(
      `<line x1="${n(from)}" y1="${y}" x2="${n(to - dir * 5)}" y2="${y}" stroke="#2f855a" stroke-width="1.5" stroke-dasharray="3 2"/>`,
      `<polygon points="${n(to)},${y} ${n(to - dir * 6)},${y - 3} ${n(to - dir * 6)},${y + 3}" fill="#2f855a"/>`,
    );
  }
  for (const l of labels) {
    const w = textWidth(l.text, FONT);
    const cx = Math.min(Math.max(l.at, w / 2 + 1), width - w / 2 - 1);
    parts.push(`<text x="${n(cx)}" y="${l.y}" font-size="${FONT}" text-anchor="middle" fill="#102a43">${xml(l.text)}</text>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${METRIC_CHART_HEIGHT}" viewBox="0 0 ${width} ${METRIC_CHART_HEIGHT}" role="img" font-family="${xml(fontFamily)}">` +
    parts.join('') +
    '</svg>'
  );
}
