import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Severity } from '../model/types.js';
import { ruleInfos } from '../rules/support/info.js';
import { ignoreMatcher } from './glob.js';

/** The names a configuration file may have, in the order they are looked for in each folder. */
export const CONFIG_NAMES = ['charter.config.yaml', '.charterrc.yaml', '.charterrc.json'] as const;

export type RuleSeverity = Severity | 'off';
export type Preset = 'charter:recommended' | 'charter:strict';

/** A rule's setting: a severity, options, or both. */
export interface RuleSetting {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
}

/** The configuration as read from a file (after validation). */
export interface ConfigFile {
  extends?: Preset;
  rules?: Record<string, RuleSeverity | RuleSetting>;
  /** Keys declared by the rules' options (`setting` in their meta; see settingAliases in rules/support/info.ts). */
  settings?: Record<string, Record<string, unknown>>;
  overrides?: Array<{ files: string | string[]; rules: Record<string, RuleSeverity | RuleSetting> }>;
  ignores?: string[];
  requireReasons?: boolean;
  strictRefs?: boolean;
}

/** A loaded configuration, ready to resolve per file. */
export interface LintConfig {
  /** The configuration file, or undefined when none was found. */
  file?: string;
  /** Globs in the file are relative to this folder (the file's folder, or the current folder). */
  baseDir: string;
  preset: Preset;
  /** Every rule's setting for files that no override matches. */
  rules: Record<string, { severity: RuleSeverity; options: Record<string, unknown> }>;
  overrides: Array<{ files: string[]; match: RegExp[]; rules: Record<string, RuleSetting> }>;
  ignores: string[];
  requireReasons: boolean;
  strictRefs: boolean;
}

/** What the engine needs for one file. */
export interface FileConfig {
  severities: Record<string, RuleSeverity>;
  ruleOptions: Record<string, Record<string, unknown>>;
}

/** The configuration file for `cwd`: the first of {@link CONFIG_NAMES} in it or a folder above it. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Severities of a preset: recommended keeps the defaults; strict raises info → warning → error. */
export function presetRules(preset: Preset): LintConfig['rules'] {
  const out: LintConfig['rules'] = {};
  for (const r of ruleInfos()) {
    const severity: Severity = preset === 'charter:strict' ? (r.severity === 'info' ? 'warning' : 'error') : r.severity;
    out[r.id] = { severity, options: {} };
  }
  return out;
}

/** The configuration used when there is no file. */
export function defaultConfig(baseDir: string): LintConfig {
  return { baseDir, preset: 'charter:recommended', rules: presetRules('charter:recommended'), overrides: [], ignores: [], requireReasons: false, strictRefs: false };
}

export function normalizeSetting(v: RuleSeverity | RuleSetting): RuleSetting {
  return typeof v === 'string' ? { severity: v } : v;
}

/** A path relative to the configuration's folder, with forward slashes. */
export function relativeToConfig(config: LintConfig, file: string): string {
  return relative(config.baseDir, resolve(file)).split('\\').join('/');
}

/** The severities and options for one file: the configuration's rules, then each matching override in order. */
export function resolveFileConfig(config: LintConfig, file: string): FileConfig {
  const rel = relativeToConfig(config, file);
  const rules = Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, { severity: s.severity, options: { ...s.options } }]));
  for (const o of config.overrides) {
    if (!o.match.some((m) => m.test(rel))) continue;
    for (const [id, s] of Object.entries(o.rules)) {
      if (s.severity) rules[id]!.severity = s.severity;
      if (s.options) Object.assign(rules[id]!.options, s.options);
    }
  }
  const severities: FileConfig['severities'] = {};
  const ruleOptions: FileConfig['ruleOptions'] = {};
  for (const [id, s] of Object.entries(rules)) {
    severities[id] = s.severity;
    if (Object.keys(s.options).length > 0) ruleOptions[id] = s.options;
  }
  return { severities, ruleOptions };
}

/** Whether a file is ignored by the configuration's `ignores` (and extra patterns relative to `cwd`). */
export function ignoredBy(config: LintConfig, extra: readonly string[], cwd: string): (file: string) => boolean {
  const fromConfig = ignoreMatcher(config.ignores);
  const fromCli = ignoreMatcher(extra);
  return (file) =>
    (config.ignores.length > 0 && fromConfig(relativeToConfig(config, file))) ||
    (extra.length > 0 && fromCli(relative(cwd, resolve(file)).split('\\').join('/')));
}
