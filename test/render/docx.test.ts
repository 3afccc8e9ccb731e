/**
 * DOCX output checked against its consumers: every XML part of the package well-formed, mammoth
 * (a DOCX reader) finds every section heading, metric name and signer; Word structures by their
 * XML (heading styles, repeating header rows, rows that never split, Page X of Y fields, the DRAFT
 * watermark); reproducible bytes under SOURCE_DATE_EPOCH; LibreOffice converts it to PDF where it
 * is installed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCharter } from '../../src/load.js';
import { lint } from '../../src/lint.js';
import { renderCharter, renderLinted } from '../../src/render/render.js';
import { keepWhole } from '../../src/render/docx.js';
import { buildView } from '../../src/render/view.js';
import { baseCharter } from '../helpers/base-charter.js';
import { ROOT } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { tempDir } from '../helpers/temp.js';
import { readPdf } from '../helpers/pdf.js';
import { shortCells } from '../helpers/short-cells.js';

const AS_OF = '2026-11-22';

async function docxOf(file: string, draft = false): Promise<Uint8Array> {
  const r = await renderCharter({ file }, { format: 'docx', draft, asOf: AS_OF });
  expect(r.ok).toBe(true);
  return (r as { content: Uint8Array }).content;
}

/** The package's parts; every XML part must be well-formed. */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) {
    const text = strFromU8(data);
    if (/\.(xml|rels)$/.test(path)) expect(XMLValidator.validate(text), path).toBe(true);
    out[path] = text;
  }
  return out;
}

