/*
 * The one lint entry. Every verdict the tool gives — `lint`, the gates of `render`, `sign` and
 * `approve`, `init`'s closing summary, the library's `lint()`, the language server — comes from
 * {@link lintInputs}, so a finding silenced in the configuration or by an inline comment is
 * silenced everywhere.
 *
 * The sequence, for a set of files or in-memory documents:
 * 1. the configuration that applies to each file (overrides by glob);
 * 2. the fast reader (js-yaml, no positions; model/fast.ts) or, for a file with findings or one
 *    the fast reader declines, the full `yaml` parse that places findings — this function is the
 *    only place that makes that choice;
 * 3. inline directives (`charter-disable…`) and `unused-disable`;
 * 4. the cross-charter rules, on the documents already in memory;
 * 5. sorting.
 */
import { relative } from 'node:path';
import { crossRulesApply, crossView, quickLint, runCrossRules, sortFindings, todayUtc, type PendingFinding } from './lint.js';
import { applyDirectives, hasDirectives, parseDirectives, type Directive } from './suppress.js';
import { crossRules as builtinCrossRules, rules as builtinRules } from '../rules/index.js';
import { ruleInfos, type RuleInfo } from '../rules/info.js';
import { decodeCharter, stripBom } from '../model/decode.js';
import type { Finding } from '../model/types.js';
import type { AnyCrossRule, AnyRule, CrossCharter } from '../rules/types.js';
import { readBytes, looksLikeCharter } from '../files.js';
import { defaultConfig, findConfigFile, resolveFileConfig, type FileConfig, type LintConfig } from '../config/config.js';

/** One file to lint: read from disk, or given as text (an editor's buffer, a git revision). */
export interface LintInput {
  file: string;
  /** The file's text; when absent it is read from `file`. */
  text?: string;
  /**
   * Named by the user rather than found by walking a folder. A file found in a folder walk that
   * does not look like a charter (no top-level `charter` key) is skipped.
   */
  explicit?: boolean;
}

/** Options of {@link lintInputs}. */
export interface EngineOptions {
  /** Where the configuration file is looked for, upward (default: the current folder). */
  cwd?: string;
  /** An already loaded configuration; takes precedence over `configFile` and the search. */
  config?: LintConfig;
  /** An explicit configuration file (`--config`). */
  configFile?: string;
  /** Reference date of the date rules, `YYYY-MM-DD` (default: today in UTC). */
  asOf?: string;
  /** Report references to charters that are not loaded (also `strictRefs` in the configuration). */
  strictRefs?: boolean;
  /** A `charter-disable` comment must give a reason (also `requireReasons` in the configuration). */
  requireReasons?: boolean;
  /** Honour inline `charter-disable…` comments (default true). */
  inlineConfig?: boolean;
  /** Keep each file's data (as read) in its result, for commands that go on to use it. */
  keepData?: boolean;
  /** Called after each file is read and linted (progress lines). */
  onFile?: (done: number, total: number) => void;
  /** The single-charter rules (default: every built-in rule). */
  rules?: readonly AnyRule[];
  /** The cross-charter rules (default: every built-in cross rule). */
  crossRules?: readonly AnyCrossRule[];
}

/** The verdict on one file. */
export interface LintedFile {
  file: string;
  findings: Finding[];
  /** The text that was linted (without a byte order mark). */
  text: string;
  /** The charter's data, with `keepData`; absent when the file does not parse as YAML. */
  data?: Record<string, unknown>;
  /** False when the file does not parse as YAML (its findings are `yaml-syntax`). */
  parsed: boolean;
}

/** What {@link lintInputs} returns. */
export interface EngineResult {
  /** One entry per linted input, in input order (skipped non-charters left out). */
  files: LintedFile[];
  /** Whether the cross-charter rules ran (more than one charter, or `strictRefs`). */
  crossRan: boolean;
  /** The configuration used. */
  config: LintConfig;
  /** The rules that ran, for formatters that list them (SARIF, JUnit). */
  rulesRun: RuleInfo[];
}

