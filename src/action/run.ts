/**
 * The GitHub Action (action.yml): lints the charters, compares them with the pull request's base
 * (`charter diff`), and reports through the runner's files and workflow commands: annotations
 * within GitHub's limits, a job summary, a SARIF file for code scanning, and step outputs. Runs in
 * the runner's Node with no token: everything comes from the checkout and the event payload.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { CharterError } from '../errors.js';
import { expandPaths } from '../files.js';
import { ignoredBy } from '../config/config.js';
import { todayUtc } from '../dates.js';
import { lintInputs, loadEngineConfig } from '../engine/run.js';
import { formatters } from '../formatters/index.js';
import { annotation } from '../formatters/github.js';
import { summarize } from '../formatters/types.js';
import { parseDateFlag } from '../dates.js';
import { writeFileAtomic } from '../fs-atomic.js';
import type { FileResult, Finding, Severity } from '../model/types.js';
import { diffCharters, type DiffReport, type FailKind, type FilePair } from '../diff/report.js';
import { changedLines, gitPairs, type LineSpan } from '../diff/git.js';
import { actionSummary, type Omitted } from './summary.js';
import { readBaseline, withoutBaselined } from '../baseline.js';

/** GitHub shows at most this many annotations of each type (error, warning, notice) per step. */
export const PER_TYPE_LIMIT = 10;
/** …and at most this many per job. */
export const PER_JOB_LIMIT = 50;

const FAIL_KINDS: readonly FailKind[] = ['lowered-target', 'ownership-moved', 'signatures-stale', 'new-errors'];

/** The action's inputs, from the `INPUT_*` variables the runner sets. */
export interface ActionInputs {
  paths: string[];
  config?: string;
  asOf?: string;
  failOn: FailKind[];
  /** The revision to compare with; undefined: no comparison. */
  diffBase?: string;
  /** A baseline file (`charter lint --update-baseline`): the findings it holds are left out. */
  baseline?: string;
}

type Env = Record<string, string | undefined>;

