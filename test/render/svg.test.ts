/**
 * The SVG pictures (hand-off diagram, metric charts) read back as XML with fast-xml-parser and
 * checked as geometry: every label in full, labels at least 8 pt at A4 text width, no hand-off
 * line through another hand-off's label, well-formed XML, hostile text escaped.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCharter } from '../../src/load.js';
import { renderOrg } from '../../src/render/render.js';
import { handoffSvg, type DiagramEdge, type DiagramNode } from '../../src/render/svg/org.js';
import { metricSvg, type MetricChartInput } from '../../src/render/svg/metric.js';
import { A4_TEXT_WIDTH_PT } from '../../src/render/svg/text.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { ROOT } from '../helpers/cli.js';

type El = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, htmlEntities: true });

/** The parsed SVG as a tree of { tag, attrs, children, text }. */
interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

function toNodes(items: El[]): Node[] {
  return items.map((item) => {
    const tag = Object.keys(item).find((k) => k !== ':@')!;
    const attrs = (item[':@'] as Record<string, string> | undefined) ?? {};
    if (tag === '#text') return { tag, attrs, children: [], text: String(item[tag]) };
    const children = toNodes(item[tag] as El[]);
    return { tag, attrs, children, text: children.map((c) => c.text).join('') };
  });
}

function parseSvg(svg: string): Node {
  expect(XMLValidator.validate(svg)).toBe(true);
  const [root] = toNodes(parser.parse(svg) as El[]);
  expect(root!.tag).toBe('svg');
  return root!;
}

function all(node: Node, tag: string): Node[] {
  return [...(node.tag === tag ? [node] : []), ...node.children.flatMap((c) => all(c, tag))];
}

/** A label as drawn: its lines joined back (a break after `-`, `_` or `/` was inside a word). */
function labelText(text: Node): string {
  const lines = text.children.filter((c) => c.tag === 'tspan').map((t) => t.text);
  return lines.reduce((acc, l) => (acc === '' ? l : /[-_/]$/.test(acc) ? acc + l : `${acc} ${l}`), '');
}

/** Points of an SVG path made of M and L commands. */
function pathPoints(d: string): { x: number; y: number }[] {
  const nums = d.replace(/[ML]/g, ' ').trim().split(/\s+/).map(Number);
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push({ x: nums[i]!, y: nums[i + 1]! });
  return out;
}

/** Whether a segment comes inside a rectangle (sampled every quarter unit; independent of the layout code). */
function segmentEntersRect(p: { x: number; y: number }, q: { x: number; y: number }, r: Record<string, string>): boolean {
  const x0 = Number(r['x']) + 0.5;
  const y0 = Number(r['y']) + 0.5;
  const x1 = Number(r['x']) + Number(r['width']) - 0.5;
  const y1 = Number(r['y']) + Number(r['height']) - 0.5;
  const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) * 4));
  for (let s = 0; s <= steps; s++) {
    const x = p.x + ((q.x - p.x) * s) / steps;
    const y = p.y + ((q.y - p.y) * s) / steps;
    if (x > x0 && x < x1 && y > y0 && y < y1) return true;
  }
  return false;
}

/** Checks a hand-off diagram; returns its parsed root. */
function checkDiagram(svg: string, nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): Node {
  const root = parseSvg(svg);
  expect(root.attrs['role']).toBe('img');
  expect(root.children[0]!.tag).toBe('title');
  const [, , vbWidth] = root.attrs['viewBox']!.split(' ').map(Number);
  const width = Number(root.attrs['width']);
  expect(width).toBeLessThanOrEqual(A4_TEXT_WIDTH_PT);
  // Embedded at its own width (at most the A4 text width), every label is at least 8 pt.
  const scale = Math.min(width, A4_TEXT_WIDTH_PT) / vbWidth!;
  for (const text of all(root, 'text')) expect(Number(text.attrs['font-size']) * scale).toBeGreaterThanOrEqual(8);
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const teams = all(root, 'g').filter((g) => g.attrs['class'] === 'team');
  expect(teams.map((g) => labelText(all(g, 'text')[0]!))).toEqual(nodes.map((n) => collapse(n.label)));
  const handoffs = all(root, 'g').filter((g) => g.attrs['class'] === 'handoff');
  expect(handoffs.map((g) => labelText(all(g, 'text')[0]!))).toEqual(edges.map((e) => collapse(e.label)));
  // No hand-off's line passes through another hand-off's label.
  handoffs.forEach((g, i) => {
    const label = all(g, 'rect')[0]!.attrs;
    handoffs.forEach((other, j) => {
      if (i === j) return;
      const pts = pathPoints(all(other, 'path')[0]!.attrs['d']!);
      for (let k = 1; k < pts.length; k++) {
        expect(segmentEntersRect(pts[k - 1]!, pts[k]!, label), `hand-off ${j} crosses the label of hand-off ${i}`).toBe(false);
      }
    });
  });
  return root;
}

