/**
 * `render` as a library function: lint the charter, refuse when it has error findings (unless
 * `draft`), build the view model and produce Markdown, HTML, PDF or DOCX. Never touches the file system
 * except to read custom templates; the command writes the result.
 */
import type { Finding } from '../model/types.js';
import type { EngineOptions, LintInput } from '../engine/run.js';
import { buildView } from './view.js';
import { renderMarkdown } from './markdown.js';

/** Output formats of `render`. */
export type RenderFormat = 'md' | 'html' | 'pdf' | 'docx';

import type { Paper, PdfStandard } from './paper.js';

export type { Paper, PdfStandard };

/** Options of {@link renderCharter}. */
export interface RenderOptions {
  format: RenderFormat;
  /** Render despite error findings, stamped DRAFT, with an "Open findings" section. */
  draft?: boolean;
  /** Reference date of the lint, `YYYY-MM-DD` (default: today in UTC). */
  asOf?: string;
  /** PDF and DOCX paper size (default a4). */
  paper?: Paper;
  /** PDF only: write PDF/A at this level (for records of signed charters). */
  pdfStandard?: PdfStandard;
  /** A folder of templates overriding the built-in ones. */
  templateDir?: string;
  /** How the lint runs (configuration, inline comments): the same engine options as `lint`. */
  engine?: Omit<EngineOptions, 'asOf' | 'keepData'>;
}

/** What {@link renderCharter} produced. */
export type RenderResult =
  | {
      ok: true;
      content: string | Uint8Array;
      findings: Finding[];
      /** Problems worth telling the user that do not stop the render (glyphs missing from the PDF font). */
      warnings: string[];
      /** PDF only: the number of pages. */
      pages?: number;
    }
  | {
      ok: false;
      /** Why nothing was rendered: error findings without `draft`, or a file that does not parse. */
      reason: 'errors' | 'unparsable';
      findings: Finding[];
    };

/**
 * Lints `charter` through the engine (configuration and inline comments honoured, as by `lint`)
 * and renders it (see the module comment). `charter` is a file to read, or text in memory
 * (a LoadedCharter is such an input).
 */
export async function renderCharter(charter: LintInput, options: RenderOptions): Promise<RenderResult> {
  const { lintOne } = await import('../engine/run.js');
  const linted = await lintOne(
    { file: charter.file, ...(charter.text !== undefined ? { text: charter.text } : {}) },
    { ...options.engine, ...(options.asOf ? { asOf: options.asOf } : {}), keepData: true },
  );
  const findings = linted.findings;
  if (!linted.parsed || linted.data === undefined) return { ok: false, reason: 'unparsable', findings };
  if (!options.draft && findings.some((f) => f.severity === 'error')) return { ok: false, reason: 'errors', findings };
  return renderLinted(linted.data, findings, options);
}

/**
 * Renders a charter's data that has been linted, with the findings the lint reported (the `render`
 * command passes a clean charter read by the fast path here directly, with no findings).
 */
export async function renderLinted(
  data: Record<string, unknown>,
  findings: Finding[],
  options: RenderOptions,
): Promise<Extract<RenderResult, { ok: true }>> {
  const view = buildView(data, { draft: Boolean(options.draft), findings });
  const templateDir = options.templateDir;
  if (options.format === 'md') {
    return { ok: true, content: await renderMarkdown(view, { templateDir }), findings, warnings: [] };
  }
  if (options.format === 'html') {
    const { renderHtml } = await import('./html.js');
    return { ok: true, content: await renderHtml(view, { templateDir }), findings, warnings: [] };
  }
  if (options.format === 'docx') {
    // The docx package is loaded only here.
    const { renderDocx } = await import('./docx.js');
    return { ok: true, content: await renderDocx(view, { paper: options.paper ?? 'a4', creationDate: sourceDate() }), findings, warnings: [] };
  }
  const { renderPdf } = await import('./pdf.js');
  const pdf = await renderPdf(view, {
    ...(templateDir ? { templateDir } : {}),
    paper: options.paper ?? 'a4',
    ...(options.pdfStandard ? { standard: options.pdfStandard } : {}),
    ...(sourceDate() ? { creationDate: sourceDate()! } : {}),
  });
  return { ok: true, content: pdf.bytes, findings, warnings: pdf.warnings, pages: pdf.pages };
}

/**
 * The creation date of a PDF from SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention), so the same charter renders to the same bytes in CI; undefined (now) when unset
 * or not a number.
 */
export function sourceDate(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const v = env['SOURCE_DATE_EPOCH'];
  if (v === undefined || !/^\d{1,12}$/.test(v.trim())) return undefined;
  return new Date(Number(v.trim()) * 1000);
}

/** Options of {@link renderOrg}. */
export interface OrgRenderOptions {
  /** The overview is not rendered as DOCX. */
  format: Exclude<RenderFormat, 'docx'>;
  asOf?: string;
  paper?: Paper;
  /** PDF only: write PDF/A at this level. */
  pdfStandard?: PdfStandard;
  /** How the lint runs (configuration, inline comments): the same engine options as `lint`. */
  engine?: Omit<EngineOptions, 'asOf' | 'keepData'>;
}

/**
 * Renders the organisation overview of several charters, linted together (cross-charter rules
 * included). Not gated: open findings are what the overview reports, per charter and between them.
 */
export async function renderOrg(
  inputs: readonly LintInput[],
  options: OrgRenderOptions,
): Promise<{ content: string | Uint8Array; findings: Finding[]; warnings: string[]; pages?: number; charters: number }> {
  const { lintInputs } = await import('../engine/run.js');
  const { files: charters } = await lintInputs(
    inputs.map((c) => ({ file: c.file, ...(c.text !== undefined ? { text: c.text } : {}), ...(c.explicit !== undefined ? { explicit: c.explicit } : {}) })),
    { ...options.engine, ...(options.asOf ? { asOf: options.asOf } : {}), keepData: true },
  );
  const results = charters.map((c) => ({ file: c.file, findings: c.findings }));
  const findings = results.flatMap((r) => r.findings);
  const count = charters.length;
  const { renderOrgMarkdown } = await import('./org.js');
  if (options.format === 'md') return { content: renderOrgMarkdown(charters, results), findings, warnings: [], charters: count };
  const markdown = renderOrgMarkdown(charters, results, { diagram: 'svg' });
  const title = /^# (.*)$/m.exec(markdown)?.[1]?.replace(/\\(.)/g, '$1') ?? 'Customer Success team charters';
  if (options.format === 'html') {
    const { orgHtml } = await import('./html.js');
    return { content: await orgHtml(markdown, title), findings, warnings: [], charters: count };
  }
  const { markdownToTypst, typesetPdf } = await import('./pdf.js');
  const typstDoc = await markdownToTypst(markdown, title);
  const pdf = typesetPdf(typstDoc.source, {
    inputs: typstDoc.inputs,
    paper: options.paper ?? 'a4',
    ...(options.pdfStandard ? { standard: options.pdfStandard } : {}),
    ...(sourceDate() ? { creationDate: sourceDate()! } : {}),
  });
  return { content: pdf.bytes, findings, warnings: pdf.warnings, pages: pdf.pages, charters: count };
}
