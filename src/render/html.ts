/**
 * Renders a charter as one self-contained HTML page (inline CSS, no scripts, no external
 * resources). Handlebars' own HTML escaping applies to every value, and the helpers return plain
 * strings, so they are escaped too.
 */
import { loadLayout } from './templates.js';
import type { CharterView } from './view.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** A folder whose templates override the built-in ones (same file names). */
  templateDir?: string;
}

/** Renders the view model of a charter as an HTML document. */
export async function renderHtml(view: CharterView, options: HtmlOptions = {}): Promise<string> {
  const html = (await loadLayout('html', options.templateDir))(view);
  const lines = html.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  return `${lines.filter((l) => l !== '').join('\n')}\n`;
}

/** An HTML page from (escaped, charter-generated) Markdown: the organisation overview. */
export async function orgHtml(markdown: string, title: string): Promise<string> {
  const { marked } = await import('marked');
  const body = (await marked.parse(markdown.replace(/^<!--.*-->\n/gm, ''), { gfm: true }))
    .replace(/<th>/g, '<th scope="col">')
    // The hand-off diagram, generated (and its text escaped) by svg/org.ts, is embedded as SVG.
    .replace(/<pre><code class="language-svg">([\s\S]*?)<\/code><\/pre>/g, (_, code: string) =>
      `<figure class="diagram">${code.trim().replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')}</figure>`,
    );
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="charter">',
    `<title>${escape(title)}</title>`,
    '<style>',
    'body { font-family: Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2933; line-height: 1.45; margin: 0; }',
    'main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }',
    'table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .9rem; }',
    'th, td { border: 1px solid #d9e2ec; padding: .35rem .5rem; text-align: left; vertical-align: top; }',
    'th { background: #f0f4f8; }',
    // The diagram is laid out for A4 (labels at least 8 pt); on screen it may grow.
    'figure.diagram { margin: .6rem 0 1rem; }',
    'figure.diagram svg { display: block; width: 100%; max-width: 44rem; height: auto; }',
    '</style>',
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