/**
 * The configuration: `configFile`, else the first configuration file found from `cwd` upward,
 * else the defaults. ajv and the configuration schema load only when there is a file.
 */
export async function loadEngineConfig(cwd: string, configFile?: string): Promise<LintConfig> {
  const file = configPath(cwd, configFile);
  if (file === undefined) return defaultConfig(cwd);
  const { loadConfig } = await import('../config/load.js');
  return loadConfig(file);
}

/**
 * The configuration file to read: `configFile`, else the first one found from `cwd` upward
 * (shown relative to the current folder in messages, and read from there); undefined for none.
 */
function configPath(cwd: string, configFile: string | undefined): string | undefined {
  if (configFile !== undefined) return configFile;
  const found = findConfigFile(cwd);
  return found === undefined ? undefined : relative(process.cwd(), found) || found;
}

/** The full `yaml` parse and the engine parts that place findings (see model/fast.ts). */
export type FullParse = Pick<typeof import('../model/document.js'), 'parseCharter'> &
  Pick<typeof import('./place.js'), 'lintCharter' | 'placeReported' | 'placeFindings'>;

/**
 * Loads {@link FullParse} on first use: a run whose charters are all clean never needs the `yaml`
 * package or the placing code.
 */
async function loadFullParse(): Promise<FullParse> {
  const [document, place] = await Promise.all([import('../model/document.js'), import('./place.js')]);
  return { parseCharter: document.parseCharter, lintCharter: place.lintCharter, placeReported: place.placeReported, placeFindings: place.placeFindings };
}

