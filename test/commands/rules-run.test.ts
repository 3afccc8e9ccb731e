import { describe, expect, it } from 'vitest';
import { renderDoc, runExplain, runRules } from '../../src/commands/rules-run.js';
import { ruleInfos } from '../../src/rules/support/info.js';
import { crossRules, rules } from '../../src/rules/support/registry.js';
import { docsUrl } from '../../src/rules/support/docs.js';
import type { Io } from '../../src/terminal/io.js';

function captureIo(): Io & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => void out.push(t), stderr: () => {}, isTTY: false, env: {} };
}

describe('charter rules', () => {
  it('lists the 36 single-charter rules, the 4 cross-charter rules and the 2 engine findings', () => {
    const infos = ruleInfos();
    expect(infos).toHaveLength(42);
    expect(infos.filter((r) => r.scope === 'single').map((r) => r.id)).toEqual(rules.map((r) => r.id));
    expect(infos.filter((r) => r.scope === 'cross').map((r) => r.id)).toEqual(crossRules.map((r) => r.id));
    expect(infos.filter((r) => r.scope === 'core').map((r) => r.id)).toEqual(['yaml-syntax', 'unused-disable']);
  });

  it('text: one line per rule with id, severity, description and tags', () => {
    const io = captureIo();
    expect(runRules({ format: 'text' }, io)).toBe(0);
    const text = io.out.join('');
    for (const r of ruleInfos()) expect(text).toContain(`${r.id.padEnd(35)}  ${r.severity.padEnd(7)}  ${r.description} [${r.tags.join(', ')}]`);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('json: versioned, with each rule doc URL', () => {
    const io = captureIo();
    runRules({ format: 'json' }, io);
    const parsed = JSON.parse(io.out.join(''));
    expect(parsed.version).toBe(1);
    expect(parsed.rules[0]).toEqual({
      id: 'schema-violation',
      scope: 'single',
      severity: 'error',
      tags: ['schema'],
      description: rules[0]!.meta.description,
      docs: docsUrl('schema-violation'),
      configurable: true,
      options: {},
    });
    // Options come from the rule's meta: their schema, the settings: key that sets them, the default.
    expect(parsed.rules.find((r: { id: string }) => r.id === 'high-risk-unmitigated').options).toEqual({
      highScore: expect.objectContaining({ type: 'integer', maximum: 25, setting: 'risk.highScore', default: 12 }),
    });
    expect(parsed.rules.find((r: { id: string }) => r.id === 'yaml-syntax').configurable).toBe(false);
  });
});

describe('charter explain', () => {
  for (const { id } of ruleInfos()) {
    it(`prints the doc of ${id}`, () => {
      const io = captureIo();
      expect(runExplain(id, io)).toBe(0);
      const text = io.out.join('');
      expect(text.startsWith(`${id}\n`)).toBe(true);
      expect(text).toContain('Rationale');
      expect(text.endsWith(`Online: ${docsUrl(id)}\n`)).toBe(true);
    });
  }

  it('an unknown id is a usage error with a suggestion', () => {
    expect(() => runExplain('mision-is-tagline', captureIo())).toThrow(/unknown rule 'mision-is-tagline'; did you mean 'mission-is-tagline'\?/);
    expect(() => runExplain('zzz', captureIo())).toThrow(/^unknown rule 'zzz' \(run 'charter rules' for the list\)$/);
  });

  it('renders headings, inline code and code blocks for the terminal', () => {
    const md = '# a-rule\n\nText with `code`.\n\n## Failing example\n\n```yaml\nkey: value\n```\n';
    expect(renderDoc(md, false)).toBe('a-rule\n\nText with code.\n\nFailing example\n\n    key: value\n');
    expect(renderDoc(md, true)).toMatch(/\u001b\[1m/);
  });
});
