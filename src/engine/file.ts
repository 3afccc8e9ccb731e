/*
 * Step 2 of the lint sequence (engine/run.ts) for one file: read it, run the single-charter rules
 * on the fast reader's data or, for a file with findings or one the fast reader declines, on the
 * full `yaml` parse that places them. The main thread and the lint workers (engine/worker.ts) run
 * this same function, so a file gets the same findings whichever thread reads it.
 */
import { crossView, quickLint } from './run-rules.js';
import { hasDirectives, parseDirectives, type Directive } from './suppress.js';
import { rules as builtinRules } from '../rules/support/registry.js';
import { decodeCharter, stripBom } from '../model/decode.js';
import type { Finding } from '../model/types.js';
import type { AnyRule, CrossCharter } from '../rules/support/types.js';
import { readBytes, looksLikeCharter } from '../files.js';
import { notACharter } from '../schema/validate.js';
import { resolveFileConfig, type FileConfig, type LintConfig } from '../config/config.js';

/** One file to lint: read from disk, or given as text (an editor's buffer, a git revision). */
export interface LintInput {
  file: string;
  /** The file's text; when absent it is read from `file`. */
  text?: string;
  /**
   * `true`: named by the user; a file whose top level has none of the charter format's keys is
   * refused (exit 2, see {@link notACharter}). `false`: found by walking a folder; a file without
   * a top-level `charter` key is skipped. Absent (library, editor): always linted.
   */
  explicit?: boolean;
}

/** The verdict on one file. */
export interface LintedFile {
  file: string;
  findings: Finding[];
  /**
   * The text that was linted (without a byte order mark), when the input gave it in memory. A
   * file read from disk is not held: placing cross-charter findings in it reads it again, so a
   * run over thousands of charters keeps no copy of each.
   */
  text?: string;
  /** The charter's data, with `keepData`; absent when the file does not parse as YAML. */
  data?: Record<string, unknown>;
  /** False when the file does not parse as YAML (its findings are `yaml-syntax`). */
  parsed: boolean;
}

/** The full `yaml` parse and the engine parts that place findings (see model/fast.ts). */
export type FullParse = Pick<typeof import('../model/document.js'), 'parseCharter'> &
  Pick<typeof import('./place.js'), 'lintCharter' | 'placeReported' | 'placeFindings'>;

/**
 * Loads {@link FullParse} on first use: a run whose charters are all clean never needs the `yaml`
 * package or the placing code.
 */
export async function loadFullParse(): Promise<FullParse> {
  const [document, place] = await Promise.all([import('../model/document.js'), import('./place.js')]);
  return { parseCharter: document.parseCharter, lintCharter: place.lintCharter, placeReported: place.placeReported, placeFindings: place.placeFindings };
}

/** What one file contributes to the rest of the sequence. */
export interface FileResult {
  entry: LintedFile;
  /** The cross-charter view of its data (absent when it does not parse). */
  cross?: CrossCharter;
  /** Its inline `charter-disable…` comments. */
  directives?: Directive[];
}

/** What linting one input gave: a result, a skipped non-charter, or the error reading it. */
export type FileOutcome = { result: FileResult } | { skipped: true } | { error: { message: string; exitCode: number } };

/** What every file of a run shares. */
export interface FileContext {
  rules: readonly AnyRule[];
  asOf: string;
  inline: boolean;
  keepData: boolean;
  configFor: (file: string) => FileConfig;
  /** Which reader gives the data the rules run on (see {@link Reader}); default `auto`. */
  reader?: Reader;
}

/**
 * `auto`: the fast reader, and the full parse for a file it declines (what every command does).
 * `fast`: the fast reader, and a file it declines is an error. `full`: the full `yaml` parse only.
 * The rule tests run every case both ways, so each rule is checked on the data each reader gives.
 */
export type Reader = 'auto' | 'fast' | 'full';

