/**
 * The Handlebars templates of `charter render`: one layout (`charter.hbs`) and one partial per
 * section, per output language (`templates/markdown/`, `templates/html/`, `templates/typst/` for
 * the PDF). Each language gets its own Handlebars environment with the helpers registered once.
 * In the Typst set every `{{value}}` is escaped for Typst markup instead of HTML (see
 * {@link escapeTypst}), and `{{{value}}}` is refused, so no template can let user text become code. Templates are compiled with
 * `strict: true`, so a misspelt field in a template is an error instead of a silent blank. The
 * built-in templates are precompiled (scripts/gen-templates.mjs → src/generated/), so a render
 * loads only the Handlebars runtime; the compiler is loaded only for a user's `--template` folder.
 */
import HandlebarsRuntime from 'handlebars/runtime.js';
import type HandlebarsTypes from 'handlebars';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CharterError } from '../errors.js';
import { escapeTypst, typstString } from './escape.js';
import { formatDate, formatLabel, formatList, formatSentences, formatTarget, formatUnit, formatValue } from './format.js';
import { metricSvg, type MetricChartInput } from './svg/metric.js';
import { FONT_FAMILY, PDF_FONT_FAMILY, svgTitle } from './svg/text.js';

/** The languages templates are written in (the PDF is typeset from the Typst set). */
export type TemplateLanguage = 'markdown' | 'html' | 'typst';

/** Every template language, in the order `--eject` copies them. */
export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['markdown', 'html', 'typst'];

/** The folder holding the built-in templates (found from this module, in src/ or in dist/). */
export function builtinTemplatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'templates', 'markdown', 'charter.hbs'))) return join(dir, 'templates');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new CharterError('the built-in templates folder was not found; reinstall charter');
}

// The runtime has the environment API of the full package, without the compiler.
const Handlebars = HandlebarsRuntime as unknown as typeof HandlebarsTypes;

type HelperFn = (...args: unknown[]) => unknown;

/** Handlebars passes an `options` object last: the helpers below never want it. */
function plain(fn: HelperFn): HandlebarsTypes.HelperDelegate {
  return (...args: unknown[]) => fn(...args.slice(0, -1));
}

const SHARED_HELPERS: Record<string, HelperFn> = {
  date: (v) => formatDate(v),
  value: (v, unit, currency) => formatValue(v, unit, currency),
  target: (t, unit, currency) => formatTarget(t as Parameters<typeof formatTarget>[0], unit, currency),
  unit: (unit, currency) => formatUnit(unit, currency),
  label: (v) => formatLabel(v),
  lower: (v) => (typeof v === 'string' ? v.toLowerCase() : ''),
  list: (items, sep) => formatList(items, typeof sep === 'string' ? sep : ', '),
  sentences: (items) => formatSentences(items),
  present: (v) => v !== null && v !== undefined && v !== '',
  plural: (n, one, many) => (n === 1 ? one : many),
  concat: (...parts) => parts.map((p) => (p === null || p === undefined ? '' : String(p))).join(''),
  roleTitle: (title, headcount) =>
    typeof headcount === 'number' && headcount !== 1 ? `${String(title)} (${headcount})` : String(title ?? ''),
  eq: (a, b) => a === b,
};

