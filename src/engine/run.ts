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
import { crossRulesApply, runCrossRules, sortFindings, todayUtc, type PendingFinding } from './run-rules.js';
import { applyDirectives, type Directive } from './suppress.js';
import { builtinContext, fileConfigs, lintFile, loadFullParse, type FileContext, type FileOutcome, type FullParse, type LintInput, type LintedFile, type Reader } from './file.js';
import { crossRules as builtinCrossRules, rules as builtinRules } from '../rules/support/registry.js';
import { ruleInfos, type RuleInfo } from '../rules/support/info.js';
import { CharterError } from '../errors.js';
import { readBytes } from '../files.js';
import { decodeCharter } from '../model/decode.js';
import type { LintCache } from './cache.js';
import type { AnyCrossRule, AnyRule, CrossCharter } from '../rules/support/types.js';
import { defaultConfig, findConfigFile, resolveFileConfig, type LintConfig } from '../config/config.js';

export type { FullParse, LintInput, LintedFile, Reader } from './file.js';

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
  /**
   * Lint workers besides the main thread for runs of many files: a number, `auto` (default: one
   * per spare core, when there are enough files) or `off`. Only the built-in rules run in workers.
   */
  concurrency?: number | 'auto' | 'off';
  /** The cross-charter rules (default: every built-in cross rule). */
  crossRules?: readonly AnyCrossRule[];
  /** Force a reader (tests; see {@link Reader}); the default `auto` is the only choice commands make. */
  reader?: Reader;
  /**
   * Results kept between runs over the same files (the language server): a file whose text is
   * unchanged is not read again (see engine/cache.ts). Used when the files are linted on this thread.
   */
  cache?: LintCache;
}

/** What {@link lintInputs} returns. */
export interface EngineResult {
  /** One entry per linted input, in input order (skipped non-charters left out). */
  files: LintedFile[];
  /** Files found in folders that were skipped as no charters (no top-level `charter` key), in input order. */
  skipped: string[];
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

/**
 * Lints files and documents through the whole sequence (see the module comment). The `yaml`
 * parse is loaded only when a file has findings to place. Many files are shared with lint
 * workers (engine/parallel.ts) that run step 2 on other cores; the rest of the sequence runs here.
 */
export async function lintInputs(inputs: readonly LintInput[], options: EngineOptions = {}): Promise<EngineResult> {
  const config = options.config ?? (await loadEngineConfig(options.cwd ?? process.cwd(), options.configFile));
  let outcomes: FileOutcome[] | undefined;
  if (options.rules === undefined && (options.reader ?? 'auto') === 'auto' && inputs.length >= PARALLEL_MIN_FILES && options.concurrency !== 'off' && options.concurrency !== 0) {
    const { lintInParallel } = await import('./parallel.js');
    const ctx = builtinContext(config, options.asOf ?? todayUtc(), options.inlineConfig !== false, options.keepData === true);
    outcomes = await lintInParallel(inputs, ctx, { config, concurrency: options.concurrency ?? 'auto', onFile: options.onFile });
  }
  const run = sequence(inputs, options, config, outcomes);
  let step = run.next();
  while (!step.done) step = run.next(await loadFullParse());
  return step.value;
}

/** Below this many files a lint worker costs more to start than it saves. */
const PARALLEL_MIN_FILES = 64;

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
 * `outcomes`, when given, are step 2's results already computed for every input (in parallel).
 */
function* sequence(inputs: readonly LintInput[], options: EngineOptions, config: LintConfig, outcomes?: FileOutcome[]): Generator<'full-parse', EngineResult, FullParse> {
  let full: FullParse | undefined;
  function* fullParse(): Generator<'full-parse', FullParse, FullParse> {
    if (full === undefined) full = yield 'full-parse';
    return full;
  }
  const crossRules = options.crossRules ?? builtinCrossRules;
  const asOf = options.asOf ?? todayUtc();
  const strictRefs = options.strictRefs === true || config.strictRefs;
  const requireReasons = options.requireReasons === true || config.requireReasons;
  const configFor = fileConfigs(config);
  const ctx: FileContext = {
    rules: options.rules ?? builtinRules,
    asOf,
    inline: options.inlineConfig !== false,
    keepData: options.keepData === true,
    configFor,
    reader: options.reader ?? 'auto',
  };

  // One file at a time: a parsed document (with its positions) is dropped as soon as its
  // findings are placed, so memory stays flat however many charters are linted. What is kept is
  // the text, the cross-charter view of the data and any suppression comments.
  const files: LintedFile[] = [];
  const skipped: string[] = [];
  const crossData: CrossCharter[] = [];
  const directives = new Map<number, Directive[]>();
  const cache = outcomes === undefined ? options.cache?.begin({ config, rules: ctx.rules, asOf, inline: ctx.inline, keepData: ctx.keepData, reader: ctx.reader ?? 'auto' }) : undefined;
  for (let i = 0; i < inputs.length; i++) {
    let outcome: FileOutcome;
    if (outcomes !== undefined) outcome = outcomes[i]!;
    else {
      options.onFile?.(i + 1, inputs.length);
      const input = inputs[i]!;
      // Only a text given in memory is known to be unchanged (a file is read again).
      const hit = input.text !== undefined ? cache?.outcome(input.file, input.text) : undefined;
      if (hit !== undefined) outcome = hit;
      else {
        outcome = yield* lintFile(input, ctx, fullParse);
        if (input.text !== undefined) cache?.keep(input.file, input.text, outcome);
      }
    }
    if ('error' in outcome) throw new CharterError(outcome.error.message, outcome.error.exitCode);
    if ('skipped' in outcome) {
      skipped.push(inputs[i]!.file);
      continue;
    }
    const { entry, cross, directives: ds } = outcome.result;
    if (cross) crossData.push(cross);
    if (ds) directives.set(files.length, ds);
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
    for (const entry of files) {
      const mine = byFile.get(entry.file);
      if (!mine) continue;
      // Kept only for text given in memory (a file on disk may have changed since).
      const text = entry.text;
      const kept = cache !== undefined && text !== undefined ? { cache, text, key: JSON.stringify(mine) } : undefined;
      let placed = kept?.cache.placedCross(entry.file, kept.text, kept.key);
      if (placed === undefined) {
        const { parseCharter, placeFindings } = yield* fullParse();
        // Text given in memory is kept; a file on disk is read again (few files have cross findings).
        const loaded = parseCharter(text ?? decodeCharter(readBytes(entry.file), entry.file), entry.file);
        placed = placeFindings(loaded, mine, configFor(entry.file).severities);
        kept?.cache.keepCross(entry.file, kept.text, kept.key, placed);
      }
      entry.findings = sortFindings([...entry.findings, ...placed]);
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

  cache?.end();
  const rulesRun = ruleInfos()
    .filter((r) => (r.scope !== 'cross' || crossRan) && config.rules[r.id]?.severity !== 'off');
  return { files, skipped, crossRan, config, rulesRun };
}

/** Lints one document (a file on disk, or text in memory) on its own: the gates of render, sign and init. */
export async function lintOne(input: LintInput, options: EngineOptions = {}): Promise<LintedFile> {
  const { files } = await lintInputs([{ explicit: true, ...input }], options);
  return files[0]!;
}