function orgSvg(html: string): string {
  return /<figure class="diagram">(<svg[\s\S]*?<\/svg>)<\/figure>/.exec(html)![1]!;
}

describe('hand-off diagram (svg/org.ts)', () => {
  it('lays out the reference and example charters: labels in full, >= 8 pt on A4, no label under another line', async () => {
    for (const dir of [REFERENCE_DIR, join(ROOT, 'examples')]) {
      const charters = readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => loadCharter(join(dir, f)));
      const html = (await renderOrg(charters, { format: 'html', asOf: '2026-11-22' })).content as string;
      const root = parseSvg(orgSvg(html));
      const labels = all(root, 'g').map((g) => labelText(all(g, 'text')[0]!));
      // The names come from the charters: check against what they declare.
      const handoffIds = charters.flatMap((c) => ((c.data as { handoffs?: { id: string }[] }).handoffs ?? []).map((h) => h.id));
      for (const id of handoffIds) expect(labels).toContain(id);
      const edges = all(root, 'g').filter((g) => g.attrs['class'] === 'handoff').map((g) => ({ from: '', to: '', label: labelText(all(g, 'text')[0]!) }));
      const nodes = all(root, 'g').filter((g) => g.attrs['class'] === 'team').map((g) => ({ id: '', label: labelText(all(g, 'text')[0]!) }));
      checkDiagram(orgSvg(html), nodes, edges);
    }
  });

  it('a wide graph goes top to bottom with wrapped labels, never truncated', () => {
    const long = 'customer-success-management-to-renewals-retire-and-handover';
    const nodes = ['Customer Success Management', 'Renewals and Commercial Desk', 'Finance Operations', 'Support Engineering', 'Professional Services']
      .map((label, i) => ({ id: `t${i}`, label }));
    const edges = [
      { from: 't0', to: 't1', label: long },
      { from: 't1', to: 't2', label: `${long}-finance` },
      { from: 't2', to: 't3', label: 'finance to support escalation for disputed invoices' },
      { from: 't3', to: 't0', label: 'support-to-csm-risk-alert' },
      { from: 't0', to: 't4', label: 'csm-to-ps-scoping' },
      { from: 't4', to: 't0', label: 'ps-to-csm-go-live' },
      { from: 't0', to: 't1', label: 'a second hand-off between the same teams' },
    ];
    const { svg } = handoffSvg(nodes, edges);
    const root = checkDiagram(svg, nodes, edges);
    expect(all(root, 'tspan').length).toBeGreaterThan(nodes.length + edges.length); // some labels wrapped
  });

  it('hostile team names and hand-off ids are escaped and come back whole (property)', () => {
    const hostile = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constantFrom('</text><script>alert(1)</script>', ']]><!--', '&amp; &#60; "\'', 'A & B <c>', '<?xml?>', '\u202eevil', '😀 emoji'),
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, id) => {
        // Characters XML cannot hold are dropped; the rest comes back as given.
        const clean = (s: string) =>
          // eslint-disable-next-line no-control-regex
          s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
        const nodes = [{ id: 'a', label: a }, { id: 'b', label: b }];
        const edges = [{ from: 'a', to: 'b', label: id }];
        const { svg } = handoffSvg(nodes, edges);
        const root = checkDiagram(svg, nodes.map((x) => ({ ...x, label: clean(x.label) })), edges.map((e) => ({ ...e, label: clean(e.label) })));
        const tags = new Set(all(root, 'svg').concat(root.children.flatMap((c) => [c, ...c.children, ...c.children.flatMap((d) => d.children)])).map((x) => x.tag));
        for (const t of tags) expect(['svg', 'title', 'g', 'path', 'polygon', 'rect', 'text', 'tspan', '#text']).toContain(t);
      }),
      { numRuns: 80, seed: 13 },
    );
  });
});

const metric = (over: Partial<MetricChartInput>): MetricChartInput => ({
  name: 'Gross revenue retention',
  unit: 'percent',
  currency: null,
  direction: 'increase',
  baseline: { value: 84, asOf: '2026-01-31' },
  target: { value: 88, min: null, max: null, by: '2028-06-30' },
  ...over,
});

