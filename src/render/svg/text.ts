/**
 * Text in the SVG pictures of a rendered charter (hand-off diagram, metric charts): XML escaping,
 * a width estimate without font files, and wrapping on word boundaries. The estimate errs wide
 * (every box is at least as wide as its text in the sans-serif fonts HTML and PDF use), since
 * the layout must never truncate a label.
 */

/**
 * The text width of an A4 page with 25 mm margins, in points: the narrowest page the pictures are
 * embedded in at their own width. Labels are at least {@link MIN_LABEL_PT} there.
 */
export const A4_TEXT_WIDTH_PT = 453;

/** The smallest label size, in points, at {@link A4_TEXT_WIDTH_PT}. */
export const MIN_LABEL_PT = 8;

/**
 * The font stack of the pictures: the HTML's sans-serif, then Libertinus Serif, the PDF's body
 * font, which Typst embeds (it has none of the others): so text in a picture is set in a font the
 * PDF has, never in a stand-in.
 */
export const FONT_FAMILY = "Roboto, Helvetica, Arial, 'Libertinus Serif', sans-serif";

/**
 * The font of a picture drawn only for the PDF (the metric charts): Libertinus Serif alone, so
 * Typst never takes a system font (Helvetica on a Mac) for the picture's text.
 */
export const PDF_FONT_FAMILY = "'Libertinus Serif'";

// C0 controls other than tab and line breaks are not allowed in XML 1.0, nor are lone surrogates
// and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text without the characters XML cannot hold (the rest is kept as it is). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Escapes text for XML element content and attribute values; characters XML cannot hold are dropped. */
export function xml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of a picture's first `<title>` (its description in words), unescaped; null without one. */
export function svgTitle(svg: string): string | null {
  const m = /<title>([^<]*)<\/title>/.exec(svg);
  if (!m) return null;
  return m[1]!.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (ref, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const cp = dec ? Number(dec) : parseInt(hex!, 16);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : ref;
  });
}

/** Advance widths in em of a sans-serif (Roboto/Helvetica), rounded up; wide characters default to 1 em. */
function charWidth(ch: string): number {
  if (/[iljI.,:;'|!]/.test(ch)) return 0.3;
  if (/[ ftr()[\]{}\-/"`]/.test(ch)) return 0.4;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z&#]/.test(ch)) return 0.72;
  if (/[a-z0-9_$?+=<>*~^]/.test(ch)) return 0.6;
  const cp = ch.codePointAt(0) ?? 0;
  // Latin, Greek and Cyrillic letters are about as wide as Latin ones; CJK, emoji and the rest a full em.
  return cp < 0x0530 ? 0.68 : 1;
}

/** The estimated width of one line of `text` at `fontSize` (in the same unit as the font size). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * 1.05;
}

/**
 * Splits text into lines of at most `maxWidth` (estimated), breaking only at spaces and after
 * hyphens, underscores and slashes (the word boundaries of ids such as `digital-cs-to-renewals`).
 * A word wider than `maxWidth` keeps a line of its own: nothing is ever cut.
 */
export function wrapWords(text: string, fontSize: number, maxWidth: number): string[] {
  const pieces = text.replace(/\s+/g, ' ').trim().match(/[^ \-_/]*[-_/]+|[^ \-_/]+ ?|\s/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current + piece;
    if (current !== '' && textWidth(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(current.trimEnd());
      current = piece.trimStart();
    } else current = next;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/** A number for an SVG attribute: at most one decimal. */
export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}
