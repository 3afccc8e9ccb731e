/**
 * `src/rules/` holds the rules and nothing else, so listing it lists the rules: every `.ts` file
 * directly in it is a rule the registry holds, under its file name, and every registered rule has
 * its file there. Rule helpers live in `src/rules/support/`.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { crossRules, rules } from '../../src/rules/support/registry.js';

const ruleDir = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const entries = readdirSync(ruleDir, { withFileTypes: true });
const files = entries.filter((e) => e.isFile()).map((e) => e.name);
const registered = [...rules, ...crossRules];

describe('src/rules/ holds the rules and nothing else', () => {
  it('has only rule modules (.ts) and the support/ folder', () => {
    expect(files.filter((f) => !f.endsWith('.ts'))).toEqual([]);
    expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(['support']);
  });

  it('every file is a registered rule whose id is the file name, exported as default', async () => {
    for (const f of files) {
      const mod = (await import(join(ruleDir, f))) as { default?: unknown };
      const id = f.replace(/\.ts$/, '');
      const rule = registered.find((r) => r.id === id);
      expect(rule, `${f} is not a registered rule`).toBeDefined();
      expect(mod.default, `${f}'s default export is not the registered rule ${id}`).toBe(rule);
    }
  });

  it('every registered rule has its file there', () => {
    const ids = new Set(files.map((f) => f.replace(/\.ts$/, '')));
    expect(registered.map((r) => r.id).filter((id) => !ids.has(id))).toEqual([]);
    expect(new Set(registered.map((r) => r.id)).size).toBe(registered.length);
  });
});
