/**
 * The PDF (typeset by Typst) is checked by reading it back with pdfjs-dist, text with positions:
 * every section heading, metric name and signer appears, in order; page size, page count,
 * bookmarks, metadata and the "name · version · Page X of Y" footer are right; short table cells
 * never break; no page ends with a heading; prose fills the measure; glyphs no font has are
 * reported; PDF/A carries its identification; the file is tagged, passes qpdf and embeds its fonts.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../helpers/pdf.js';
import { lint } from '../../src/lint.js';
import { loadCharter } from '../../src/load.js';
import { buildView } from '../../src/render/view.js';
import { renderPdf } from '../../src/render/pdf.js';
import { sourceDate } from '../../src/render/render.js';
import type { Paper, PdfStandard } from '../../src/render/paper.js';
import { formatTarget, formatValue } from '../../src/render/format.js';
import { metricChartTitle, metricSvg } from '../../src/render/svg/metric.js';
import { ROOT } from '../helpers/cli.js';
import { shortCells } from '../helpers/short-cells.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { tempDir } from '../helpers/temp.js';

const CSM = join(REFERENCE_DIR, 'csm.yaml');
const WEAK = join(REFERENCE_DIR, 'weak.yaml');
const has = (tool: string, arg = '-v') => spawnSync(tool, [arg]).error === undefined;
const hasQpdf = has('qpdf', '--version');
const hasPoppler = has('pdfinfo');
if (!hasQpdf) console.warn('qpdf is not installed: the qpdf --check test is skipped');
if (!hasPoppler) console.warn('poppler-utils (pdfinfo, pdffonts) are not installed: those tests are skipped');

/** The footer sits in the bottom margin (2.2 cm); body text is above it. */
const FOOTER_TOP = 2.2 * 28.35;
const MARGIN_X = 2 * 28.35;

async function render(file: string, paper: Paper = 'a4', draft = false, standard?: PdfStandard) {
  const loaded = loadCharter(file);
  const [result] = lint([loaded], { asOf: '2026-11-22' });
  const view = buildView(loaded.data, { draft, findings: result!.findings });
  const pdf = await renderPdf(view, { paper, ...(standard ? { standard } : {}), creationDate: new Date('2026-01-01T00:00:00Z') });
  return { view, pdf, read: await readPdf(pdf.bytes) };
}

