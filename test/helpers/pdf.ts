/** Reads a PDF back with pdfjs-dist (the way a PDF reader extracts it): text per page and per line, with positions. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  /** The largest font size on the line. */
  size: number;
}

export interface ReadPdf {
  pages: string[];
  /** Lines of each page, top to bottom (items on one baseline joined). */
  lines: Line[][];
  text: string;
  sizes: Array<[number, number]>;
  outline: string[];
  info: Record<string, unknown>;
  /** The alternative text of every tagged figure (picture), in reading order. */
  figures: string[];
}

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function figureAlts(node: StructNode | null | undefined, out: string[]): string[] {
  if (!node) return out;
  if (node.role === 'Figure') out.push(node.alt ?? '');
  for (const child of node.children ?? []) figureAlts(child, out);
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  const lines: Line[][] = [];
  const sizes: Array<[number, number]> = [];
  const figures: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    figureAlts((await page.getStructTree()) as StructNode | null, figures);
    const content = await page.getTextContent();
    const byY = new Map<number, Line>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5]);
      const x = item.transform[4];
      const line = byY.get(y) ?? { text: '', x, right: x, y, size: 0 };
      line.text += item.str;
      line.x = Math.min(line.x, x);
      if (item.str.trim() !== '') line.right = Math.max(line.right, x + item.width);
      line.size = Math.max(line.size, item.str.trim() !== '' ? Math.abs(item.transform[3]) : 0);
      byY.set(y, line);
    }
    lines.push([...byY.values()].sort((a, b) => b.y - a.y));
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
    sizes.push([Math.round(page.view[2]!), Math.round(page.view[3]!)]);
  }
  const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, lines, text: pages.join(' '), sizes, outline, info: info as Record<string, unknown>, figures };
}

