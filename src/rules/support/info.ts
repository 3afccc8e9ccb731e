import type { Severity } from '../../model/types.js';
import { crossRules, rules } from './registry.js';
import { docsUrl } from './docs.js';
import type { OptionSchema, RuleMeta } from './types.js';

/** One option of a rule: its schema and its default. */
export type OptionInfo = OptionSchema & { default: unknown };

/**
 * What tools, `charter rules`, the configuration schema and the rule docs show about a rule, all
 * read from the rule's `meta` (scripts/gen-rules.mjs writes the schema and doc headers from it).
 */
export interface RuleInfo {
  id: string;
  /** `single`: one charter at a time; `cross`: across charters; `core`: reported by the engine itself. */
  scope: 'single' | 'cross' | 'core';
  severity: Severity;
  tags: string[];
  description: string;
  docs: string;
  /** Whether a configuration may set the rule's severity (every rule but `yaml-syntax`). */
  configurable: boolean;
  /** The rule's options by name (empty for rules without options). */
  options: Record<string, OptionInfo>;
}

/** A finding the engine reports itself: metadata only, no check. */
interface CoreRule {
  id: string;
  configurable: boolean;
  meta: Pick<RuleMeta<Record<string, never>>, 'description' | 'tags' | 'severity'>;
}

/** Findings the engine reports itself (not rules you write a check for). */
export const CORE_RULES: readonly CoreRule[] = [
  {
    id: 'yaml-syntax',
    configurable: false,
    meta: {
      severity: 'error',
      tags: ['parser'],
      description: 'Make the file a single, well-formed YAML document whose top level is a mapping.',
    },
  },
  {
    id: 'unused-disable',
    configurable: true,
    meta: {
      severity: 'warning',
      tags: ['suppressions'],
      description: 'Remove inline suppressions that no longer suppress anything, and give each a reason when reasons are required.',
    },
  },
];

function optionInfos(meta: Partial<Pick<RuleMeta<Record<string, unknown>>, 'defaultOptions' | 'options'>>): Record<string, OptionInfo> {
  const out: Record<string, OptionInfo> = {};
  for (const [name, schema] of Object.entries(meta.options ?? {})) out[name] = { ...schema, default: meta.defaultOptions?.[name] };
  return out;
}

function info(
  r: { id: string; meta: Pick<RuleMeta<Record<string, unknown>>, 'description' | 'tags' | 'severity'> & Partial<RuleMeta<Record<string, unknown>>> },
  scope: RuleInfo['scope'],
  configurable = true,
): RuleInfo {
  const { severity, tags, description } = r.meta;
  return { id: r.id, scope, severity, tags: [...tags], description, docs: docsUrl(r.id), configurable, options: optionInfos(r.meta) };
}

/** Every rule: the 36 single-charter rules, the 4 cross-charter rules, then the core findings. */
export function ruleInfos(): RuleInfo[] {
  return [
    ...rules.map((r) => info(r, 'single')),
    ...crossRules.map((r) => info(r, 'cross')),
    ...CORE_RULES.map((r) => info(r, 'core', r.configurable)),
  ];
}

/** A `settings:` key of the configuration and the rule options it sets (declared by `setting` in the options' meta). */
export interface SettingAlias {
  path: [string, string];
  rules: string[];
  option: string;
  schema: OptionInfo;
}

/** Every `settings:` key the rules declare, in rule order; rules sharing a key must agree on its schema and default. */
export function settingAliases(infos: readonly RuleInfo[] = ruleInfos()): SettingAlias[] {
  const byPath = new Map<string, SettingAlias>();
  for (const r of infos) {
    for (const [option, schema] of Object.entries(r.options)) {
      if (schema.setting === undefined) continue;
      const [group, key, ...rest] = schema.setting.split('.');
      if (!group || !key || rest.length > 0) throw new Error(`rule ${r.id}: setting '${schema.setting}' must be group.key`);
      const known = byPath.get(schema.setting);
      if (known === undefined) byPath.set(schema.setting, { path: [group, key], rules: [r.id], option, schema });
      else if (known.option !== option || JSON.stringify(known.schema) !== JSON.stringify(schema)) {
        throw new Error(`rule ${r.id}: setting '${schema.setting}' is declared differently by ${known.rules[0]}`);
      } else known.rules.push(r.id);
    }
  }
  return [...byPath.values()];
}
