/**
 * The hand-off diagram of the organisation overview (`render --org`) as one SVG, shared by HTML
 * (inline) and PDF: teams as boxes, hand-offs as labelled arrows, laid out by dagre (ranks,
 * crossing reduction, coordinates, and a place for each edge label on its own edge).
 *
 * The layout is chosen, not hoped for: left to right first, then top to bottom, with labels
 * wrapped on word boundaries ever narrower, the first candidate that (a) fits the A4 text width
 * with every label at least 8 pt and (b) has no edge passing through another edge's label or
 * through a team that is not its end. Labels are never truncated. Every piece of user text is
 * XML-escaped.
 */
import dagre from '@dagrejs/dagre';
import { A4_TEXT_WIDTH_PT, FONT_FAMILY, MIN_LABEL_PT, n, textWidth, wrapWords, xml } from './text.js';

/** A team in the diagram. */
export interface DiagramNode {
  id: string;
  label: string;
}

/** A hand-off from one team to another. */
export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
}

/** An SVG picture and the size (points) at which it is meant to be embedded. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

const NODE_FONT = 10;
const EDGE_FONT = 9;
const LINE = 1.25; // line height, in font sizes
const NODE_PAD_X = 10;
const NODE_PAD_Y = 7;
const LABEL_PAD = 3;
/** The widest diagram (user units) whose smallest label is still MIN_LABEL_PT at A4 text width. */
const MAX_WIDTH = (A4_TEXT_WIDTH_PT * Math.min(NODE_FONT, EDGE_FONT)) / MIN_LABEL_PT;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlacedNode extends Box {
  id: string;
  lines: string[];
}

interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
  label: Box & { lines: string[] };
}