/** Asserts that `needles` occur in `haystack` in this order. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const n of needles) {
    const at = haystack.indexOf(n, from);
    expect(at, `"${n}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + n.length;
  }
}

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  expect(r.status, `${cmd} ${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(0);
  return r.stdout;
}

function saved(bytes: Uint8Array, name: string): string {
  const file = join(tempDir('charter-pdf-'), name);
  writeFileSync(file, bytes);
  return file;
}

const HEADINGS = [
  'Mission and vision', 'Why this team', 'Charter types', 'Scope', 'Objectives', 'Metrics', 'Cost metric', 'Team and roles',
  'Key activities', 'Swim lanes (RACI)', 'Hand-offs', 'Dependencies and commitments', 'Risks', 'Roadmap', 'Communications plan',
  'Operating principles', 'Governance', 'Approvals', 'Signatures',
];

const csm = await render(CSM);
const examples = await Promise.all(
  ['digital-cs.yaml', 'renewals.yaml', 'cs-operations.yaml'].map((f) => render(join(ROOT, 'examples', f))),
);

describe('PDF output (Typst)', () => {
  it('starts as a PDF and has A4 pages, with the page count it reports', () => {
    expect(Buffer.from(csm.pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(csm.read.pages.length).toBe(csm.pdf.pages);
    expect(csm.pdf.pages).toBeGreaterThanOrEqual(3);
    for (const size of csm.read.sizes) expect(size).toEqual([595, 842]);
    expect(csm.pdf.warnings).toEqual([]);
  });

  it('keeps all text inside the margins (tables fit the page width)', async () => {
    for (const { read } of [csm, ...examples]) {
      for (const line of read.lines.flat()) {
        expect(line.x, line.text).toBeGreaterThanOrEqual(MARGIN_X - 1);
        expect(line.right, line.text).toBeLessThanOrEqual(595.28 - MARGIN_X + 2); // punctuation may hang into the margin
      }
    }
    const letter = await render(CSM, 'letter');
    for (const line of letter.read.lines.flat()) expect(line.right, line.text).toBeLessThanOrEqual(612 - MARGIN_X + 2);
  });

  it('contains every section heading, every metric name and every signer, in order', () => {
    expectInOrder(csm.read.text, ['Customer Success Management Team Charter', ...HEADINGS]);
    const metricsAt = csm.read.text.indexOf('Metrics Metric Baseline Target By Owner Cadence Data source');
    expect(metricsAt).toBeGreaterThan(0);
    expectInOrder(csm.read.text.slice(metricsAt), csm.view.metrics!.map((m) => m.name));
    const signaturesAt = csm.read.text.lastIndexOf('Signatures');
    const signers = csm.view.signatures!.signed.map((s) => s.name);
    expect(signers).toContain('Dana Whitfield');
    expectInOrder(csm.read.text.slice(signaturesAt), [...signers, 'Hannah Ivers', csm.view.signatures!.digest]);
    for (const { view, read } of examples) {
      expectInOrder(read.text, [view.title.name, ...(view.metrics ?? []).map((m) => m.name)]);
    }
  });

  it('has a bookmark per section, metadata, and a "name · version · Page X of Y" footer', () => {
    expect(csm.read.outline).toEqual(HEADINGS);
    expect(csm.read.info['Title']).toBe('Customer Success Management Team Charter');
    expect(csm.read.info['Author']).toBe('Maya Okafor');
    expect(csm.read.info['Subject']).toBe('Northwind Analytics · Team charter');
    expect(String(csm.read.info['Keywords'])).toContain('Customer Success Management');
    const n = csm.pdf.pages;
    csm.read.lines.forEach((lines, i) => {
      const footer = lines.filter((l) => l.y < FOOTER_TOP).map((l) => l.text).join(' ');
      expect(footer).toBe(`Customer Success Management Team Charter · version 3.0 Page ${i + 1} of ${n}`);
    });
  });

  it('never breaks a cell of the short columns (values, dates, owners, cadences, levels)', () => {
    for (const { view, read } of [csm, ...examples]) {
      // Table text is set smaller than prose (10.5 pt): only table lines count.
      const body = read.lines.flat().filter((l) => l.size < 10 && l.y > FOOTER_TOP).map((l) => l.text);
      const cells = [...shortCells(view), 'Baseline', 'Target', 'Cadence', 'Likelihood', 'Impact', 'Status'];
      expect(cells.length).toBeGreaterThan(10);
      for (const cell of cells) {
        expect(body.some((l) => l.includes(cell)), `"${cell}" on one line in ${view.title.name}`).toBe(true);
      }
    }
    // The numbers of the issue that broke before.
    expect(csm.read.text).toContain('USD 1,200,000');
  });

  it('never ends a page with a heading or a lead-in line, and prose fills the measure', () => {
    for (const { view, read } of [csm, ...examples]) {
      read.lines.slice(0, -1).forEach((lines, i) => {
        const body = lines.filter((l) => l.y > FOOTER_TOP);
        const last = body[body.length - 1]!;
        expect(last.size, `page ${i + 1} of ${view.title.name} ends with "${last.text}"`).toBeLessThan(12);
        expect(last.text, `page ${i + 1} of ${view.title.name}`).not.toMatch(/:$/);
      });
      const textWidth = 595.28 - 2 * MARGIN_X;
      const widest = Math.max(...read.lines[0]!.filter((l) => l.size < 12 && l.y > FOOTER_TOP).map((l) => l.right - l.x));
      expect(widest / textWidth, view.title.name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('repeats header rows on every page a table runs over, and keeps the signature block on one page', async () => {
    const data = loadCharter(CSM).data as Record<string, unknown>;
    const metric = (data['metrics'] as Array<Record<string, unknown>>)[0]!;
    const many = { ...data, metrics: Array.from({ length: 40 }, (_, i) => ({ ...metric, id: `m${i}`, name: `Metric number ${i}` })) };
    const pdf = await renderPdf(buildView(many), { paper: 'a4' });
    const read = await readPdf(pdf.bytes);
    const header = 'Metric Baseline Target By Owner Cadence';
    // Table rows are set at 8 pt; the names beside the metric charts after the table at 9 pt.
    const pagesWithRows = read.lines.filter((lines) => lines.some((l) => /^Metric number \d+/.test(l.text) && l.size < 8.5));
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(3);
    for (const lines of pagesWithRows) expect(lines.some((l) => l.text.startsWith(header))).toBe(true);
    for (const { view, read: r } of [csm, ...examples]) {
      // The page of the Signatures heading holds every signer and the digest under it.
      const at = r.lines.findIndex((lines) => lines.some((l) => l.text === 'Signatures' && l.size > 12));
      expect(at, view.title.name).toBeGreaterThanOrEqual(0);
      const people = [...view.signatures!.signed, ...view.signatures!.unsigned].map((s) => s.name);
      for (const who of [...people, 'Content digest of this version']) {
        expect(r.lines[at]!.some((l) => l.text.includes(who)), `${who} in ${view.title.name}`).toBe(true);
      }
    }
  });

  it('draws each metric baseline → target as a tagged figure with its values in words; none for a metric without values', async () => {
    const metrics = [...csm.view.metrics!, csm.view.costMetric!.metric!];
    expect(metrics.every((m) => metricSvg(m) !== null)).toBe(true);
    expect(csm.read.figures).toEqual(metrics.map(metricChartTitle));
    // The chart's labels are text (in the document's font: see the pdffonts test), not outlines.
    const afterTable = csm.read.text.slice(csm.read.text.indexOf('Metrics Metric Baseline Target'));
    expectInOrder(
      afterTable,
      metrics.flatMap((m) => [m.name, `Baseline ${formatValue(m.baseline.value, m.unit, m.currency)}`, `Target ${formatTarget(m.target, m.unit, m.currency)}`]),
    );
    for (const { view, read } of examples) {
      const drawn = [...(view.metrics ?? []), ...(view.costMetric?.metric ? [view.costMetric.metric] : [])].filter((m) => metricSvg(m) !== null);
      expect(read.figures, view.title.name).toEqual(drawn.map(metricChartTitle));
    }
    const view = buildView({
      meta: { name: 'T' },
      metrics: [
        { id: 'drawn', name: 'Drawn metric', unit: 'percent', direction: 'increase', baseline: { value: 40 }, target: { value: 60 } },
        { id: 'bare', name: 'Bare metric', unit: 'percent', owner: 'Ana' },
      ],
    });
    const read = await readPdf((await renderPdf(view, { paper: 'a4' })).bytes);
    expect(read.text).toContain('Bare metric');
    expect(read.figures).toEqual(['Drawn metric: baseline 40%, target 60%; higher is better.']);
    expect(read.lines.flat().filter((l) => /^(Baseline|Target) /.test(l.text)).map((l) => l.text)).toEqual(['Target 60%', 'Baseline 40%']);
  });

  it('draws a picture from the view as SVG through sys.inputs, never as source ({{svg ...}})', async () => {
    const dir = tempDir('charter-typst-');
    writeFileSync(
      join(dir, 'charter.hbs'),
      '= {{title.name}}\n\n#{{svg "<svg xmlns=\'http://www.w3.org/2000/svg\' width=\'120\' height=\'20\'><title>Fish &amp; &#60;chips&#x3e;</title><text x=\'2\' y=\'14\'>in the picture</text></svg>"}}\n\n#{{svg title.name}}\n',
    );
    const pdf = await renderPdf(buildView({ meta: { name: 'Pictures' } }), { paper: 'a4', templateDir: dir });
    const read = await readPdf(pdf.bytes);
    expect(read.text).toContain('Pictures');
    expect(read.text).toContain('in the picture');
    // The picture's <title> is its alternative text in the tagged PDF.
    expect(read.figures).toEqual(['Fish & <chips>']);
  });

  const systemDejaVu = process.platform === 'linux' && hasPoppler && spawnSync('fc-list', ['DejaVu Sans:style=Book']).stdout?.toString().includes('DejaVuSans.ttf');
  it.skipIf(!systemDejaVu)('on Linux takes no system font, even one a picture names (skipped without fc-list, pdffonts and a system DejaVu Sans)', async () => {
    const dir = tempDir('charter-typst-');
    writeFileSync(
      join(dir, 'charter.hbs'),
      '= {{title.name}}\n\n#{{svg "<svg xmlns=\'http://www.w3.org/2000/svg\' width=\'120\' height=\'20\' font-family=\'DejaVu Sans\'><text x=\'2\' y=\'14\'>system font?</text></svg>"}}\n',
    );
    const before = process.env['FONTCONFIG_FILE'];
    const pdf = await renderPdf(buildView({ meta: { name: 'Fonts' } }), { paper: 'a4', templateDir: dir });
    expect(process.env['FONTCONFIG_FILE']).toBe(before);
    expect((await readPdf(pdf.bytes)).text).toContain('system font?');
    const fonts = tool('pdffonts', [saved(pdf.bytes, 'fonts.pdf')]).split('\n').slice(2).filter((l) => l.trim() !== '');
    for (const f of fonts) expect(f, f).toMatch(/^[A-Z]{6}\+(LibertinusSerif|NewCM|DejaVuSansMono)/);
  });

  it('uses Letter paper when asked', async () => {
    const letter = await render(CSM, 'letter');
    for (const size of letter.read.sizes) expect(size).toEqual([612, 792]);
  });

  it('a draft carries DRAFT on every page and lists its open findings', async () => {
    const weak = await render(WEAK, 'a4', true);
    // The watermark and the footer: DRAFT at least twice on every page.
    for (const page of weak.read.pages) expect(page.match(/DRAFT/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(csm.read.text).not.toContain('DRAFT');
    expectInOrder(weak.read.text, ['DRAFT:', 'Open findings', 'placeholder-text', 'mission-is-tagline']);
  });

  it('names the characters no font has, and prints Latin, Greek and Cyrillic', async () => {
    const view = buildView({ meta: { name: 'T' }, statement: { mission: 'Łódź Ωμέγα Привет → ≤ — “q” then 中 and 😀 end' } });
    const pdf = await renderPdf(view, { paper: 'a4' });
    expect(pdf.warnings).toHaveLength(1);
    expect(pdf.warnings[0]).toContain("'中' (U+4E2D)");
    expect(pdf.warnings[0]).toContain("'😀' (U+1F600)");
    for (const ok of ['Ł', 'Ω', 'П', '→', '≤']) expect(pdf.warnings[0]).not.toContain(`'${ok}'`);
    const read = await readPdf(pdf.bytes);
    expect(read.text).toContain('Łódź Ωμέγα Привет → ≤ — “q” then');
    const clean = await renderPdf(buildView({ meta: { name: 'T' }, statement: { mission: 'Plain text, ≤ 10% — “quoted”.' } }), { paper: 'a4' });
    expect(clean.warnings).toEqual([]);
  });

  it('is reproducible: the same charter and creation date give the same bytes (SOURCE_DATE_EPOCH)', async () => {
    const view = buildView({ meta: { name: 'T' }, statement: { mission: 'Some text.' } });
    const at = sourceDate({ SOURCE_DATE_EPOCH: '1767225600' });
    expect(at?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    const a = await renderPdf(view, { paper: 'a4', creationDate: at! });
    const b = await renderPdf(view, { paper: 'a4', creationDate: at! });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(Buffer.from(a.bytes).toString('latin1')).toContain('2026-01-01T00:00:00');
    const later = await renderPdf(view, { paper: 'a4', creationDate: new Date('2026-01-02T00:00:00Z') });
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
    for (const bad of [undefined, '', 'yesterday', '-5', '1.5']) expect(sourceDate({ SOURCE_DATE_EPOCH: bad })).toBeUndefined();
  });

  it('writes PDF/A-2b with its XMP identification when asked', async () => {
    const a2b = await render(CSM, 'a4', false, 'a-2b');
    const raw = Buffer.from(a2b.pdf.bytes).toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(raw).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(Buffer.from(csm.pdf.bytes).toString('latin1')).not.toContain('pdfaid:part');
    expect(a2b.read.text).toBe(csm.read.text);
  });

  it.skipIf(!hasQpdf)('passes qpdf --check (skipped when qpdf is not installed)', () => {
    tool('qpdf', ['--check', saved(csm.pdf.bytes, 'csm.pdf')]);
  });

  it.skipIf(!hasPoppler)('is tagged and embeds every font (pdfinfo, pdffonts; skipped without poppler-utils)', () => {
    const file = saved(csm.pdf.bytes, 'csm.pdf');
    expect(tool('pdfinfo', [file])).toMatch(/^Tagged:\s+yes$/m);
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID.
    for (const f of fonts) expect(f.split(/\s+/).slice(-5)[0], f).toBe('yes');
    // Only Typst's own fonts, the pictures' text included (their font stack names Libertinus Serif).
    for (const f of fonts) expect(f, f).toMatch(/^[A-Z]{6}\+(LibertinusSerif|NewCM|DejaVuSansMono)/);
  });
});
