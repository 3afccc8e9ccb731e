/**
 * The rule set is checked mechanically (ESLint's checkRuleFiles, markdownlint's readme test):
 * every rule file is registered, documented with the fixed headings, and tested; ids are unique
 * and equal file names; doc examples fail and pass as labelled.
 *
 * Cross-charter rules (37–40, `scope: 'cross'`) get the same checks, except how their doc
 * examples run: a single-charter runner cannot run them, so each example section of a cross
 * rule's doc holds two or more ```yaml blocks, one charter each (a fragment over the test base
 * charter, without its swim lanes, hand-offs, dependencies and commitments), and the blocks are
 * linted together with only that rule active.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';
import { crossRules, rules } from '../../src/rules/support/registry.js';
import type { AnyCrossRule, AnyRule } from '../../src/rules/support/types.js';
import { runRule } from '../helpers/rule-tester.js';
import { runCrossRule } from '../helpers/cross-rule-tester.js';
import { baseCharter } from '../helpers/base-charter.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ruleDir = join(root, 'src/rules');
const HEADINGS = ['## Rationale', '## Failing example', '## Passing example', '## How to fix', '## Sources'];

const ruleFiles = readdirSync(ruleDir).filter((f) => f.endsWith('.ts'));
const loaded: Array<{ file: string; rule: AnyRule }> = [];
const loadedCross: Array<{ file: string; rule: AnyCrossRule }> = [];
for (const f of ruleFiles) {
  const mod = (await import(join(ruleDir, f))) as { default?: AnyRule | AnyCrossRule };
  if (!mod.default || typeof mod.default !== 'object' || !('check' in mod.default)) continue;
  if ('scope' in mod.default && mod.default.scope === 'cross') loadedCross.push({ file: f, rule: mod.default });
  else loaded.push({ file: f, rule: mod.default as AnyRule });
}

/** Every ```yaml block of a section, parsed. */
function yamlBlocks(doc: string, heading: string): Array<Record<string, unknown>> {
  const start = doc.indexOf(heading);
  const section = doc.slice(start + heading.length, doc.indexOf('\n## ', start + heading.length));
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
}

/** The base charter without the parts cross-charter rules look at. */
function crossBase(): Record<string, unknown> {
  const c = baseCharter();
  for (const k of ['swim_lanes', 'handoffs', 'dependencies', 'commitments']) delete c[k];
  return c;
}

function yamlBlock(doc: string, heading: string): Record<string, unknown> {
  const start = doc.indexOf(heading);
  const section = doc.slice(start + heading.length, doc.indexOf('\n## ', start + heading.length));
  const m = /```yaml\n([\s\S]*?)```/.exec(section);
  if (!m) throw new Error(`no yaml block under ${heading}`);
  return parse(m[1]!) as Record<string, unknown>;
}

/** Every rule, single- or cross-charter, has a test file and a doc with the fixed headings. */
function testAndDocChecks(id: string, description: string, severity: string, docPath: string): void {
  it('has a test file', () => {
    expect(existsSync(join(root, 'test/rules', `${id}.test.ts`))).toBe(true);
  });

  it('has a doc with the fixed headings, in order', () => {
    expect(existsSync(docPath)).toBe(true);
    const doc = readFileSync(docPath, 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(doc).toContain(description);
    expect(doc).toContain(`| ${severity} |`);
    const positions = HEADINGS.map((h) => doc.indexOf(`\n${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
}

describe('rule set', () => {
  it('registers all 36 single-charter rules of rules.md, once each', () => {
    expect(rules).toHaveLength(36);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('registers every rule file, and every registered rule has its file', () => {
    expect(loaded.map((l) => l.rule.id).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  for (const { file, rule } of loaded) {
    describe(rule.id, () => {
      it('has an id equal to its file name and complete metadata', () => {
        expect(file).toBe(`${rule.id}.ts`);
        expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
        expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
        expect(rule.meta.tags.length).toBeGreaterThan(0);
        expect(rule.meta.sources.length).toBeGreaterThan(0);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const id of Object.keys(rule.meta.messages)) expect(id).toMatch(/^[a-z][a-zA-Z]*$/);
      });

      const docPath = join(root, 'docs/rules', `${rule.id}.md`);
      testAndDocChecks(rule.id, rule.meta.description, rule.meta.severity, docPath);

      it('doc examples fail and pass as labelled', () => {
        const doc = readFileSync(docPath, 'utf8');
        const run = (fragment: Record<string, unknown>) => runRule(rule, { name: 'doc', code: { ...baseCharter(), ...fragment } });
        expect(run(yamlBlock(doc, '## Failing example')).length).toBeGreaterThan(0);
        expect(run(yamlBlock(doc, '## Passing example'))).toEqual([]);
      });
    });
  }

  it('registers the 4 cross-charter rules of rules.md (37–40), once each, and every cross rule file', () => {
    expect(crossRules.map((r) => r.id)).toEqual([
      'cross-dependency-unacknowledged',
      'cross-process-conflict',
      'cross-handoff-mismatch',
      'cross-duplicate-team-id',
    ]);
    expect(loadedCross.map((l) => l.rule.id).sort()).toEqual(crossRules.map((r) => r.id).sort());
    const single = new Set(rules.map((r) => r.id));
    expect(crossRules.filter((r) => single.has(r.id))).toEqual([]);
  });

  for (const { file, rule } of loadedCross) {
    describe(`${rule.id} (cross-charter)`, () => {
      it('has an id equal to its file name and complete metadata', () => {
        expect(file).toBe(`${rule.id}.ts`);
        expect(rule.id).toMatch(/^cross(-[a-z]+)+$/);
        expect(rule.scope).toBe('cross');
        expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
        expect(rule.meta.description).toMatch(/^[A-Z].*\.$/);
        expect(rule.meta.tags).toContain('cross-charter');
        expect(rule.meta.sources.length).toBeGreaterThan(0);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const id of Object.keys(rule.meta.messages)) expect(id).toMatch(/^[a-z][a-zA-Z]*$/);
      });

      const docPath = join(root, 'docs/rules', `${rule.id}.md`);
      testAndDocChecks(rule.id, rule.meta.description, rule.meta.severity, docPath);

      it('doc examples (several charters each) fail and pass as labelled', () => {
        const doc = readFileSync(docPath, 'utf8');
        const run = (fragments: Array<Record<string, unknown>>) => {
          expect(fragments.length, 'a cross-rule example holds at least two charters').toBeGreaterThanOrEqual(2);
          const charters = Object.fromEntries(fragments.map((f, i) => [`example-${i + 1}.yaml`, { ...crossBase(), ...f }]));
          return runCrossRule(rule, { name: 'doc', charters });
        };
        expect(run(yamlBlocks(doc, '## Failing example')).length).toBeGreaterThan(0);
        expect(run(yamlBlocks(doc, '## Passing example'))).toEqual([]);
      });
    });
  }

  it('documents yaml-syntax, the finding the parser produces', () => {
    expect(existsSync(join(root, 'docs/rules/yaml-syntax.md'))).toBe(true);
  });
});