/** A laid-out diagram (centres and sizes in user units). */
export interface DiagramLayout {
  width: number;
  height: number;
  rankdir: 'LR' | 'TB';
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

function lineBox(lines: string[], font: number, padX: number, padY: number): { width: number; height: number } {
  return {
    width: Math.max(...lines.map((l) => textWidth(l, font))) + 2 * padX,
    height: lines.length * font * LINE + 2 * padY,
  };
}

/** One dagre layout with the given direction and wrap width (user units; Infinity: one line). */
function layoutOnce(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], rankdir: 'LR' | 'TB', wrap: number): DiagramLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir, nodesep: 22, edgesep: 14, ranksep: 26, marginx: 6, marginy: 6 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodeLines = new Map<string, string[]>();
  for (const node of nodes) {
    const lines = wrapWords(node.label, NODE_FONT, wrap);
    nodeLines.set(node.id, lines);
    g.setNode(node.id, lineBox(lines, NODE_FONT, NODE_PAD_X, NODE_PAD_Y));
  }
  const edgeLines: string[][] = [];
  edges.forEach((e, i) => {
    const lines = wrapWords(e.label, EDGE_FONT, wrap);
    edgeLines.push(lines);
    g.setEdge(e.from, e.to, { ...lineBox(lines, EDGE_FONT, LABEL_PAD, LABEL_PAD), labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    rankdir,
    nodes: nodes.map((node) => {
      const v = g.node(node.id);
      return { id: node.id, lines: nodeLines.get(node.id)!, x: v.x ?? 0, y: v.y ?? 0, width: v.width, height: v.height };
    }),
    edges: edges.map((e, i) => {
      const label = g.edge({ v: e.from, w: e.to, name: `e${i}` });
      return {
        from: e.from,
        to: e.to,
        points: (label.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
        label: { lines: edgeLines[i]!, x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 },
      };
    }),
  };
}

/** Whether the segment p–q passes through the inside of box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box, inset = 0.5): boolean {
  const x0 = b.x - b.width / 2 + inset;
  const x1 = b.x + b.width / 2 - inset;
  const y0 = b.y - b.height / 2 + inset;
  const y1 = b.y + b.height / 2 - inset;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  for (const [pp, qq] of [
    [-dx, p.x - x0],
    [dx, x1 - p.x],
    [-dy, p.y - y0],
    [dy, y1 - p.y],
  ] as const) {
    if (pp === 0) {
      if (qq < 0) return false;
      continue;
    }
    const t = qq / pp;
    if (pp < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** Collisions in a layout: an edge through another edge's label, or through a team other than its ends. */
export function collisions(layout: DiagramLayout): string[] {
  const out: string[] = [];
  layout.edges.forEach((e, i) => {
    for (let k = 1; k < e.points.length; k++) {
      const p = e.points[k - 1]!;
      const q = e.points[k]!;
      layout.edges.forEach((other, j) => {
        if (j !== i && segmentHitsBox(p, q, other.label)) out.push(`edge ${i} crosses the label of edge ${j}`);
      });
      for (const node of layout.nodes) {
        if (node.id !== e.from && node.id !== e.to && segmentHitsBox(p, q, node)) out.push(`edge ${i} crosses team ${node.id}`);
      }
    }
  });
  return out;
}

/** Lays the diagram out (see the module comment). */
export function layoutHandoffs(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): DiagramLayout {
  const candidates: ['LR' | 'TB', number][] = [
    ['LR', Infinity],
    ['LR', 130],
    ['TB', Infinity],
    ['TB', 150],
    ['TB', 115],
    ['TB', 90],
    ['TB', 70],
    ['TB', 50],
  ];
  let best: { layout: DiagramLayout; score: number } | undefined;
  for (const [rankdir, wrap] of candidates) {
    const layout = layoutOnce(nodes, edges, rankdir, wrap);
    const clean = collisions(layout).length === 0;
    if (clean && layout.width <= MAX_WIDTH) return layout;
    // Otherwise the cleanest, narrowest candidate.
    const score = (clean ? 0 : 1e6) + layout.width;
    if (!best || score < best.score) best = { layout, score };
  }
  return best!.layout;
}

function textLines(lines: string[], cx: number, cy: number, font: number, attrs: string): string {
  const lh = font * LINE;
  const first = cy - ((lines.length - 1) * lh) / 2 + font * 0.35;
  const spans = lines.map((l, i) => `<tspan x="${n(cx)}" y="${n(first + i * lh)}">${xml(l)}</tspan>`).join('');
  return `<text font-size="${font}" text-anchor="middle" ${attrs}>${spans}</text>`;
}

/**
 * The hand-off diagram as an SVG document. `width`/`height` (also the SVG's attributes) are the
 * size in points to embed it at in a PDF: at most the A4 text width, labels at least 8 pt there
 * (unless a graph is too wide even top to bottom with wrapped labels). HTML may scale it up.
 */
export function handoffSvg(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): Picture {
  const layout = layoutHandoffs(nodes, edges);
  const scale = Math.min(1, A4_TEXT_WIDTH_PT / Math.max(1, layout.width));
  const width = Math.round(layout.width * scale * 10) / 10;
  const height = Math.round(layout.height * scale * 10) / 10;
  const names = new Map(nodes.map((node) => [node.id, node.label]));
  const parts: string[] = [];
  const description = edges.length
    ? `Hand-offs between teams: ${edges.map((e) => `${names.get(e.from) ?? e.from} to ${names.get(e.to) ?? e.to} (${e.label})`).join('; ')}.`
    : 'Teams, with no hand-offs between them.';
  parts.push(`<title>${xml(description)}</title>`);
  // One group per hand-off (line, arrowhead, label) and per team. No line passes through another
  // hand-off's label (the layout is chosen so), so drawing order does not hide text.
  for (const e of layout.edges) {
    const pts = e.points;
    const b = e.label;
    const g: string[] = [];
    if (pts.length >= 2) {
      g.push(`<path d="M ${pts.map((p) => `${n(p.x)} ${n(p.y)}`).join(' L ')}" fill="none" stroke="#486581" stroke-width="1.2"/>`);
      const end = pts[pts.length - 1]!;
      const prev = pts[pts.length - 2]!;
      const len = Math.hypot(end.x - prev.x, end.y - prev.y) || 1;
      const ux = (end.x - prev.x) / len;
      const uy = (end.y - prev.y) / len;
      const at = (a: number, c: number) => `${n(end.x + a)},${n(end.y + c)}`;
      g.push(`<polygon points="${at(0, 0)} ${at(-7 * ux + 3.5 * uy, -7 * uy - 3.5 * ux)} ${at(-7 * ux - 3.5 * uy, -7 * uy + 3.5 * ux)}" fill="#486581"/>`);
    }
    g.push(
      `<rect x="${n(b.x - b.width / 2)}" y="${n(b.y - b.height / 2)}" width="${n(b.width)}" height="${n(b.height)}" fill="#ffffff"/>`,
      textLines(b.lines, b.x, b.y, EDGE_FONT, 'fill="#334e68"'),
    );
    parts.push(`<g class="handoff">${g.join('')}</g>`);
  }
  for (const node of layout.nodes) {
    parts.push(
      '<g class="team">' +
        `<rect x="${n(node.x - node.width / 2)}" y="${n(node.y - node.height / 2)}" width="${n(node.width)}" height="${n(node.height)}" rx="5" ry="5" fill="#f0f4f8" stroke="#486581" stroke-width="1"/>` +
        textLines(node.lines, node.x, node.y, NODE_FONT, 'fill="#102a43"') +
        '</g>',
    );
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" role="img" font-family="${FONT_FAMILY}">` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