function input(env: Env, name: string): string | undefined {
  const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** The pull request's base commit, from the event payload (`pull_request` and `pull_request_target`). */
function baseFromEvent(env: Env): string | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
    const sha = event.pull_request?.base?.sha;
    return typeof sha === 'string' && sha !== '' ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the inputs; a bad one is a CharterError naming it. */
export function readInputs(env: Env): ActionInputs {
  const failOn = (input(env, 'fail-on') ?? '').split(/[\s,]+/).filter((s) => s !== '');
  for (const k of failOn) {
    if (!(FAIL_KINDS as readonly string[]).includes(k)) throw new CharterError(`input fail-on: unknown kind '${k}': choose from ${FAIL_KINDS.join(', ')}`);
  }
  const asOf = input(env, 'as-of');
  const config = input(env, 'config');
  const diffBase = input(env, 'diff-base') ?? baseFromEvent(env);
  const baseline = input(env, 'baseline');
  return {
    paths: (input(env, 'paths') ?? '.').split(/\s+/).filter((s) => s !== ''),
    ...(config !== undefined ? { config } : {}),
    ...(asOf !== undefined ? { asOf: parseDateFlag(asOf, 'input as-of') } : {}),
    failOn: failOn as FailKind[],
    ...(diffBase !== undefined ? { diffBase } : {}),
    ...(baseline !== undefined ? { baseline } : {}),
  };
}


/** Where a change touched the charters: lines of each changed file, keyed by its resolved path. */
export type ChangedLines = ReadonlyMap<string, readonly LineSpan[]>;

/** 0: the finding's lines overlap a changed line; 1: it is in a changed file; 2: elsewhere. */
function nearness(f: Finding, changed: ChangedLines, cwd: string): number {
  const spans = changed.get(resolve(cwd, f.file));
  if (spans === undefined) return 2;
  const first = f.range?.start.line;
  if (first === undefined) return 1;
  const last = f.range?.end.line ?? first;
  return spans.some(([a, b]) => first <= b && last >= a) ? 0 : 1;
}

/**
 * The annotations to emit: findings on the lines the pull request changed first (those GitHub
 * shows inline on "Files changed"), then the rest of the changed files, then the others, at most
 * {@link PER_TYPE_LIMIT} of each type and {@link PER_JOB_LIMIT} in all; the rest are counted.
 * Within each group the report's order (file, line) is kept.
 */
export function pickAnnotations(results: readonly FileResult[], changed: ChangedLines, cwd = '.'): { shown: Finding[]; omitted: Omitted } {
  const groups: Finding[][] = [[], [], []];
  for (const f of results.flatMap((r) => r.findings)) groups[nearness(f, changed, cwd)]!.push(f);
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const omitted: Omitted = { error: 0, warning: 0, info: 0 };
  const shown: Finding[] = [];
  for (const f of groups.flat()) {
    if (used[f.severity] < PER_TYPE_LIMIT && shown.length < PER_JOB_LIMIT) {
      used[f.severity]++;
      shown.push(f);
    } else omitted[f.severity]++;
  }
  return { shown, omitted };
}

/** Appends `name=value` outputs to the file the runner reads them from (GITHUB_OUTPUT). */
function setOutputs(env: Env, outputs: Record<string, string | number>): void {
  const file = env['GITHUB_OUTPUT'];
  if (!file) return;
  appendFileSync(file, Object.entries(outputs).map(([k, v]) => `${k}=${String(v).replace(/[\r\n]+/g, ' ')}\n`).join(''));
}

/** Where the action writes: the log (stdout) and the environment (tests pass their own). */
export interface ActionIo {
  stdout(text: string): void;
  env: Env;
  cwd: string;
}

/** Runs the action; returns the exit code (0 pass, 1 errors or a fail-on kind of change, 2 bad input). */
export async function runAction(io: ActionIo): Promise<number> {
  const { env, cwd } = io;
  try {
    const inputs = readInputs(env);
    const config = await loadEngineConfig(cwd, inputs.config);
    const asOf = inputs.asOf ?? todayUtc();
    const files = await expandPaths(inputs.paths, ignoredBy(config, [], cwd));
    // The baseline is read first, so a missing one stops the step before any work.
    const baselineFile = inputs.baseline === undefined ? undefined : resolve(cwd, inputs.baseline);
    const accepted = baselineFile === undefined ? undefined : readBaseline(baselineFile);
    const linted = await lintInputs(
      files.map((f) => ({ file: f.path, explicit: f.explicit })),
      // Fingerprints name list items by their keys, read from the data.
      { config, asOf, concurrency: 'off', cwd, keepData: accepted !== undefined },
    );
    let results: FileResult[] = linted.files.map((f) => ({ file: f.file, findings: f.findings }));
    if (results.length === 0) throw new CharterError(`no charters found in ${inputs.paths.join(', ')}: set the paths input to the charters' folder`);
    let acceptedCount: number | undefined;
    if (accepted !== undefined && baselineFile !== undefined) {
      ({ results, accepted: acceptedCount } = withoutBaselined(linted.files, accepted, baselineFile, asOf));
    }

    let report: DiffReport | undefined;
    let pairs: FilePair[] = [];
    if (inputs.diffBase !== undefined) {
      try {
        pairs = gitPairs(inputs.diffBase, undefined, inputs.paths, cwd);
        report = await diffCharters(pairs, { config, asOf, cwd }, inputs.failOn);
      } catch (err) {
        if (!(err instanceof CharterError)) throw err;
        // A shallow checkout lacks the base: say how to fix it, and go on with the lint.
        io.stdout(`::warning title=charter diff::${err.message}. Check out with fetch-depth: 0 so that the base commit is there.\n`);
      }
    }

    const changed = new Map<string, readonly LineSpan[]>();
    if (report !== undefined) for (const p of pairs) if (p.new !== undefined) changed.set(resolve(cwd, p.new.file), changedLines(inputs.diffBase!, undefined, p, cwd));
    const { shown, omitted } = pickAnnotations(results, changed, cwd);
    for (const f of shown) io.stdout(annotation(f) + '\n');

    const summary = summarize(results);
    const summaryFile = env['GITHUB_STEP_SUMMARY'];
    if (summaryFile) appendFileSync(summaryFile, actionSummary(results, report, omitted, acceptedCount === undefined ? undefined : { count: acceptedCount, file: inputs.baseline! }));

    const sarifPath = join(env['RUNNER_TEMP'] ?? cwd, 'charter.sarif');
    writeFileAtomic(sarifPath, formatters['sarif']!(results, { asOf, color: false, rules: linted.rulesRun, version: pkg.version }), { overwrite: true });
    setOutputs(env, {
      'sarif-file': sarifPath,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      changes: report?.summary.changes ?? 0,
    });

    const hidden = omitted.error + omitted.warning + omitted.info;
    io.stdout(
      `charter: ${summary.files} charter${summary.files === 1 ? '' : 's'} checked: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos` +
        (acceptedCount !== undefined ? ` (${acceptedCount} more accepted in ${inputs.baseline})` : '') +
        (hidden > 0 ? ` (${hidden} not annotated: GitHub shows ${PER_TYPE_LIMIT} of each kind per step; all are in the job summary)` : '') +
        '\n',
    );
    const reasons: string[] = [];
    if (summary.errors > 0) reasons.push(`${summary.errors} error finding${summary.errors === 1 ? '' : 's'}`);
    if (report && report.failed.length > 0) reasons.push(`the change: ${report.failed.join(', ')}`);
    if (reasons.length > 0) {
      io.stdout(`::error title=charter::fails on ${reasons.join(' and ')}\n`);
      return 1;
    }
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stdout(`::error title=charter::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    return err instanceof CharterError ? err.exitCode : 2;
  }
}
