/**
 * PDF output without a browser: the rendered Markdown is read with marked's lexer and turned into a
 * pdfmake 0.3 document definition (headings with bookmarks, paragraphs, lists, tables whose header
 * row repeats on every page, a "Page X of Y" footer, document metadata), typeset with the Roboto
 * font shipped in pdfmake's package. Loaded only when a PDF is asked for: pdfmake is the heaviest
 * module of the CLI. It stays outside the esbuild bundle (scripts/build.mjs), because it reads its
 * fonts relative to its own folder.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { lexer, type Token, type Tokens } from 'marked';
import pdfmake from 'pdfmake';
import type { Content, ContentText, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces.js';
import type { Paper } from './paper.js';

const require = createRequire(import.meta.url);
const PDFMAKE_DIR = dirname(require.resolve('pdfmake/package.json'));
const FONT_DIR = join(PDFMAKE_DIR, 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};

let configured = false;
function configure(): void {
  if (configured) return;
  configured = true;
  pdfmake.setFonts(FONTS);
  // No network, ever; local files only from the font folder. Setting both policies also keeps
  // pdfmake from printing its two warnings per document.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setTableLayouts({
    charter: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#bcccdc',
      vLineColor: () => '#bcccdc',
      paddingTop: () => 2.5,
      paddingBottom: () => 2.5,
    },
    banner: {
      hLineWidth: () => 1.2,
      vLineWidth: () => 1.2,
      hLineColor: () => '#b42318',
      vLineColor: () => '#b42318',
    },
  });
  const fontRoot = resolve(FONT_DIR) + sep;
  (pdfmake as unknown as { setLocalAccessPolicy(fn: (path: string) => boolean): void }).setLocalAccessPolicy((path) =>
    resolve(path).startsWith(fontRoot),
  );
}

/** Characters Roboto lacks, printed with a close ASCII equivalent instead of an empty box. */
const SUBSTITUTES: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '↑': '^',
  '↓': 'v',
  '✓': '[x]',
  '✔': '[x]',
  '✗': '[ ]',
  '✘': '[ ]',
  '☐': '[ ]',
  '☑': '[x]',
  '★': '*',
  '☆': '*',
  '\u00ad': '',
};

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string, features?: unknown, ...rest: unknown[]): unknown;
}

/** Scripts laid out correctly glyph by glyph: Latin, Greek, Cyrillic, punctuation, symbols. */
function isSimpleText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0300 || (c >= 0x0370 && c < 0x0483) || (c >= 0x048a && c < 0x0530) || (c >= 0x1e00 && c < 0x2c00)) continue;
    return false;
  }
  return true;
}

/**
 * Speeds up text layout: fontkit shapes every word through the OpenType GSUB/GPOS machinery, which
 * for a charter (a few thousand distinct words, mostly Latin prose) costs more than everything
 * else in the PDF put together on a cold start. Text in simple scripts is laid out glyph by glyph
 * from the font's own advance widths instead (no kerning pairs or ligatures, which at body sizes
 * readers do not notice); anything else (combining marks, complex scripts) and any call with
 * explicit features still goes through fontkit's shaper. Set CHARTER_PDF_SHAPING=1 to shape all text.
 */
function useGlyphLayout(font: FontkitFont): void {
  const proto = Object.getPrototypeOf(font) as FontkitFont & { __charterLayout?: boolean };
  if (proto.__charterLayout || process.env['CHARTER_PDF_SHAPING'] === '1') return;
  const shape = proto.layout;
  proto.__charterLayout = true;
  proto.layout = function layout(this: FontkitFont, text: string, features?: unknown, ...rest: unknown[]) {
    if (features !== undefined || rest.length > 0 || !isSimpleText(text)) return shape.call(this, text, features, ...rest);
    const glyphs: FontkitGlyph[] = [];
    const positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }> = [];
    for (const ch of text) {
      const glyph = this.glyphForCodePoint(ch.codePointAt(0)!);
      glyphs.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    // Like fontkit's GlyphRun, the width is read from the positions (which pdfkit scales in place).
    return {
      glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  };
}

/** Which characters the regular face can print (fontkit comes with pdfkit, pdfmake's engine). */
class GlyphCheck {
  private readonly font: FontkitFont;
  private readonly cache = new Map<number, boolean>();
  readonly missing = new Set<string>();
  readonly substituted = new Set<string>();

  constructor() {
    const pdfkitRequire = createRequire(require.resolve('pdfkit', { paths: [PDFMAKE_DIR] }));
    const fontkit = pdfkitRequire('fontkit') as { openSync(path: string): FontkitFont };
    this.font = fontkit.openSync(FONTS.Roboto.normal);
    useGlyphLayout(this.font);
  }

  private has(cp: number): boolean {
    let ok = this.cache.get(cp);
    if (ok === undefined) {
      ok = cp < 0x20 || this.font.hasGlyphForCodePoint(cp);
      this.cache.set(cp, ok);
    }
    return ok;
  }

  /** The text with every character the font lacks replaced (by its substitute, or `?`). */
  fix(text: string): string {
    let out = '';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // Variation selectors and joiners have no glyph of their own.
      if ((cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d) continue;
      if (this.has(cp)) {
        out += ch;
      } else if (SUBSTITUTES[ch] !== undefined) {
        this.substituted.add(ch);
        out += SUBSTITUTES[ch];
      } else {
        this.missing.add(ch);
        out += '?';
      }
    }
    return out;
  }
}

let glyphs: GlyphCheck | undefined;

/** Options of {@link renderPdf}. */
export interface PdfOptions {
  title: string;
  author?: string;
  subject?: string;
  paper: Paper;
  /** Stamp DRAFT on every page. */
  draft: boolean;
  /** The creation date stamped in the PDF (and its file ID); now when not given. */
  creationDate?: Date;
}

/** The PDF, its page count, and warnings (characters the font could not print). */
export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  warnings: string[];
}

