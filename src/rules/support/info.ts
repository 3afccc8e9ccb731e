import type { Severity } from '../../model/types.js';
import { crossRules, rules } from './registry.js';
import { docsUrl } from './docs.js';

/** What tools (and `charter rules`) show about a rule. */
export interface RuleInfo {
  id: string;
  /** `single`: one charter at a time; `cross`: across charters; `core`: reported by the engine itself. */
  scope: 'single' | 'cross' | 'core';
  severity: Severity;
  tags: string[];
  description: string;
  docs: string;
}

/** Findings the engine reports itself (not rules you write a check for). */
export const CORE_RULES: readonly Omit<RuleInfo, 'docs'>[] = [
  {
    id: 'yaml-syntax',
    scope: 'core',
    severity: 'error',
    tags: ['parser'],
    description: 'Make the file a single, well-formed YAML document whose top level is a mapping.',
  },
  {
    id: 'unused-disable',
    scope: 'core',
    severity: 'warning',
    tags: ['suppressions'],
    description: 'Remove inline suppressions that no longer suppress anything, and give each a reason when reasons are required.',
  },
];

/** Every rule: the 36 single-charter rules, the 4 cross-charter rules, then the core findings. */
export function ruleInfos(): RuleInfo[] {
  return [
    ...rules.map((r) => ({ id: r.id, scope: 'single' as const, severity: r.meta.severity, tags: r.meta.tags, description: r.meta.description })),
    ...crossRules.map((r) => ({ id: r.id, scope: 'cross' as const, severity: r.meta.severity, tags: r.meta.tags, description: r.meta.description })),
    ...CORE_RULES,
  ].map((r) => ({ ...r, tags: [...r.tags], docs: docsUrl(r.id) }));
}
