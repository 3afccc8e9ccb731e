import { Command, Option } from 'commander';
import { CharterError } from '../errors.js';
import { parseDateFlag } from '../dates.js';
import { PDF_STANDARDS } from '../render/paper.js';
import type { RenderCommandOptions } from './render-run.js';
import { RENDER_FORMATS } from './choices.js';
import { withChoices } from './option-choices.js';

const FORMAT_BY_EXTENSION: Record<string, RenderCommandOptions['format']> = {
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** Turns commander's raw values into {@link RenderCommandOptions}. */
export function normalizeRenderOptions(paths: string[], raw: Record<string, unknown>): RenderCommandOptions {
  const org = Boolean(raw['org']);
  if (!org && paths.length > 1) {
    throw new CharterError(`render takes one charter, got ${paths.length}; use --org to render one overview of several charters`);
  }
  const file = paths[0];
  const out = typeof raw['out'] === 'string' ? raw['out'] : undefined;
  const eject = typeof raw['eject'] === 'string' ? raw['eject'] : undefined;
  let format = raw['format'] as RenderCommandOptions['format'] | undefined;
  if (!format && out && out !== '-') {
    const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
    format = ext ? FORMAT_BY_EXTENSION[ext] : undefined;
  }
  format ??= 'md';
  if (!eject && !file) throw new CharterError("missing the charter to render, e.g. 'charter render examples/renewals.yaml' (run 'charter render --help' for usage)");
  const watch = Boolean(raw['watch']);
  if (watch && (org || eject || out === '-')) {
    throw new CharterError('--watch renders one charter to a file: it does not go with --org, --eject or --out -');
  }
  if (out === '-' && (format === 'pdf' || format === 'docx')) {
    const name = format === 'pdf' ? 'a PDF' : 'a DOCX';
    throw new CharterError(`${name} is not written to stdout: give --out <file.${format}> (or leave --out out to write it next to the charter)`);
  }
  return {
    file,
    paths,
    org,
    format,
    out,
    draft: Boolean(raw['draft']),
    force: Boolean(raw['force']),
    paper: (raw['paper'] as RenderCommandOptions['paper']) ?? 'a4',
    ...(typeof raw['pdfStandard'] === 'string' ? { pdfStandard: raw['pdfStandard'] as RenderCommandOptions['pdfStandard'] } : {}),
    asOf: raw['asOf'] === undefined ? undefined : parseDateFlag(raw['asOf'], '--as-of'),
    templateDir: typeof raw['template'] === 'string' ? raw['template'] : undefined,
    eject,
    watch,
    ...(typeof raw['config'] === 'string' ? { config: raw['config'] } : {}),
  };
}

/** `charter render`: declares the options; the work (Handlebars, Typst, docx) is loaded only when it runs. */
export function renderCommand(setExitCode: (code: number) => void): Command {
  return new Command('render')
    .description('render a charter as Markdown, HTML, PDF or DOCX, for people to read and sign (lints it first)')
    .argument('[paths...]', 'the charter to render (a .yaml file); with --org, charters and folders')
    .addOption(withChoices(new Option('-f, --format <format>', 'output format (default: from --out, else md)'), [...RENDER_FORMATS]))
    .option('-o, --out <path>', "output file; '-' writes Markdown or HTML to stdout (default: next to the charter, e.g. csm.pdf)")
    .option('--draft', 'render despite error findings: stamp DRAFT on it and list the open findings', false)
    .option('--force', 'overwrite an existing output file that charter did not write', false)
    .addOption(withChoices(new Option('--paper <size>', 'PDF and DOCX paper size'), ['a4', 'letter']).default('a4'))
    .addOption(withChoices(new Option('--pdf-standard <level>', 'write PDF/A (archival; a PDF is tagged for accessibility either way)'), [...PDF_STANDARDS]))
    .option('--as-of <date>', 'reference date of the lint, YYYY-MM-DD (default: today, UTC)')
    .option('-c, --config <file>', 'lint configuration (default: charter.config.yaml, .charterrc.yaml or .charterrc.json, found upward), as for lint')
    .option('--template <dir>', 'use your own templates: files in <dir>/markdown, <dir>/html or <dir>/typst (PDF) replace the built-in ones of the same name')
    .option('--eject <dir>', 'copy the built-in templates to <dir> to start your own, then exit')
    .option('--org', 'render one overview of all the charters given (folders included): teams, RACI across teams, hand-offs, commitments, conflicts', false)
    .option('--watch', 'render again whenever the charter or your templates change (Ctrl-C stops)', false)
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
Examples:
  $ charter render examples/renewals.yaml               renewals.md next to the charter
  $ charter render examples/renewals.yaml --format pdf  renewals.pdf (A4), ready to sign
  $ charter render csm.yaml -f pdf --paper letter -o out/csm.pdf
  $ charter render csm.yaml -f pdf --pdf-standard a-2b  PDF/A-2b, for the records of a signed charter
  $ charter render csm.yaml -f html -o -                HTML on stdout
  $ charter render csm.yaml --format docx               csm.docx, to circulate in Word or Google Docs
  $ charter render weak.yaml --draft                    render despite errors, stamped DRAFT
  $ charter render --eject my-templates                 copy the templates, then edit them
  $ charter render csm.yaml --template my-templates     render with your templates
  $ charter render examples/ --org                      examples/org-overview.md (Mermaid hand-off diagram)

A charter with error findings is not rendered (exit 1, nothing written) unless --draft is given.
The lint is the one 'charter lint' runs: rules turned off in the configuration and findings
silenced by charter-disable comments do not block the render.
Warnings never block. An existing output file is replaced only if charter wrote it (or with --force).

Exit codes: 0 rendered · 1 error findings (nothing written) · 2 usage, I/O or template error`,
    )
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const options = normalizeRenderOptions(paths, raw);
      const { runRender } = await import('./render-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runRender(options, processIo()));
    });
}