/** Per-file configuration, computed once per distinct set of matching overrides. */
function fileConfigs(config: LintConfig): (file: string) => FileConfig {
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

/**
 * Lints files and documents through the whole sequence (see the module comment). The `yaml`
 * parse is loaded only when a file has findings to place.
 */
export async function lintInputs(inputs: readonly LintInput[], options: EngineOptions = {}): Promise<EngineResult> {
  const config = options.config ?? (await loadEngineConfig(options.cwd ?? process.cwd(), options.configFile));
  const run = sequence(inputs, options, config);
  let step = run.next();
  while (!step.done) step = run.next(await loadFullParse());
  return step.value;
}

/**
 * The same sequence, synchronously, for the library's `lint()`: the caller supplies the full parse
 * (imported statically) and, unless `options.config` is given, the configuration is read with the
 * synchronous loader.
 */
export function lintInputsSync(
  inputs: readonly LintInput[],
  options: EngineOptions,
  full: FullParse,
  loadConfig: (file: string) => LintConfig,
): EngineResult {
  const file = options.config === undefined ? configPath(options.cwd ?? process.cwd(), options.configFile) : undefined;
  const config = options.config ?? (file === undefined ? defaultConfig(options.cwd ?? process.cwd()) : loadConfig(file));
  const run = sequence(inputs, options, config);
  let step = run.next();
  while (!step.done) step = run.next(full);
  return step.value;
}

/**
 * The sequence itself, as a generator: it yields once, the first time it needs the full parse,
 * and the driver (async or sync) resumes it with that module. One body for both drivers.
 */
function* sequence(inputs: readonly LintInput[], options: EngineOptions, config: LintConfig): Generator<'full-parse', EngineResult, FullParse> {
  let full: FullParse | undefined;
  function* fullParse(): Generator<'full-parse', FullParse, FullParse> {
    if (full === undefined) full = yield 'full-parse';
    return full;
  }
  const rules = options.rules ?? builtinRules;
  const crossRules = options.crossRules ?? builtinCrossRules;
  const asOf = options.asOf ?? todayUtc();
  const strictRefs = options.strictRefs === true || config.strictRefs;
  const requireReasons = options.requireReasons === true || config.requireReasons;
  const inline = options.inlineConfig !== false;
  const configFor = fileConfigs(config);

  // One file at a time: a parsed document (with its positions) is dropped as soon as its
  // findings are placed, so memory stays flat however many charters are linted. What is kept is
  // the text, the cross-charter view of the data and any suppression comments.
  const files: LintedFile[] = [];
  const crossData: CrossCharter[] = [];
  const directives = new Map<number, Directive[]>();
  let done = 0;
  for (const input of inputs) {
    options.onFile?.(++done, inputs.length);
    const text = input.text !== undefined ? stripBom(input.text) : decodeCharter(readBytes(input.file), input.file);
    if (input.explicit === false && !looksLikeCharter(text)) continue;
    const fc = configFor(input.file);
    const lintOptions = { rules, asOf, severities: fc.severities, ruleOptions: fc.ruleOptions };
    // Most charters are clean: read them without positions first; only a file with findings (or
    // one the fast reader declines) is parsed with yaml, to place them.
    const quick = quickLint(text, lintOptions);
    let entry: LintedFile;
    if (quick !== undefined && quick.reported.length === 0) {
      entry = { file: input.file, findings: [], text, parsed: true };
      if (options.keepData) entry.data = quick.data;
      crossData.push({ file: input.file, data: crossView(quick.data) });
    } else {
      const { parseCharter, lintCharter, placeReported } = yield* fullParse();
      const loaded = parseCharter(text, input.file, quick);
      const parsed = loaded.fatal.length === 0;
      const findings = quick !== undefined && parsed ? placeReported(loaded, quick.reported) : lintCharter(loaded, lintOptions);
      entry = { file: input.file, findings, text, parsed };
      if (parsed) {
        if (options.keepData) entry.data = loaded.data;
        crossData.push({ file: input.file, data: crossView(loaded.data) });
      }
    }
    if (inline && hasDirectives(text)) {
      const ds = parseDirectives(text);
      if (ds.length > 0) directives.set(files.length, ds);
    }
    files.push(entry);
  }

  const crossRan = crossRules.length > 0 && crossRulesApply(files.length, { strictRefs });
  if (crossRan) {
    const base = resolveFileConfig({ ...config, overrides: [] }, '.');
    const pending = runCrossRules(crossData, { crossRules, asOf, strictRefs, severities: base.severities, ruleOptions: base.ruleOptions });
    const byFile = new Map<string, PendingFinding[]>();
    for (const p of pending) {
      const list = byFile.get(p.file);
      if (list) list.push(p);
      else byFile.set(p.file, [p]);
    }
    if (byFile.size > 0) {
      const { parseCharter, placeFindings } = yield* fullParse();
      for (const entry of files) {
        const mine = byFile.get(entry.file);
        if (!mine) continue;
        // The text is in memory: placing needs no second read of the file.
        const loaded = parseCharter(entry.text, entry.file);
        entry.findings = sortFindings([...entry.findings, ...placeFindings(loaded, mine, configFor(entry.file).severities)]);
      }
    }
  }

  if (directives.size > 0) {
    const knownRules = new Set(ruleInfos().map((r) => r.id));
    for (const [index, ds] of directives) {
      const entry = files[index]!;
      const unusedSeverity = configFor(entry.file).severities['unused-disable'] ?? 'warning';
      entry.findings = sortFindings(applyDirectives(entry.file, entry.findings, ds, { knownRules, unusedSeverity, requireReasons }));
    }
  }

  const rulesRun = ruleInfos()
    .filter((r) => (r.scope !== 'cross' || crossRan) && config.rules[r.id]?.severity !== 'off');
  return { files, crossRan, config, rulesRun };
}

/** Lints one document (a file on disk, or text in memory) on its own: the gates of render, sign and init. */
export async function lintOne(input: LintInput, options: EngineOptions = {}): Promise<LintedFile> {
  const { files } = await lintInputs([{ explicit: true, ...input }], options);
  return files[0]!;
}