/** A Markdown table row: `| a | b |`, an empty cell written `| |` (markdownlint MD060). */
function markdownRow(...cells: unknown[]): string {
  const text = cells.map((c) => (c === null || c === undefined ? '' : String(c).trim()));
  return `|${text.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
}

const environments = new Map<TemplateLanguage, typeof Handlebars>();

function environment(language: TemplateLanguage): typeof Handlebars {
  const cached = environments.get(language);
  if (cached) return cached;
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(SHARED_HELPERS)) env.registerHelper(name, plain(fn));
  if (language === 'markdown') env.registerHelper('row', plain(markdownRow));
  if (language === 'typst') typstEnvironment(env);
  // A metric's bullet chart as SVG (its text escaped by svg/metric.ts), or '' (falsy): inline in
  // HTML, for `{{svg ...}}` (which passes it to Typst as an input) in the Typst set.
  if (language !== 'markdown') {
    env.registerHelper(
      'metricChart',
      plain((m) => {
        const svg = m && typeof m === 'object' ? metricSvg(m as MetricChartInput, language === 'html' ? FONT_FAMILY : PDF_FONT_FAMILY) : null;
        if (!svg) return '';
        return language === 'html' ? new env.SafeString(svg) : svg;
      }),
    );
  }
  environments.set(language, env);
  return env;
}

/** Handlebars' escaping of `{{value}}`, for Typst markup: SafeStrings (from `str`) pass as they are. */
function escapeTypstExpression(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { toHTML?: unknown }).toHTML === 'function') {
    return (value as { toHTML(): string }).toHTML();
  }
  return value === null || value === undefined ? '' : escapeTypst(String(value));
}

/** The pictures of the Typst render under way (see {@link withPictures}); null outside one. */
let pictures: Map<string, string> | null = null;

/**
 * Runs a (synchronous) Typst render, collecting the pictures its `{{svg ...}}` calls file: the
 * SVG text goes to Typst as `sys.inputs`, never into the source.
 */
export function withPictures<T>(render: () => T): { result: T; pictures: Record<string, string> } {
  pictures = new Map();
  try {
    const result = render();
    return { result, pictures: Object.fromEntries(pictures) };
  } finally {
    pictures = null;
  }
}

type Container = { escapeExpression: unknown };
type Spec = { main: (container: Container, ...rest: unknown[]) => string } & Record<string, unknown>;

/**
 * The Typst environment: every template it prepares (built-in or compiled from a user's file)
 * escapes with {@link escapeTypstExpression}, and `str` writes user text as a Typst string literal
 * for code positions (document metadata). Nothing else emits Typst from a value.
 */
function typstEnvironment(env: typeof Handlebars): void {
  const template = env.template.bind(env);
  env.template = ((spec: Spec) =>
    template({
      ...spec,
      main(this: unknown, container: Container, ...rest: unknown[]) {
        container.escapeExpression = escapeTypstExpression;
        return spec.main.call(this, container, ...rest);
      },
    } as unknown as Parameters<typeof template>[0])) as typeof env.template;
  env.registerHelper(
    'str',
    plain((v) => new env.SafeString(typstString(v === null || v === undefined ? '' : String(v)))),
  );
  // `{{svg picture}}`: a Typst image expression (no leading #) reading the SVG from sys.inputs;
  // its `<title>`, if any, becomes the image's alternative text (an input too) in the tagged PDF.
  env.registerHelper(
    'svg',
    plain((v) => {
      const text = v === null || v === undefined ? '' : String(v);
      if (!pictures || !text.trimStart().startsWith('<svg')) return new env.SafeString('none');
      const key = `picture-${pictures.size + 1}`;
      pictures.set(key, text);
      const title = svgTitle(text);
      if (title !== null) pictures.set(`${key}-alt`, title);
      const alt = title !== null ? `, alt: sys.inputs.at("${key}-alt")` : '';
      return new env.SafeString(`image(bytes(sys.inputs.at("${key}")), format: "svg"${alt})`);
    }),
  );
}

/** The first `{{{value}}}` or `{{& value}}` in a template's syntax tree (they skip escaping), or null. */
export function unescapedMustache(node: unknown): { line: number; column: number } | null {
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = unescapedMustache(n);
      if (found) return found;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const rec = node as { type?: unknown; escaped?: unknown; loc?: { start: { line: number; column: number } } };
  if (rec.type === 'MustacheStatement' && rec.escaped === false) return rec.loc?.start ?? { line: 0, column: 0 };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    const found = unescapedMustache(value);
    if (found) return found;
  }
  return null;
}

function listTemplates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.hbs')) out.set(f.slice(0, -4), join(dir, f));
  }
  return out;
}

/**
 * Template files of a language: the built-in ones (unless `includeBuiltin` is false), overridden by
 * a user's folder (same names; `<dir>/<language>/*.hbs`, or `<dir>/*.hbs` for a flat folder).
 */
export function templateFiles(language: TemplateLanguage, overrideDir?: string, includeBuiltin = true): Map<string, string> {
  const files = includeBuiltin ? listTemplates(join(builtinTemplatesDir(), language)) : new Map<string, string>();
  if (overrideDir) {
    let isDir = false;
    try {
      isDir = statSync(overrideDir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new CharterError(`${overrideDir}: --template must name a folder of .hbs templates (create one with --eject)`);
    const own = listTemplates(join(overrideDir, language));
    // A flat folder of templates counts for the language it is used with.
    const flat = own.size > 0 ? own : listTemplates(overrideDir);
    for (const [name, path] of flat) files.set(name, path);
  }
  return files;
}

/** A compiled layout: call it with the (escaped, for Markdown) view model. */
export type CompiledLayout = (view: unknown) => string;

/** Compile options per language; scripts/gen-templates.mjs uses the same. */
export const COMPILE_OPTIONS: Record<TemplateLanguage, { strict: true; noEscape: boolean }> = {
  markdown: { strict: true, noEscape: true },
  html: { strict: true, noEscape: false },
  typst: { strict: true, noEscape: false },
};

const compiled = new Map<string, CompiledLayout>();

type Template = (context: unknown, options?: unknown) => string;

async function precompiled(language: TemplateLanguage): Promise<Record<string, object>> {
  const mod =
    language === 'markdown'
      ? await import('../generated/templates-markdown.js')
      : language === 'html'
        ? await import('../generated/templates-html.js')
        : await import('../generated/templates-typst.js');
  return mod.templates;
}

/**
 * The layout of `language`, with its partials: the built-in templates, overridden by the files of
 * `overrideDir` (same names). Prepared once per process and folder. Template syntax errors name the
 * file; errors while rendering (a strict-mode lookup of a missing field, an unknown partial or
 * helper) name the templates in use.
 */
export async function loadLayout(language: TemplateLanguage, overrideDir?: string): Promise<CompiledLayout> {
  const key = `${language}\0${overrideDir ?? ''}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const env = environment(language);
  const templates: Record<string, Template> = {};
  for (const [name, spec] of Object.entries(await precompiled(language))) {
    templates[name] = env.template(spec as Parameters<typeof env.template>[0]) as Template;
  }
  if (overrideDir) {
    const own = templateFiles(language, overrideDir, false);
    if (own.size > 0) {
      // The compiler is needed only here, for the user's own templates.
      const { default: Compiler } = await import('handlebars');
      const compilerEnv = Compiler.create();
      if (language === 'typst') typstEnvironment(compilerEnv);
      for (const [name, helper] of Object.entries(env.helpers)) compilerEnv.registerHelper(name, helper as HandlebarsTypes.HelperDelegate);
      for (const [name, path] of own) {
        const source = readFileSync(path, 'utf8');
        let ast: unknown;
        try {
          ast = Compiler.parse(source);
        } catch (err) {
          throw new CharterError(`${path}: template error: ${firstLine(err)}`);
        }
        const raw = language === 'typst' ? unescapedMustache(ast) : null;
        if (raw) {
          throw new CharterError(
            `${path}:${raw.line}:${raw.column + 1}: a Typst template may not use {{{...}}} or {{& ...}}: write {{...}}, which escapes user text`,
          );
        }
        templates[name] = compilerEnv.compile(source, COMPILE_OPTIONS[language]) as Template;
      }
    }
  }
  const { charter: main, ...partials } = templates;
  if (!main) throw new CharterError(`no charter.hbs layout among the ${language} templates`);
  const where = overrideDir ? `the templates in ${overrideDir} or the built-in ones` : 'the built-in templates';
  const render: CompiledLayout = (view) => {
    try {
      return main(view, { partials, allowProtoPropertiesByDefault: false });
    } catch (err) {
      throw new CharterError(`template error in ${where}: ${firstLine(err)}`);
    }
  };
  compiled.set(key, render);
  return render;
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n').filter((l) => l.trim() !== '').join(' ').replace(/\s+/g, ' ');
}