/** Per-file configuration, computed once per distinct set of matching overrides. */
export function fileConfigs(config: LintConfig): (file: string) => FileConfig {
  const cache = new Map<string, FileConfig>();
  return (file) => {
    if (config.overrides.length === 0) {
      let c = cache.get('');
      if (!c) cache.set('', (c = resolveFileConfig(config, file)));
      return c;
    }
    const c = resolveFileConfig(config, file);
    const key = JSON.stringify(c);
    const hit = cache.get(key);
    if (hit) return hit;
    cache.set(key, c);
    return c;
  };
}

/** The context for built-in rules (the only ones a worker can run: rules are code). */
export function builtinContext(config: LintConfig, asOf: string, inline: boolean, keepData: boolean): FileContext {
  return { rules: builtinRules, asOf, inline, keepData, configFor: fileConfigs(config) };
}

/**
 * Lints one input. A generator that yields once, the first time it needs the full parse; the
 * driver (async or sync) resumes it with that module (see engine/run.ts).
 */
export function* lintFile(input: LintInput, ctx: FileContext, full: () => Generator<'full-parse', FullParse, FullParse>): Generator<'full-parse', FileOutcome, FullParse> {
  let text: string;
  try {
    text = input.text !== undefined ? stripBom(input.text) : decodeCharter(readBytes(input.file), input.file);
  } catch (err) {
    const e = err as Error & { exitCode?: number };
    if (typeof e.exitCode !== 'number') throw err;
    return { error: { message: e.message, exitCode: e.exitCode } };
  }
  if (input.explicit === false && !looksLikeCharter(text)) return { skipped: true };
  const fc = ctx.configFor(input.file);
  const lintOptions = { rules: ctx.rules, asOf: ctx.asOf, severities: fc.severities, ruleOptions: fc.ruleOptions };
  // Most charters are clean: read them without positions first; only a file with findings (or
  // one the fast reader declines) is parsed with yaml, to place them.
  const quick = ctx.reader === 'full' ? undefined : quickLint(text, lintOptions);
  if (quick === undefined && ctx.reader === 'fast') throw new Error(`${input.file}: the fast reader declines this file (reader 'fast')`);
  const refuse = (data: Record<string, unknown>): FileOutcome | undefined => {
    const message = input.explicit === true ? notACharter(input.file, data) : undefined;
    return message === undefined ? undefined : { error: { message, exitCode: 2 } };
  };
  const refused = quick === undefined ? undefined : refuse(quick.data);
  if (refused) return refused;
  const result: FileResult = { entry: { file: input.file, findings: [], ...(input.text !== undefined ? { text } : {}), parsed: true } };
  if (quick !== undefined && quick.reported.length === 0) {
    if (ctx.keepData) result.entry.data = quick.data;
    result.cross = { file: input.file, data: crossView(quick.data) };
  } else {
    const { parseCharter, lintCharter, placeReported } = yield* full();
    const loaded = parseCharter(text, input.file, quick);
    const parsed = loaded.fatal.length === 0;
    const notCharter = quick === undefined && parsed ? refuse(loaded.data) : undefined;
    if (notCharter) return notCharter;
    result.entry.findings = quick !== undefined && parsed ? placeReported(loaded, quick.reported) : lintCharter(loaded, lintOptions);
    result.entry.parsed = parsed;
    if (parsed) {
      if (ctx.keepData) result.entry.data = loaded.data;
      result.cross = { file: input.file, data: crossView(loaded.data) };
    }
  }
  if (ctx.inline && hasDirectives(text)) {
    const ds = parseDirectives(text);
    if (ds.length > 0) result.directives = ds;
  }
  return { result };
}

/** Runs {@link lintFile} to the end, synchronously, with the full parse at hand. */
export function lintFileSync(input: LintInput, ctx: FileContext, full: FullParse): FileOutcome {
  const run = lintFile(input, ctx, function* () {
    return full;
  });
  const step = run.next();
  if (!step.done) throw new Error('lintFileSync: the full parse was given');
  return step.value;
}
