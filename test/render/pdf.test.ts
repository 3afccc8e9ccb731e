/**
 * The PDF is checked by reading it back with pdfjs-dist (test-only dependency): every section
 * heading, metric name and signer appears, in order; page size, page count, bookmarks, metadata
 * and the "Page X of Y" footer are right; glyphs the font lacks are reported, not dropped silently.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { lint } from '../../src/lint.js';
import { loadCharter } from '../../src/load.js';
import { buildView } from '../../src/render/view.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPdf } from '../../src/render/pdf.js';
import { sourceDate } from '../../src/render/render.js';
import type { Paper } from '../../src/render/render.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const CSM = join(REFERENCE_DIR, 'csm.yaml');
const WEAK = join(REFERENCE_DIR, 'weak.yaml');
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

interface ReadPdf {
  /** The right-most x reached by any text, per page. */
  rightEdges: number[];
  pages: string[];
  text: string;
  sizes: Array<[number, number]>;
  outline: string[];
  info: Record<string, unknown>;
}

async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  const sizes: Array<[number, number]> = [];
  const rightEdges: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    rightEdges.push(Math.max(...content.items.map((item) => ('str' in item && item.str.trim() !== '' ? item.transform[4] + item.width : 0))));
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
  return { rightEdges, pages, text: pages.join(' '), sizes, outline, info: info as Record<string, unknown> };
}

async function render(file: string, paper: Paper = 'a4', draft = false) {
  const loaded = loadCharter(file);
  const [result] = lint([loaded], { asOf: '2026-11-22' });
  const view = buildView(loaded.data, { draft, findings: result!.findings });
  const markdown = await renderMarkdown(view);
  const pdf = await renderPdf(markdown, { title: view.title.name, author: view.title.owner ?? undefined, subject: 'Team charter', paper, draft });
  return { view, pdf, read: await readPdf(pdf.bytes) };
}

/** Asserts that `needles` occur in `haystack` in this order; returns the positions. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = haystack.indexOf(n, from);
    expect(at, `"${n}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

const csm = await render(CSM);

describe('PDF output', () => {
  it('starts as a PDF and has A4 pages, with the page count it reports', () => {
    expect(Buffer.from(csm.pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(csm.read.pages.length).toBe(csm.pdf.pages);
    expect(csm.pdf.pages).toBeGreaterThanOrEqual(3);
    for (const size of csm.read.sizes) expect(size).toEqual([595, 842]);
  });

  it('keeps all text inside the right margin (tables fit the page width)', async () => {
    expect(Math.max(...csm.read.rightEdges)).toBeGreaterThan(450); // tables do span the page
    for (const edge of csm.read.rightEdges) expect(edge).toBeLessThanOrEqual(595.28 - 40);
    const letter = await render(CSM, 'letter');
    for (const edge of letter.read.rightEdges) expect(edge).toBeLessThanOrEqual(612 - 40);
  });

  it('contains every section heading, every metric name and every signer, in order', () => {
    const headings = [
      'Mission and vision', 'Why this team', 'Charter types', 'Scope', 'Objectives', 'Metrics', 'Cost metric', 'Team and roles',
      'Key activities', 'Swim lanes (RACI)', 'Hand-offs', 'Dependencies and commitments', 'Risks', 'Roadmap', 'Communications plan',
      'Operating principles', 'Governance', 'Approvals', 'Signatures',
    ];
    expectInOrder(csm.read.text, ['Customer Success Management Team Charter', ...headings]);
    const metricsAt = csm.read.text.indexOf('Metrics Metric Definition');
    expect(metricsAt).toBeGreaterThan(0);
    expectInOrder(csm.read.text.slice(metricsAt), csm.view.metrics!.map((m) => m.name));
    const signaturesAt = csm.read.text.lastIndexOf('Signatures');
    const signers = csm.view.signatures!.signed.map((s) => s.name);
    expect(signers).toContain('Dana Whitfield');
    expectInOrder(csm.read.text.slice(signaturesAt), [...signers, 'Hannah Ivers', csm.view.signatures!.digest]);
  });

  it('has a bookmark per section, metadata, and a "Page X of Y" footer with the charter name', () => {
    expect(csm.read.outline).toEqual(csm.read.outline.filter((t) => !t.includes('[object')));
    expect(csm.read.outline).toContain('Metrics');
    expect(csm.read.outline).toContain('Swim lanes (RACI)');
    expect(csm.read.outline).toHaveLength(19);
    expect(csm.read.info['Title']).toBe('Customer Success Management Team Charter');
    expect(csm.read.info['Author']).toBe('Maya Okafor');
    expect(csm.read.info['Subject']).toBe('Team charter');
    const n = csm.pdf.pages;
    csm.read.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${n}`);
      expect(page).toContain('Customer Success Management Team Charter');
    });
  });

  it('uses Letter paper when asked', async () => {
    const letter = await render(CSM, 'letter');
    for (const size of letter.read.sizes) expect(size).toEqual([612, 792]);
  });

  it('a draft carries DRAFT on every page and lists its open findings', async () => {
    const weak = await render(WEAK, 'a4', true);
    // The watermark and the footer: DRAFT at least twice on every page.
    for (const page of weak.read.pages) expect(page.match(/DRAFT/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    const final = csm.read.pages.join(' ');
    expect(final).not.toContain('DRAFT');
    expectInOrder(weak.read.text, ['DRAFT:', 'Open findings', 'placeholder-text', 'mission-is-tagline']);
  });

  it('reports the characters the font cannot print, and substitutes the common ones', async () => {
    const md = '# T\n\nArrow → check ✓ and 中文 and 😀 end\n';
    const pdf = await renderPdf(md, { title: 'T', paper: 'a4', draft: false });
    expect(pdf.warnings).toHaveLength(1);
    expect(pdf.warnings[0]).toContain("'中' (U+4E2D)");
    expect(pdf.warnings[0]).toContain("'😀' (U+1F600)");
    expect(pdf.warnings[0]).not.toContain('U+2192');
    const read = await readPdf(pdf.bytes);
    expect(read.text).toContain('Arrow -> check [x] and ?? and ? end');
    const clean = await renderPdf('# T\n\nPlain text, ≤ 10% — “quoted”.\n', { title: 'T', paper: 'a4', draft: false });
    expect(clean.warnings).toEqual([]);
  });

  it('is reproducible: the same charter and creation date give the same bytes (SOURCE_DATE_EPOCH)', async () => {
    const md = '# T\n\nSome text.\n';
    const at = sourceDate({ SOURCE_DATE_EPOCH: '1767225600' });
    expect(at?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const a = await renderPdf(md, { title: 'T', paper: 'a4', draft: false, creationDate: at });
    const b = await renderPdf(md, { title: 'T', paper: 'a4', draft: false, creationDate: at });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(Buffer.from(a.bytes).toString('latin1')).toContain('(D:20260101000000Z)');
    const later = await renderPdf(md, { title: 'T', paper: 'a4', draft: false, creationDate: new Date('2026-01-02T00:00:00Z') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
    for (const bad of [undefined, '', 'yesterday', '-5', '1.5']) expect(sourceDate({ SOURCE_DATE_EPOCH: bad })).toBeUndefined();
  });

  it.skipIf(!hasQpdf)('passes qpdf --check (skipped when qpdf is not installed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'charter-pdf-'));
    const file = join(dir, 'csm.pdf');
    writeFileSync(file, csm.pdf.bytes);
    const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});
