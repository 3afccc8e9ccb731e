import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { crossRulesApply, crossView, quickLint, runCrossRules, sortFindings, todayUtc, type PendingFinding } from '../engine/lint.js';
import { applyDirectives, hasDirectives, parseDirectives, type Directive } from '../engine/suppress.js';
import { crossRules, rules } from '../rules/index.js';
import { decodeCharter } from '../model/decode.js';
import type { FileResult } from '../model/types.js';
import type { CrossCharter } from '../rules/types.js';
import { expandPaths, readBytes, looksLikeCharter } from '../files.js';
import { formatters } from '../formatters/index.js';
import { summarize } from '../formatters/types.js';
import { CharterError } from '../errors.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { ruleInfos } from '../rules/info.js';
import { defaultConfig, findConfigFile, ignoredBy, resolveFileConfig, type FileConfig, type LintConfig } from '../config/config.js';
import { useColor, type Io } from './io.js';
import type { FormatName, LintCommandOptions, LintOutput } from './lint.js';

/** Above this many files, a progress line is shown on stderr (on a terminal, outside CI). */
export const PROGRESS_THRESHOLD = 300;

/** The reports to write: as given, or the default format on stdout (`github` inside GitHub Actions). */
function resolveOutputs(outputs: readonly LintOutput[], io: Io): Array<{ format: FormatName; file?: string }> {
  const fallback: FormatName = io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish';
  const list = outputs.length > 0 ? outputs : [{}];
  return list.map((o) => ({ format: o.format ?? fallback, ...(o.file !== undefined ? { file: o.file } : {}) }));
}

/** The configuration: `--config`, else the first file found from `cwd` upward, else the defaults. */
async function loadLintConfig(options: LintCommandOptions, cwd: string): Promise<LintConfig> {
  const found = options.config === undefined ? findConfigFile(cwd) : undefined;
  const file = options.config ?? (found !== undefined ? relative(cwd, found) || found : undefined);
  if (file === undefined) return defaultConfig(cwd);
  // ajv and the config schema load only when there is a configuration.
  const { loadConfig } = await import('../config/load.js');
  return loadConfig(file);
}

/**
 * The full `yaml` parse and the engine parts that place findings, loaded on first use: a run
 * whose charters are all clean never needs them (see model/fast.ts).
 */
