/**
 * Rule `meta` is the single source of the configuration schema's `rules` and `settings` sections
 * and of each rule doc's header: scripts/gen-rules.mjs writes them, and `--check` (run here, as CI
 * would) fails when a file was edited by hand or the meta changed without regenerating.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossRules, rules } from '../../src/rules/support/registry.js';
import { ruleInfos, settingAliases } from '../../src/rules/support/info.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Gen {
  BEGIN: string;
  END: string;
  docHeader(r: unknown): string;
  generateDoc(r: unknown, current: string): string;
}

describe('gen-rules', () => {
  it('node scripts/gen-rules.mjs --check: the schema and every doc header match the meta', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/gen-rules.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });

  it('a hand-edited doc header is rewritten from the meta; the prose after the end marker is kept', async () => {
    const gen = (await import(join(ROOT, 'scripts/gen-rules.mjs'))) as Gen;
    const info = ruleInfos().find((r) => r.id === 'review-overdue')!;
    const current = readFileSync(join(ROOT, 'docs/rules/review-overdue.md'), 'utf8');
    const edited = current.replace('| warning |', '| error |');
    expect(edited).not.toBe(current);
    expect(gen.generateDoc(info, edited)).toBe(current);
    expect(current.slice(current.indexOf(gen.END))).toContain('## Rationale');
    expect(() => gen.generateDoc(info, '# review-overdue\n\nno markers\n')).toThrow(/generated markers/);
  });

  it('every rule with options declares a schema for each option, and only for those', () => {
    for (const r of [...rules, ...crossRules]) {
      expect(Object.keys(r.meta.options ?? {}).sort(), r.id).toEqual(Object.keys(r.meta.defaultOptions as object).sort());
    }
  });

  it('the settings: keys come from the options meta, each naming the rules it sets', () => {
    expect(settingAliases().map((s) => [s.path.join('.'), s.rules, s.option])).toEqual([
      ['review.maxAgeMonths', ['review-overdue', 'next-review-invalid'], 'maxAgeMonths'],
      ['mission.minWords', ['mission-is-tagline'], 'minWords'],
      ['mission.verbs', ['mission-is-tagline'], 'verbs'],
      ['mission.customerTerms', ['mission-not-customer-focused'], 'customerTerms'],
      ['mission.maxWords', ['mission-too-long'], 'maxWords'],
      ['risk.highScore', ['high-risk-unmitigated'], 'highScore'],
    ]);
  });
});