describe('metric charts (svg/metric.ts)', () => {
  it('draws baseline -> target with units, and says the values in words', () => {
    const root = parseSvg(metricSvg(metric({}))!);
    expect(root.attrs['role']).toBe('img');
    expect(root.children[0]!.tag).toBe('title');
    expect(root.children[0]!.text).toBe('Gross revenue retention: baseline 84% as of 31 Jan 2026, target 88% by 30 Jun 2028; higher is better.');
    expect(all(root, 'text').map((t) => t.text)).toEqual(['Baseline 84%', 'Target 88%']);
    // Embedded at its own size, within the A4 text width: labels 9 pt.
    expect(Number(root.attrs['width'])).toBeLessThanOrEqual(A4_TEXT_WIDTH_PT);
    for (const t of all(root, 'text')) expect(Number(t.attrs['font-size'])).toBeGreaterThanOrEqual(8);
  });

  it('knows the unit (scale, currency, days) and the direction (arrow and the side that counts as met)', () => {
    const churn = parseSvg(metricSvg(metric({ name: 'Churn', direction: 'decrease', baseline: { value: 14.5, asOf: null }, target: { value: 11, min: null, max: null, by: null } }))!);
    expect(churn.children[0]!.text).toBe('Churn: baseline 14.5%, target 11%; lower is better.');
    // The arrow points left (towards the lower target): its tip is left of its tail.
    const line = all(churn, 'line').find((l) => l.attrs['stroke-dasharray'])!;
    const tip = Number(all(churn, 'polygon')[0]!.attrs['points']!.split(/[ ,]/)[0]);
    expect(tip).toBeLessThan(Number(line.attrs['x1']));
    // The met side is left of the target marker, for a decrease.
    const rects = all(churn, 'rect');
    const met = rects.find((r) => r.attrs['fill'] === '#c6f6d5')!;
    const marker = all(churn, 'line').find((l) => !l.attrs['stroke-dasharray'])!;
    expect(Number(met.attrs['x']) + Number(met.attrs['width'])).toBeCloseTo(Number(marker.attrs['x1']), 0);

    const arr = parseSvg(metricSvg(metric({ name: 'ARR', unit: 'currency', currency: 'USD', baseline: { value: 420000, asOf: null }, target: { value: 750000, min: null, max: null, by: null } }))!);
    expect(all(arr, 'text').map((t) => t.text)).toEqual(['Baseline USD 420,000', 'Target USD 750,000']);
    const days = parseSvg(metricSvg(metric({ name: 'TTV', unit: 'days', direction: 'maintain', baseline: { value: 30, asOf: null }, target: { value: null, min: 20, max: 40, by: null } }))!);
    expect(days.children[0]!.text).toBe('TTV: baseline 30 days, target 20 days to 40 days; to be kept within the target.');
    const nps = parseSvg(metricSvg(metric({ name: 'NPS', unit: 'nps', baseline: { value: -12, asOf: null }, target: { value: 20, min: null, max: null, by: null } }))!);
    expect(all(nps, 'text').map((t) => t.text)).toEqual(['Baseline -12', 'Target +20']);
  });

  it('draws nothing without values, and only what it has', () => {
    expect(metricSvg(metric({ baseline: { value: null, asOf: null }, target: { value: null, min: null, max: null, by: null } }))).toBeNull();
    const onlyTarget = parseSvg(metricSvg(metric({ baseline: { value: null, asOf: null } }))!);
    expect(all(onlyTarget, 'text').map((t) => t.text)).toEqual(['Target 88%']);
  });

  it('escapes hostile names and currencies, and never cuts a label (property)', () => {
    const hostile = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('</title><script>', '&lt;b&gt;', '"quoted" <x>', 'A'.repeat(80)));
    fc.assert(
      fc.property(hostile, hostile, fc.double({ min: -1e6, max: 1e9, noNaN: true }), (name, currency, value) => {
        const svg = metricSvg(metric({ name, unit: 'currency', currency, baseline: { value, asOf: null } }))!;
        const root = parseSvg(svg);
        const width = Number(root.attrs['width']);
        for (const t of all(root, 'text')) {
          expect(t.text.includes('Baseline') || t.text.includes('Target')).toBe(true);
          expect(Number(t.attrs['x'])).toBeGreaterThan(0);
          expect(Number(t.attrs['x'])).toBeLessThan(width);
        }
        expect(all(root, 'script')).toEqual([]);
      }),
      { numRuns: 80, seed: 13 },
    );
  });
});
