/**
 * PDF output, typeset by Typst (`@myriaddreamin/typst-ts-node-compiler`, a native module loaded
 * only when a PDF is asked for). The Typst source comes from the Handlebars templates of
 * `templates/typst/` (every value escaped for Typst markup, see templates.ts); the organisation
 * overview's Markdown is converted by {@link markdownToTypst}. Pictures (SVG) reach Typst through
 * `sys.inputs`, never as source text.
 *
 * The Typst world is rooted at the template folder: `read`, `image` and `import` cannot reach a
 * file outside it. Fonts are Typst's own embedded ones (Libertinus Serif, New Computer Modern,
 * DejaVu Sans Mono; SIL Open Font License / Bitstream Vera licence), with fallback off and the
 * system's fonts kept out of the compiler where that can be done (see withoutSystemFonts), so the
 * same charter gives the same PDF on every machine; characters none of them has are named in a
 * warning.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Token, Tokens } from 'marked';
import { CharterError } from '../errors.js';
import { escapeTypst } from './escape.js';
import type { Paper, PdfStandard } from './paper.js';
import { builtinTemplatesDir, loadLayout, withPictures } from './templates.js';
import type { CharterView } from './view.js';

/** Options of {@link typesetPdf}. */
export interface PdfOptions {
  paper: Paper;
  /** A PDF/A level; plain (tagged) PDF 1.7 when absent. */
  standard?: PdfStandard;
  /** The creation date stamped in the PDF; now when not given. */
  creationDate?: Date;
  /** The folder the Typst world may read (the template folder). */
  root?: string;
  /** Pictures the source reads as `sys.inputs.at(key)` (SVG text). */
  inputs?: Record<string, string>;
}

/** The PDF, its page count, and warnings (characters no font could print). */
export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  warnings: string[];
}

type Typst = typeof import('@myriaddreamin/typst-ts-node-compiler');
type Compiler = import('@myriaddreamin/typst-ts-node-compiler').NodeCompiler;

let engine: Typst | undefined;
const compilers = new Map<string, Compiler>();

/** The Typst engine, or one clear error where no native build exists for this platform. */
function typst(): Typst {
  if (engine) return engine;
  try {
    engine = createRequire(import.meta.url)('@myriaddreamin/typst-ts-node-compiler') as Typst;
    return engine;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CharterError(
      `PDF output needs the Typst engine (@myriaddreamin/typst-ts-node-compiler), which is not available for ${process.platform}-${process.arch} here (${why}); render --format html or md instead`,
    );
  }
}

/**
 * Runs `create` with FONTCONFIG_FILE naming data/no-system-fonts.conf (a font configuration
 * whose only font folder does not exist), then puts the variable back. The compiler always lists
 * the system's fonts before its own (no option turns that off), and lists them first: a system
 * copy of Libertinus Serif would be used instead of the built-in one, and reading every system
 * font file took about half of the compiler's start-up here. On Linux and the BSDs its font
 * search (fontdb) reads that configuration; macOS and Windows have no such switch, so there the
 * system fonts are still listed.
 */
function withoutSystemFonts<T>(create: () => T): T {
  if (process.platform === 'darwin' || process.platform === 'win32') return create();
  const conf = join(dirname(builtinTemplatesDir()), 'data', 'no-system-fonts.conf');
  if (!existsSync(conf)) return create();
  const saved = process.env['FONTCONFIG_FILE'];
  process.env['FONTCONFIG_FILE'] = conf;
  try {
    return create();
  } finally {
    if (saved === undefined) delete process.env['FONTCONFIG_FILE'];
    else process.env['FONTCONFIG_FILE'] = saved;
  }
}

function compilerFor(root: string): Compiler {
  let compiler = compilers.get(root);
  if (!compiler) {
    const engine = typst();
    compiler = withoutSystemFonts(() => engine.NodeCompiler.create({ workspace: root }));
    compilers.set(root, compiler);
  }
  return compiler;
}

/** The paper names of Typst. */
const PAPER: Record<Paper, string> = { a4: 'a4', letter: 'us-letter' };