async function html(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The headings a view has, in order (those of templates/markdown/charter.hbs). */
function expectedHeadings(view: ReturnType<typeof buildView>): string[] {
  const sections: [unknown, string][] = [
    [view.mission, 'Mission and vision'],
    [view.why, 'Why this team'],
    [view.charterTypes, 'Charter types'],
    [view.scope, 'Scope'],
    [view.objectives, 'Objectives'],
    [view.metrics, 'Metrics'],
    [view.costMetric, 'Cost metric'],
    [view.team, 'Team and roles'],
    [view.keyActivities, 'Key activities'],
    [view.swimLanes, 'Swim lanes (RACI)'],
    [view.handoffs, 'Hand-offs'],
    [view.dependencies, 'Dependencies and commitments'],
    [view.risks, 'Risks'],
    [view.roadmap, 'Roadmap'],
    [view.communications, 'Communications plan'],
    [view.principles, 'Operating principles'],
    [view.governance, 'Governance'],
    [view.approvals, 'Approvals'],
    [view.signatures, 'Signatures'],
    [view.findings, 'Open findings'],
  ];
  return [view.title.name, ...sections.filter(([v]) => v !== null).map(([, h]) => h)];
}

describe('DOCX rendering', () => {
  const saved = process.env['SOURCE_DATE_EPOCH'];
  afterEach(() => {
    if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = saved;
  });

  for (const [file, draft] of [
    [join(ROOT, 'examples/digital-cs.yaml'), true],
    [join(REFERENCE_DIR, 'csm.yaml'), false],
  ] as const) {
    it(`${file.slice(file.lastIndexOf('/') + 1)}: well-formed parts; mammoth reads every heading, metric and signer`, async () => {
      const loaded = loadCharter(file);
      const [result] = lint([loaded], { asOf: AS_OF });
      const view = buildView(loaded.data, { draft, findings: result!.findings });
      const bytes = await docxOf(file, draft);
      const p = parts(bytes);
      const page = await html(bytes);
      const headings = [...page.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => decode(m[2]!));
      expect(headings).toEqual(expectedHeadings(view));
      for (const m of view.metrics ?? []) expect(decode(page)).toContain(`<td><p>${m.name}</p></td>`);
      for (const s of view.signatures?.unsigned ?? []) expect(decode(page)).toContain(`<td><p>${s.name}</p></td>`);
      // Word's structures: heading styles (navigation pane), header rows repeated, rows kept whole.
      const doc = p['word/document.xml']!;
      expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
      expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(headings.length - 1);
      const tables = doc.match(/<w:tbl>/g)!.length;
      expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
      expect(doc.match(/<w:tr>/g)!.length).toBe(doc.match(/<w:cantSplit\/>/g)!.length);
      // Footer: the charter's name and Page X of Y as fields Word fills in.
      const footer = Object.entries(p).find(([k]) => /^word\/footer\d*\.xml$/.test(k))![1];
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
      expect(footer).toContain(view.title.name.replace(/&/g, '&amp;'));
      const header = Object.entries(p).find(([k]) => /^word\/header\d*\.xml$/.test(k))?.[1] ?? '';
      if (draft) {
        expect(header).toContain('string="DRAFT"');
        expect(headings.at(-1)).toBe('Open findings');
        expect(page).toContain('<strong>DRAFT: </strong>');
        for (const f of view.findings!.items.slice(0, 5)) expect(decode(page)).toContain(f.ruleId);
      } else {
        expect(header).not.toContain('DRAFT');
        expect(page).not.toContain('DRAFT');
      }
    });
  }

  it('the metrics table keeps its short columns; each definition and data source is a full-width row under its metric', async () => {
    const file = join(ROOT, 'examples/digital-cs.yaml');
    const bytes = await docxOf(file, true);
    const doc = parts(bytes)['word/document.xml']!;
    const metricsTable = doc.slice(doc.indexOf('<w:tbl>', doc.indexOf('>Metrics<')));
    const grid = [...metricsTable.slice(0, metricsTable.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(6);
    // Baseline, Target, By, Owner, Cadence: "USD 420,000", "30 Sep 2027", "Quarterly", "Adeyemi" at 9 pt (~5 pt a character) plus padding.
    const minimum = (word: string) => word.length * 0.5 * 9 * 20 + 160;
    expect(grid[1]!).toBeGreaterThan(minimum('USD 420,000'));
    expect(grid[2]!).toBeGreaterThan(minimum('USD 750,000'));
    expect(grid[3]!).toBeGreaterThan(minimum('30 Sep 2027'));
    expect(grid[5]!).toBeGreaterThan(minimum('Quarterly'));
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 2 * 1134);
    const view = buildView(loadCharter(file).data);
    const withText = view.metrics!.filter((m) => m.definition || m.dataSource);
    expect(withText.length).toBeGreaterThan(3);
    const table = metricsTable.slice(0, metricsTable.indexOf('</w:tbl>'));
    expect(table.match(/<w:gridSpan w:val="6"\/>/g)).toHaveLength(withText.length);
    const page = decode(await html(bytes));
    const header = `<tr>${['Metric', 'Baseline', 'Target', 'By', 'Owner', 'Cadence'].map((h) => `<th><p><strong>${h}</strong></p></th>`).join('')}</tr>`;
    expect(page).toContain(header);
    for (const m of withText) {
      const row = page.indexOf(`<td><p>${m.name}</p></td>`);
      const detail = page.indexOf('<td colspan="6">', row);
      expect(row, m.name).toBeGreaterThan(0);
      expect(page.indexOf('</tr>', row), m.name).toBeLessThan(detail);
      const next = page.indexOf('</tr>', detail);
      if (m.definition) expect(page.slice(detail, next)).toContain(`<strong>Definition: </strong>${m.definition.replace(/\s+/g, ' ')}`);
      if (m.dataSource) expect(page.slice(detail, next)).toContain(`<strong>Data source: </strong>${m.dataSource}`);
    }
  });

  it('the same charter renders to the same bytes under SOURCE_DATE_EPOCH, with that date', async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1767225600'; // 2026-01-01
    const file = join(ROOT, 'examples/digital-cs.yaml');
    const a = await docxOf(file, true);
    const b = await docxOf(file, true);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = parts(a)['docProps/core.xml']!;
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z<\/dcterms:modified>/);
    // The zip entries carry the date too (DOS date of 2026-01-01 at offset 12 of the first local header).
    const dosDate = Buffer.from(a).readUInt16LE(12);
    expect([(dosDate >> 9) + 1980, (dosDate >> 5) & 15, dosDate & 31]).toEqual([2026, 1, 1]);
  });

  it('Letter paper when asked', async () => {
    const loaded = loadCharter(join(REFERENCE_DIR, 'csm.yaml'));
    const r = await renderLinted(loaded.data, [], { format: 'docx', paper: 'letter' });
    expect(parts(r.content as Uint8Array)['word/document.xml']).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it('user text stays text, whatever it holds (property)', async () => {
    const hostile = fc.oneof(
      fc.string({ minLength: 1, maxLength: 40 }),
      fc.constantFrom('</w:t></w:r><w:r><w:t>x', ']]><!--', '&amp; <b>', '\u0001\u0002ctl', '\ud800lone', '\u202eRTL', '😀'),
    );
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (name, metric) => {
        const c = baseCharter();
        c.meta.name = name;
        c.metrics[0].name = metric;
        const r = await renderLinted(c as unknown as Record<string, unknown>, [], { format: 'docx' });
        const p = parts(r.content as Uint8Array);
        // Only the runs hold the text: as many paragraphs as without it.
        const text = (await mammoth.extractRawText({ buffer: Buffer.from(r.content as Uint8Array) })).value;
        // eslint-disable-next-line no-control-regex
        const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u200b\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').replace(/\s+/g, ' ').trim();
        if (clean(metric) !== '') expect(text).toContain(clean(metric));
        expect(p['word/document.xml']).not.toMatch(/<w:t>x<\/w:t>/);
      }),
      { numRuns: 15, seed: 13 },
    );
  }, 120_000);

  const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!soffice) console.warn('docx.test: LibreOffice (soffice) is not installed: the DOCX → PDF smoke test is skipped');
  it.skipIf(!soffice)('LibreOffice converts the DOCX to a PDF with the charter in it, and breaks no word of a header or short column (skipped without soffice)', async () => {
    const dir = tempDir('charter-docx-');
    writeFileSync(join(dir, 'charter.docx'), await docxOf(join(ROOT, 'examples/digital-cs.yaml'), true));
    const csm = join(REFERENCE_DIR, 'csm.yaml');
    writeFileSync(join(dir, 'csm.docx'), await docxOf(csm));
    execFileSync(
      soffice!,
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'charter.docx'), join(dir, 'csm.docx')],
      { stdio: 'ignore', timeout: 170_000 },
    );
    const pdf = join(dir, 'charter.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const read = await readPdf(new Uint8Array(readFileSync(pdf)));
    expect(read.text).toContain('Digital Customer Success Team Charter');
    expect(read.text).toMatch(/Page 1 of \d+/);
    // Laid out by LibreOffice (with whatever font stands in for Calibri): no word of a header or a
    // short cell breaks (a cell may wrap at a space), and values with units and dates stay whole.
    const table = (await readPdf(new Uint8Array(readFileSync(join(dir, 'csm.pdf')))))
      .lines.flat()
      .filter((l) => Math.round(l.size) === 9)
      .map((l) => l.text.replace(/\u00a0/g, ' '));
    const headers = [
      ['Metric', 'Baseline', 'Target', 'By', 'Owner', 'Cadence'],
      ['Risk', 'Likelihood', 'Impact', 'Score', 'Mitigation', 'Owner', 'Status'],
      ['Version', 'Date', 'Author', 'Summary'],
      ['Name', 'Title', 'Role', 'Date', 'Version'],
    ];
    for (const words of headers) expect(table.some((l) => words.every((w) => l.includes(w))), words.join(' ')).toBe(true);
    const view = buildView(loadCharter(csm).data);
    const cells = shortCells(view);
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      for (const piece of keepWhole(cell) === cell ? cell.split(' ') : [cell]) expect(table.some((l) => l.includes(piece)), `${piece} of ${cell}`).toBe(true);
    }
    expect(cells).toContain('USD 1,200,000');
  }, 180_000);
});
