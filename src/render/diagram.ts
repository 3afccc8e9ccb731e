/**
 * A drawn hand-off diagram (SVG) for the organisation overview in HTML and PDF, where a Mermaid
 * block would not be drawn: teams as boxes laid out left to right by the direction of their
 * hand-offs, arrows labelled with the hand-off id. Every piece of text is XML-escaped.
 */

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

const BOX_W = 170;
const BOX_H = 40;
const GAP_X = 110;
const GAP_Y = 34;
const PAD = 16;
const LOOP = 46; // room below the boxes for arrows that go back to the left

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * Columns by longest path, after dropping the edges that close a cycle (found by a depth-first
 * search in the order the teams are given), so most arrows point right.
 */
function ranks(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const n of nodes) out.set(n.id, []);
  for (const e of edges) out.get(e.from)?.push(e.to);
  const state = new Map<string, 1 | 2>();
  const order: string[] = [];
  const back = new Set<string>();
  const visit = (v: string) => {
    state.set(v, 1);
    for (const w of out.get(v) ?? []) {
      if (state.get(w) === 1) back.add(`${v}\0${w}`);
      else if (!state.has(w)) visit(w);
    }
    state.set(v, 2);
    order.push(v);
  };
  const hasIncoming = new Set(edges.map((e) => e.to));
  for (const n of nodes) if (!hasIncoming.has(n.id) && !state.has(n.id)) visit(n.id);
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);
  const rank = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  for (const v of order.reverse()) {
    for (const w of out.get(v) ?? []) {
      if (back.has(`${v}\0${w}`)) continue;
      rank.set(w, Math.max(rank.get(w) ?? 0, (rank.get(v) ?? 0) + 1));
    }
  }
  return rank;
}

/** The diagram as an SVG document (width and height in points). */
export function handoffSvg(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[]): { svg: string; width: number; height: number } {
  const rank = ranks(nodes, edges);
  const columns = new Map<number, string[]>();
  for (const n of nodes) {
    const r = rank.get(n.id) ?? 0;
    columns.set(r, [...(columns.get(r) ?? []), n.id]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  let rows = 0;
  for (const [r, ids] of columns) {
    ids.forEach((id, i) => pos.set(id, { x: PAD + r * (BOX_W + GAP_X), y: PAD + 14 + i * (BOX_H + GAP_Y) }));
    rows = Math.max(rows, ids.length);
  }
  const width = PAD * 2 + columns.size * BOX_W + (columns.size - 1) * GAP_X;
  const height = PAD + 14 + rows * BOX_H + (rows - 1) * GAP_Y + LOOP + PAD;
  const parts: string[] = [];
  const arrow = (x: number, y: number, dx: number, dy: number) => {
    const len = Math.hypot(dx, dy) || 1;
    const ux = dx / len;
    const uy = dy / len;
    const p = (a: number, b: number) => `${(x + a).toFixed(1)},${(y + b).toFixed(1)}`;
    parts.push(`<polygon points="${p(0, 0)} ${p(-8 * ux + 4 * uy, -8 * uy - 4 * ux)} ${p(-8 * ux - 4 * uy, -8 * uy + 4 * ux)}" fill="#486581"/>`);
  };
  const label = (x: number, y: number, text: string) =>
    parts.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="Roboto" font-size="8" fill="#334e68" text-anchor="middle">${xml(clip(text, 28))}</text>`,
    );
  edges.forEach((e, i) => {
    const a = pos.get(e.from);
    const b = pos.get(e.to);
    if (!a || !b) return;
    if (b.x > a.x) {
      const x1 = a.x + BOX_W;
      const y1 = a.y + BOX_H / 2 + (i % 3) * 4 - 4;
      const x2 = b.x;
      const y2 = b.y + BOX_H / 2 + (i % 3) * 4 - 4;
      parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#486581" stroke-width="1.2"/>`);
      arrow(x2, y2, x2 - x1, y2 - y1);
      label((x1 + x2) / 2, (y1 + y2) / 2 - 5, e.label);
    } else {
      // Back (or same-column) arrows run below the boxes.
      const x1 = a.x + BOX_W / 2 + 10;
      const y1 = a.y + BOX_H;
      const x2 = b.x + BOX_W / 2 - 10;
      const y2 = b.y + BOX_H;
      const low = Math.max(y1, y2) + LOOP - 10 + (i % 2) * 6;
      parts.push(
        `<path d="M ${x1} ${y1} C ${x1} ${low}, ${x2} ${low}, ${x2} ${y2}" fill="none" stroke="#486581" stroke-width="1.2"/>`,
      );
      arrow(x2, y2, 0, -1);
      label((x1 + x2) / 2, low - 4, e.label);
    }
  });
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    parts.push(
      `<rect x="${p.x}" y="${p.y}" width="${BOX_W}" height="${BOX_H}" rx="6" ry="6" fill="#f0f4f8" stroke="#486581" stroke-width="1"/>`,
      `<text x="${p.x + BOX_W / 2}" y="${p.y + BOX_H / 2 + 3.5}" font-family="Roboto" font-size="10" fill="#102a43" text-anchor="middle">${xml(clip(n.label, 30))}</text>`,
    );
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Hand-offs between teams">` +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