async function fullParse(): Promise<typeof import('../model/document.js') & typeof import('../engine/place.js')> {
  const [document, place] = await Promise.all([import('../model/document.js'), import('../engine/place.js')]);
  return { ...document, ...place };
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

function progress(io: Io, total: number): { tick(done: number): void; end(): void } {
  const on = io.stderrIsTTY === true && total > PROGRESS_THRESHOLD && !io.env['CI'];
  return {
    tick(done) {
      if (on && (done % 25 === 0 || done === total)) io.stderr(`\rcharter: linting ${done}/${total} files`);
    },
    end() {
      if (on) io.stderr('\r\u001b[K');
    },
  };
}

/** Prints the configuration that applies to one file (`--print-config FILE`). */
function printConfig(config: LintConfig, file: string, options: LintCommandOptions, cwd: string, io: Io): number {
  const fc = resolveFileConfig(config, file);
  const out = {
    file,
    configFile: config.file ?? null,
    extends: config.preset,
    ignored: ignoredBy(config, options.ignorePatterns ?? [], cwd)(file),
    strictRefs: options.strictRefs === true || config.strictRefs,
    requireReasons: options.requireReasons === true || config.requireReasons,
    inlineConfig: options.inlineConfig !== false,
    rules: Object.fromEntries(
      ruleInfos()
        .filter((r) => r.id !== 'yaml-syntax')
        .map((r) => [r.id, fc.ruleOptions[r.id] ? { severity: fc.severities[r.id], options: fc.ruleOptions[r.id] } : fc.severities[r.id]]),
    ),
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}

/** Lints the charters named by `options.paths`; returns the exit code (0 clean, 1 error findings or too many warnings). */
export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const cwd = process.cwd();
  const config = await loadLintConfig(options, cwd);
  if (options.printConfig !== undefined) return printConfig(config, options.printConfig, options, cwd, io);
  const outputs = resolveOutputs(options.outputs, io);
  // Refuse before the work, not after it: an existing report is only replaced with --force.
  for (const o of outputs) {
    if (o.file !== undefined && !options.force && existsSync(o.file)) {
      throw new CharterError(`${o.file}: file exists; use --force to overwrite it`);
    }
  }
  const files = await expandPaths(options.paths, ignoredBy(config, options.ignorePatterns ?? [], cwd));
  const asOf = options.asOf ?? todayUtc();
  const strictRefs = options.strictRefs === true || config.strictRefs;
  const requireReasons = options.requireReasons === true || config.requireReasons;
  const inline = options.inlineConfig !== false;
  const configFor = fileConfigs(config);
  const bar = progress(io, files.length);
  // One file at a time: a parsed document (with its positions) is dropped as soon as its
  // findings are known, so memory stays flat however many charters are linted. Only the plain
  // data (for the cross-charter rules) and any suppression comments are kept; the few files that
  // get a cross-charter finding are parsed again to locate it.
  let results: FileResult[] = [];
  const crossData: CrossCharter[] = [];
  const directives = new Map<string, Directive[]>();
  let done = 0;
  for (const f of files) {
    bar.tick(++done);
    const text = decodeCharter(readBytes(f.path), f.path);
    if (!f.explicit && !looksLikeCharter(text)) continue;
    const fc = configFor(f.path);
    const lintOptions = { rules, asOf, severities: fc.severities, ruleOptions: fc.ruleOptions };
    // Most charters in CI are clean: read them without positions first (see model/fast.ts); only
    // a file with findings is parsed again with yaml, to place them.
    const quick = quickLint(text, lintOptions);
    if (quick !== undefined && quick.reported.length === 0) {
      results.push({ file: f.path, findings: [] });
      crossData.push({ file: f.path, data: crossView(quick.data) });
    } else {
      const { parseCharter, lintCharter, placeReported } = await fullParse();
      const loaded = parseCharter(text, f.path, quick);
      const placed = quick !== undefined && loaded.fatal.length === 0 ? placeReported(loaded, quick.reported) : lintCharter(loaded, lintOptions);
      results.push({ file: f.path, findings: placed });
      if (loaded.fatal.length === 0) crossData.push({ file: f.path, data: crossView(loaded.data) });
    }
    if (inline && hasDirectives(text)) {
      const ds = parseDirectives(text);
      if (ds.length > 0) directives.set(f.path, ds);
    }
  }
  bar.end();
  if (results.length === 0) {
    throw new CharterError(
      `no charters found in ${options.paths.join(', ')}: a charter is a .yaml/.yml file whose top level has 'charter: 1' (create one with 'charter init')`,
    );
  }
  const crossRan = crossRulesApply(results.length, { strictRefs });
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
      const { parseCharter, placeFindings } = await fullParse();
      results = results.map((r) => {
        const mine = byFile.get(r.file);
        if (!mine) return r;
        const loaded = parseCharter(decodeCharter(readBytes(r.file), r.file), r.file);
        return { file: r.file, findings: sortFindings([...r.findings, ...placeFindings(loaded, mine, configFor(r.file).severities)]) };
      });
    }
  }
  if (directives.size > 0) {
    const knownRules = new Set(ruleInfos().map((r) => r.id));
    results = results.map((r) => {
      const ds = directives.get(r.file);
      if (!ds) return r;
      const unusedSeverity = configFor(r.file).severities['unused-disable'] ?? 'warning';
      return { file: r.file, findings: sortFindings(applyDirectives(r.file, r.findings, ds, { knownRules, unusedSeverity, requireReasons })) };
    });
  }
  const { warnings } = summarize(results);
  if (options.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));
  const rulesRun = ruleInfos().filter((r) => (r.scope !== 'cross' || crossRan) && config.rules[r.id]?.severity !== 'off');
  for (const o of outputs) {
    const formatter = formatters[o.format];
    if (!formatter) throw new CharterError(`unknown format '${o.format}'`);
    const color = o.file === undefined && useColor(io);
    const text = formatter(results, { asOf, color, rules: rulesRun, version: pkg.version });
    if (o.file === undefined) io.stdout(text);
    else writeFileAtomic(o.file, text, { overwrite: options.force === true });
  }
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`charter: ${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows\n`);
    return 1;
  }
  return errors ? 1 : 0;
}
