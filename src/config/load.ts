/**
 * Loading a configuration file: YAML or JSON, validated against schemas/charter-config.schema.json
 * (ajv is loaded only when a configuration exists). Errors are one line, located: file:line:col.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import AjvModule, { type ErrorObject } from 'ajv';
import schema from '../../schemas/charter-config.schema.json' with { type: 'json' };
import { CharterError } from '../errors.js';
import { locate } from '../model/locate.js';
import { fromPointer } from '../model/pointer.js';
import { closest } from '../rules/support/suggest.js';
import { valueAt } from '../schema/validate.js';
import { globToRegExp } from './glob.js';
import { settingAliases } from '../rules/support/info.js';
import { normalizeSetting, presetRules, type ConfigFile, type LintConfig } from './config.js';

let validateConfig: ReturnType<InstanceType<typeof AjvModule.default>['compile']> | undefined;

function located(file: string, doc: Document, lc: LineCounter, text: string, pointer: string, message: string, at: 'key' | 'value' = 'value'): CharterError {
  const r = locate(doc, text, lc, fromPointer(pointer), at);
  return new CharterError(`${file}:${r.start.line}:${r.start.column}: ${message} (configuration: see schemas/charter-config.schema.json)`);
}

/** The most useful message for a schema error, with the JSON Pointer to locate it. */
function describeError(errors: ErrorObject[], data: unknown): { pointer: string; message: string; at: 'key' | 'value' } {
  const rank = (e: ErrorObject) => e.instancePath.split('/').length * 10 + (e.keyword === 'additionalProperties' ? 5 : e.keyword === 'anyOf' ? 0 : 3);
  const e = [...errors].sort((a, b) => rank(b) - rank(a))[0]!;
  const where = e.instancePath === '' ? 'the configuration' : `'${fromPointer(e.instancePath).join('.')}'`;
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
    const isRules = /(^|\/)rules$/.test(e.instancePath);
    const hint = closest(key, allowed);
    const what = isRules ? `unknown rule '${key}'` : `unknown key '${key}' in ${where}`;
    return {
      pointer: `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      message: `${what}${hint ? `; did you mean '${hint}'?` : isRules ? " (run 'charter rules' for the list)" : ` (allowed: ${allowed.join(', ')})`}`,
      at: 'key',
    };
  }
  if (e.keyword === 'enum') {
    const values = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
    const value = valueAt(data, fromPointer(e.instancePath));
    const hint = typeof value === 'string' ? closest(value, values) : undefined;
    return { pointer: e.instancePath, message: `${where} must be one of ${values.join(', ')}${hint ? `; did you mean '${hint}'?` : ''}`, at: 'value' };
  }
  if (e.keyword === 'anyOf' && /\/rules\/[^/]+$/.test(e.instancePath)) {
    const value = valueAt(data, fromPointer(e.instancePath));
    const hint = typeof value === 'string' ? closest(value, ['off', 'info', 'warning', 'error']) : undefined;
    return {
      pointer: e.instancePath,
      message: `${where} must be off, info, warning or error, or {severity, options}${hint ? `; did you mean '${hint}'?` : ''}`,
      at: 'value',
    };
  }
  return { pointer: e.instancePath, message: `${where} ${e.message ?? 'is invalid'}`, at: 'value' };
}

/** Reads, validates and resolves a configuration file. Errors are one line, located: file:line:col (exit 2). */
export function loadConfig(file: string): LintConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CharterError(`${file}: cannot read the configuration${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
  }
  text = text.replace(/^\uFEFF/, '');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = lc.linePos(e.pos[0]);
    throw new CharterError(`${file}:${pos.line}:${pos.col}: the configuration is not valid YAML/JSON: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  const data = (doc.toJS() ?? {}) as unknown;
  if (validateConfig === undefined) {
    const Ajv = AjvModule.default;
    validateConfig = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  }
  if (!validateConfig(data)) throw (() => {
    const d = describeError(validateConfig!.errors ?? [], data);
    return located(file, doc, lc, text, d.pointer, d.message, d.at);
  })();
  const cfg = data as ConfigFile;
  const baseDir = dirname(resolve(file));
  const preset = cfg.extends ?? 'charter:recommended';
  const rules = presetRules(preset);
  for (const s of settingAliases()) {
    const v = cfg.settings?.[s.path[0]]?.[s.path[1]];
    if (v !== undefined) for (const id of s.rules) rules[id]!.options[s.option] = v;
  }
  for (const [id, raw] of Object.entries(cfg.rules ?? {})) {
    const set = normalizeSetting(raw);
    if (set.severity) rules[id]!.severity = set.severity;
    if (set.options) Object.assign(rules[id]!.options, set.options);
  }
  return {
    file,
    baseDir,
    preset,
    rules,
    overrides: (cfg.overrides ?? []).map((o) => {
      const files = typeof o.files === 'string' ? [o.files] : o.files;
      return { files, match: files.map(globToRegExp), rules: Object.fromEntries(Object.entries(o.rules).map(([id, v]) => [id, normalizeSetting(v)])) };
    }),
    ignores: cfg.ignores ?? [],
    requireReasons: cfg.requireReasons ?? preset === 'charter:strict',
    strictRefs: cfg.strictRefs ?? false,
  };
}