const PAGE_WIDTH: Record<Paper, number> = { a4: 595.28, letter: 612 };
const MARGIN_X = 42;
const CELL_PADDING = 9; // pdfmake's default left + right padding and the vertical rule

type Inline = string | ContentText;

function codePoints(chars: Iterable<string>): string {
  return [...chars]
    .map((c) => `'${c}' (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
}

/** Converts rendered charter Markdown into a PDF. */
export async function renderPdf(markdown: string, options: PdfOptions): Promise<PdfResult> {
  configure();
  glyphs ??= new GlyphCheck();
  const check = glyphs;
  check.missing.clear();
  check.substituted.clear();
  const contentWidth = PAGE_WIDTH[options.paper] - 2 * MARGIN_X;

  const inline = (tokens: Token[] | undefined, style: { bold?: boolean; italics?: boolean } = {}): Inline[] => {
    const out: Inline[] = [];
    for (const t of tokens ?? []) {
      switch (t.type) {
        case 'strong':
          out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
          break;
        case 'em':
          out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }));
          break;
        case 'text': {
          const tt = t as Tokens.Text;
          if (tt.tokens && tt.tokens.length > 0) out.push(...inline(tt.tokens, style));
          else out.push({ text: check.fix(tt.text), ...style });
          break;
        }
        case 'escape':
          out.push({ text: check.fix((t as Tokens.Escape).text), ...style });
          break;
        case 'codespan':
          out.push({ text: check.fix((t as Tokens.Codespan).text), ...style, style: 'code' });
          break;
        case 'br':
          out.push({ text: '\n' });
          break;
        case 'link':
          out.push(...inline((t as Tokens.Link).tokens, style));
          break;
        default:
          if ('text' in t && typeof t.text === 'string') out.push({ text: check.fix(t.text), ...style });
      }
    }
    return out;
  };

  // Adjacent runs with the same style become one (escapes split text into many small tokens), so
  // pdfmake has fewer inlines to measure and place.
  const merged = (tokens: Token[] | undefined, style: { bold?: boolean; italics?: boolean } = {}): Inline[] => {
    const out: ContentText[] = [];
    for (const item of inline(tokens, style)) {
      const run = typeof item === 'string' ? { text: item } : item;
      const last = out[out.length - 1];
      if (
        last &&
        typeof last.text === 'string' &&
        typeof run.text === 'string' &&
        last.bold === run.bold &&
        last.italics === run.italics &&
        last.style === run.style
      ) {
        last.text += run.text;
      } else out.push({ ...run });
    }
    return out;
  };

  const plain = (tokens: Token[] | undefined): string =>
    inline(tokens)
      .map((i) => (typeof i === 'string' ? i : String(i.text)))
      .join('');

  const listItems = (list: Tokens.List): Content[] =>
    list.items.map((item) => {
      const parts: Content[] = [];
      for (const t of item.tokens) {
        if (t.type === 'list') parts.push({ ...(listNode(t as Tokens.List) as object), margin: [0, 1, 0, 1] } as Content);
        else if (t.type === 'text' || t.type === 'paragraph') parts.push({ text: merged((t as Tokens.Text).tokens ?? [t]) });
      }
      return parts.length === 1 ? parts[0]! : { stack: parts };
    });

  const listNode = (list: Tokens.List): Content =>
    list.ordered ? { ol: listItems(list), margin: [0, 0, 0, 6] } : { ul: listItems(list), margin: [0, 0, 0, 6] };

  const tableNode = (table: Tokens.Table): Content => {
    const header: TableCell[] = table.header.map((c) => ({ text: merged(c.tokens), style: 'tableHeader' }));
    const rows: TableCell[][] = table.rows.map((r) => r.map((c) => ({ text: merged(c.tokens) })));
    const cols = table.header.length;
    // Column widths in proportion to their text (capped, so one long column cannot starve the others).
    const weights = table.header.map((h, i) => {
      const lengths = [plain(h.tokens).length, ...table.rows.map((r) => plain(r[i]?.tokens).length)];
      const longest = lengths.reduce((a, b) => Math.max(a, b), 0);
      const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      return Math.max(6, Math.min(60, (longest + 2 * average) / 3));
    });
    const total = weights.reduce((a, b) => a + b, 0);
    const available = contentWidth - cols * CELL_PADDING;
    const widths = weights.map((w) => Math.floor((available * w) / total));
    const signing = cols === 4 && plain(table.header[2]?.tokens) === 'Signature';
    return {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths,
        heights: signing ? (row: number) => (row === 0 ? 0 : 30) : undefined,
        body: [header, ...rows],
      },
      layout: 'charter',
      fontSize: cols >= 6 ? 7.5 : 8.5,
      margin: [0, 2, 0, 8],
    } as Content;
  };

  const blocks = (tokens: Token[]): Content[] => {
    const out: Content[] = [];
    for (const t of tokens) {
      switch (t.type) {
        case 'heading': {
          const h = t as Tokens.Heading;
          const text = merged(h.tokens);
          if (h.depth === 1) out.push({ text, style: 'h1' });
          else if (h.depth === 2) {
            out.push({ text, style: 'h2', outline: true, outlineText: plain(h.tokens), headlineLevel: 1 } as Content);
          } else out.push({ text, style: 'h3', headlineLevel: 1 } as Content);
          break;
        }
        case 'paragraph':
          out.push({ text: merged((t as Tokens.Paragraph).tokens), margin: [0, 0, 0, 6] });
          break;
        case 'list':
          out.push(listNode(t as Tokens.List));
          break;
        case 'table':
          out.push(tableNode(t as Tokens.Table));
          break;
        case 'blockquote':
          out.push({
            table: { widths: ['*'], body: [[{ stack: blocks((t as Tokens.Blockquote).tokens), style: 'banner' }]] },
            layout: 'banner',
            margin: [0, 2, 0, 10],
          } as Content);
          break;
        case 'code': {
          // Only the organisation overview writes a code block: its hand-off diagram as SVG.
          const code = t as Tokens.Code;
          if (code.lang === 'svg') {
            const width = Number(/width="([\d.]+)"/.exec(code.text)?.[1] ?? contentWidth);
            out.push({ svg: check.fix(code.text), width: Math.min(contentWidth, width), margin: [0, 4, 0, 8] } as Content);
          }
          break;
        }
        default:
          // space, html comments, hr: nothing to print.
          break;
      }
    }
    return out;
  };

  const content = blocks(lexer(markdown));
  const title = check.fix(options.title);
  let pages = 0;
  const definition: TDocumentDefinitions = {
    pageSize: options.paper === 'letter' ? 'LETTER' : 'A4',
    pageMargins: [MARGIN_X, 48, MARGIN_X, 54],
    info: {
      title,
      author: options.author ? check.fix(options.author) : undefined,
      subject: options.subject ? check.fix(options.subject) : undefined,
      creator: 'charter render',
      producer: 'charter (pdfmake)',
      ...(options.creationDate ? { creationDate: options.creationDate } : {}),
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15, color: '#1f2933' },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 10], color: '#102a43' },
      h2: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 6], color: '#102a43' },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      tableHeader: { bold: true, fillColor: '#f0f4f8' },
      banner: { color: '#b42318', fillColor: '#fef3f2', margin: [4, 4, 4, 0] },
      code: { color: '#334e68' },
    },
    watermark: options.draft ? { text: 'DRAFT', color: '#b42318', opacity: 0.12, bold: true } : undefined,
    footer: (currentPage: number, pageCount: number) => {
      pages = Math.max(pages, pageCount);
      return {
        columns: [
          { text: title, alignment: 'left' },
          { text: `${options.draft ? 'DRAFT · ' : ''}Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
        ],
        margin: [MARGIN_X, 18, MARGIN_X, 0],
        fontSize: 8,
        color: '#52606d',
      };
    },
    pageBreakBefore: (node: { headlineLevel?: number }, nodes: { getFollowingNodesOnPage(): unknown[] }) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    content,
  } as TDocumentDefinitions;

  const bytes = await pdfmake.createPdf(definition).getBuffer();
  const warnings: string[] = [];
  if (check.missing.size > 0) {
    warnings.push(
      `the PDF font (Roboto) has no glyph for ${codePoints(check.missing)}; printed as '?'. ` +
        'Render --format html or md to keep these characters',
    );
  }
  return { bytes: new Uint8Array(bytes), pages, warnings };
}