// Characters the embedded fonts certainly have: only text with others is checked glyph by glyph.
const COVERED = /^[\n\t\u0020-\u007e\u00a0-\u017f\u0386-\u038a\u038c\u038e-\u03a1\u03a3-\u03ce\u0400-\u045f\u2013\u2014\u2018-\u201e\u2022\u2026\u20ac\u2122\u2190-\u2193\u2212\u2260\u2264\u2265]*$/u;

function diagnostics(err: unknown): string[] {
  const d = (err as { shortDiagnostics?: Array<{ message?: string; range?: string; path?: string }> })?.shortDiagnostics;
  if (Array.isArray(d) && d.length > 0) return d.map((x) => String(x.message ?? x));
  return [err instanceof Error ? err.message : String(err)];
}

/** The characters a PDF/A export found no glyph for (Typst names them in its errors). */
function missingGlyphs(message: string): string[] {
  const found = new Set<string>();
  for (const m of message.matchAll(/the text `\\*"(.*?)\\*"` could not be displayed/g)) {
    // The text is quoted Rust-style: `\u{38b}` for an invisible or unassigned character, `\"` for a quote.
    found.add(m[1]!.replace(/\\+u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))).replace(/\\+(.)/g, '$1'));
  }
  return [...found];
}

function codePoints(chars: Iterable<string>): string {
  return [...chars]
    .map((c) => `'${c}' (${[...c].map((u) => `U+${u.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`)
    .join(', ');
}

/** Typesets Typst source (see the module comment). */
export function typesetPdf(source: string, options: PdfOptions): PdfResult {
  const compiler = compilerFor(options.root ?? join(builtinTemplatesDir(), 'typst'));
  const inputs = { ...options.inputs, paper: PAPER[options.paper] };
  const compiled = compiler.compile({ mainFileContent: source, inputs });
  const error = compiled.takeError();
  const doc = compiled.result;
  if (error || !doc) {
    throw new CharterError(`the Typst templates failed: ${diagnostics(error).join('; ')}`);
  }
  const timestamp = Math.floor((options.creationDate ?? new Date()).getTime() / 1000);
  const warnings: string[] = [];
  let missing: string[] = [];
  if (!COVERED.test(source)) {
    // A PDF/A export refuses text without a glyph and names it: the cheapest exact check there is.
    try {
      if (!options.standard) compiler.pdf(doc, { pdfStandard: 'a-2b', creationTimestamp: timestamp });
    } catch (err) {
      missing = missingGlyphs(String((err as Error).message));
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = compiler.pdf(doc, { ...(options.standard ? { pdfStandard: options.standard } : {}), creationTimestamp: timestamp });
  } catch (err) {
    const chars = missingGlyphs(String((err as Error).message));
    if (chars.length > 0) {
      throw new CharterError(`PDF/${options.standard!.toUpperCase()} cannot be written: no font has ${codePoints(chars)}; remove them or render without --pdf-standard`);
    }
    throw new CharterError(`the PDF could not be written: ${diagnostics(err).join('; ')}`);
  }
  if (missing.length > 0) {
    warnings.push(`no PDF font has ${codePoints(missing)}; they print as empty boxes. Render --format html or md to keep these characters`);
  }
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: doc.numOfPages, warnings };
}

/** Options of {@link renderPdf}. */
export interface RenderPdfOptions extends Omit<PdfOptions, 'root' | 'inputs'> {
  /** A folder whose templates override the built-in ones (same file names). */
  templateDir?: string;
}

/** The folder a user's Typst templates are in: `<dir>/typst`, or `<dir>` itself. */
function userRoot(templateDir: string): string {
  const nested = join(templateDir, 'typst');
  return existsSync(nested) ? nested : templateDir;
}

/** Renders the view model of a charter as a PDF, through the Typst templates. */
export async function renderPdf(view: CharterView, options: RenderPdfOptions): Promise<PdfResult> {
  const layout = await loadLayout('typst', options.templateDir);
  const { result: source, pictures } = withPictures(() => layout(view));
  const root = options.templateDir ? userRoot(options.templateDir) : join(builtinTemplatesDir(), 'typst');
  return typesetPdf(source, { ...options, root, inputs: pictures });
}

/**
 * Converts (charter-generated, escaped) Markdown into Typst markup: headings, paragraphs, lists,
 * tables and the organisation overview's SVG diagram (passed as an input, not as source). Text
 * is escaped again for Typst; nothing in the Markdown becomes Typst code.
 */
export async function markdownToTypst(markdown: string, title: string): Promise<{ source: string; inputs: Record<string, string> }> {
  const { lexer } = await import('marked');
  const inputs: Record<string, string> = {};
  const inline = (tokens: Token[] | undefined): string => {
    let out = '';
    for (const t of tokens ?? []) {
      if (t.type === 'strong') out += `#strong[${inline((t as Tokens.Strong).tokens)}]`;
      else if (t.type === 'em') out += `#emph[${inline((t as Tokens.Em).tokens)}]`;
      else if (t.type === 'text' && (t as Tokens.Text).tokens?.length) out += inline((t as Tokens.Text).tokens);
      else if (t.type === 'link') out += inline((t as Tokens.Link).tokens);
      else if (t.type === 'br') out += ' ';
      else if ('text' in t && typeof t.text === 'string') out += escapeTypst(t.text);
    }
    return out;
  };
  const blocks: string[] = [];
  for (const t of lexer(markdown)) {
    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      blocks.push(h.depth === 1 ? `#heading(level: 1, outlined: false, bookmarked: false)[${inline(h.tokens)}]` : `${'='.repeat(h.depth)} ${inline(h.tokens)}`);
    } else if (t.type === 'paragraph') blocks.push(inline((t as Tokens.Paragraph).tokens));
    else if (t.type === 'list') {
      blocks.push((t as Tokens.List).items.map((i) => `- ${inline(i.tokens.flatMap((x) => ('tokens' in x && x.tokens ? x.tokens : [x])))}`).join('\n'));
    } else if (t.type === 'table') {
      const table = t as Tokens.Table;
      const n = table.header.length;
      const cells = table.rows.flatMap((r) => r.map((c) => `[${inline(c.tokens)}]`));
      blocks.push(
        `#ctable(columns: (${Array(n).fill('auto').join(', ')}${n === 1 ? ',' : ''}), head: (${table.header.map((c) => `[${inline(c.tokens)}]`).join(', ')}${n === 1 ? ',' : ''}), ${cells.join(', ')})`,
      );
    } else if (t.type === 'code' && (t as Tokens.Code).lang === 'svg') {
      const key = `svg-${Object.keys(inputs).length}`;
      inputs[key] = (t as Tokens.Code).text;
      blocks.push(`#align(center, image(bytes(sys.inputs.at("${key}")), format: "svg", width: 100%))`);
    }
  }
  const preamble = [
    `#set document(title: [${escapeTypst(title)}], description: "Organisation overview", keywords: ("charter render",), date: auto)`,
    '#set page(paper: sys.inputs.at("paper", default: "a4"), flipped: false, margin: (x: 1.6cm, top: 1.8cm, bottom: 2cm),',
    `  footer: context { set text(size: 8pt, fill: rgb("#52606d")); grid(columns: (1fr, auto), [${escapeTypst(title)}], [Page #counter(page).get().first() of #counter(page).final().first()]) })`,
    '#set text(font: ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"), fallback: false, size: 10pt, lang: "en")',
    '#set par(justify: true)',
    '#show heading: set text(fill: rgb("#102a43"))',
    '#let ctable(columns: (), head: (), ..cells) = {',
    '  set text(size: 8pt, hyphenate: false)',
    '  set par(justify: false)',
    '  block(above: 0.7em, below: 1.1em, table(columns: columns, inset: 4pt, stroke: 0.5pt + rgb("#bcccdc"),',
    '    fill: (_, y) => if y == 0 { rgb("#f0f4f8") }, table.header(..head.map(strong)), ..cells))',
    '}',
  ];
  return { source: `${preamble.join('\n')}\n\n${blocks.join('\n\n')}\n`, inputs };
}
