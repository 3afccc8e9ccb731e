import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import schema from '../../schemas/charter-config.schema.json' with { type: 'json' };
import { defaultConfig, findConfigFile, ignoredBy, resolveFileConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load.js';
import { ruleInfos } from '../../src/rules/support/info.js';
import { tempTree } from '../helpers/cli.js';

function configFrom(text: string, name = 'charter.config.yaml') {
  const dir = tempTree({ [name]: text });
  return { dir, config: loadConfig(join(dir, name)) };
}

function errorOf(text: string, name = 'charter.config.yaml'): string {
  const dir = tempTree({ [name]: text });
  try {
    loadConfig(join(dir, name));
  } catch (err) {
    return (err as Error).message.replace(dir + '/', '');
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration', () => {
  it('the schema lists every rule a configuration can set', () => {
    const ids = Object.keys(schema.properties.rules.properties);
    expect(ids.sort()).toEqual(ruleInfos().map((r) => r.id).filter((id) => id !== 'yaml-syntax').sort());
  });

  it('without a file, every rule has its default severity', () => {
    const fc = resolveFileConfig(defaultConfig('/x'), '/x/a.yaml');
    expect(fc.severities['metric-orphaned']).toBe('info');
    expect(fc.severities['cross-process-conflict']).toBe('error');
    expect(fc.ruleOptions).toEqual({});
  });

  it('turns a rule off, re-levels one and sets options, from rules and from settings', () => {
    const { dir, config } = configFrom(`
rules:
  metric-orphaned: off
  review-overdue: error
  mission-is-tagline: { severity: info, options: { minWords: 12 } }
settings:
  review: { maxAgeMonths: 24 }
  mission: { maxWords: 60 }
  risk: { highScore: 16 }
`);
    const fc = resolveFileConfig(config, join(dir, 'csm.yaml'));
    expect(fc.severities).toMatchObject({ 'metric-orphaned': 'off', 'review-overdue': 'error', 'mission-is-tagline': 'info' });
    expect(fc.ruleOptions).toEqual({
      'mission-is-tagline': { minWords: 12 },
      'review-overdue': { maxAgeMonths: 24 },
      'next-review-invalid': { maxAgeMonths: 24 },
      'mission-too-long': { maxWords: 60 },
      'high-risk-unmitigated': { highScore: 16 },
    });
  });

  it('sets the mission lexicons from settings', () => {
    const { dir, config } = configFrom(`
settings:
  mission: { verbs: [shepherd], customerTerms: [clinician, merchants] }
`);
    expect(resolveFileConfig(config, join(dir, 'csm.yaml')).ruleOptions).toEqual({
      'mission-is-tagline': { verbs: ['shepherd'] },
      'mission-not-customer-focused': { customerTerms: ['clinician', 'merchants'] },
    });
  });

  it('applies overrides to the files their globs match, later overrides winning', () => {
    const { dir, config } = configFrom(`
rules: { placeholder-text: error }
overrides:
  - files: ["drafts/**"]
    rules: { placeholder-text: warning, approval-missing: off }
  - files: drafts/old-*.yaml
    rules: { placeholder-text: off }
`);
    const sev = (f: string) => resolveFileConfig(config, join(dir, f)).severities;
    expect(sev('csm.yaml')['placeholder-text']).toBe('error');
    expect(sev('drafts/new.yaml')).toMatchObject({ 'placeholder-text': 'warning', 'approval-missing': 'off' });
    expect(sev('drafts/old-csm.yaml')['placeholder-text']).toBe('off');
  });

  it('charter:strict raises infos to warnings and warnings to errors, and requires reasons', () => {
    const { dir, config } = configFrom('extends: charter:strict\nrules: { metric-orphaned: info }\n');
    const fc = resolveFileConfig(config, join(dir, 'a.yaml'));
    expect(fc.severities).toMatchObject({ 'mission-too-long': 'warning', 'review-overdue': 'error', 'metric-orphaned': 'info', 'schema-violation': 'error' });
    expect(config.requireReasons).toBe(true);
  });

  it('reads .charterrc.json', () => {
    const { dir, config } = configFrom('{ "rules": { "metric-orphaned": "off" }, "strictRefs": true }', '.charterrc.json');
    expect(resolveFileConfig(config, join(dir, 'a.yaml')).severities['metric-orphaned']).toBe('off');
    expect(config.strictRefs).toBe(true);
  });

  it('suggests the closest key or value at every level of the configuration', () => {
    const cases: Array<[string, RegExp]> = [
      ['settings:\n  reveiw: { maxAgeMonths: 3 }\n', /^charter\.config\.yaml:2:3: unknown key 'reveiw' in 'settings'; did you mean 'review'\?/],
      ['rules:\n  placeholder-text: { severty: warning }\n', /^charter\.config\.yaml:2:23: unknown key 'severty' in 'rules\.placeholder-text'; did you mean 'severity'\?/],
      ['overrides:\n  - files: ["*.yaml"]\n    rulse: {}\n', /^charter\.config\.yaml:3:5: unknown key 'rulse' in 'overrides\.0'; did you mean 'rules'\?/],
      ['extends: charter:recomended\n', /^charter\.config\.yaml:1:10: 'extends' must be one of charter:recommended, charter:strict; did you mean 'charter:recommended'\?/],
      ['rules:\n  metric-orphaned: warnin\n', /^charter\.config\.yaml:2:20: 'rules\.metric-orphaned' must be one of off, info, warning, error; did you mean 'warning'\?/],
      ['rules:\n  metric-orphaned: { severity: eror }\n', /^charter\.config\.yaml:2:32: 'rules\.metric-orphaned\.severity' must be one of off, info, warning, error; did you mean 'error'\?/],
    ];
    for (const [text, message] of cases) expect(errorOf(text)).toMatch(message);
  });

  it('rejects a bad configuration with one located line', () => {
    expect(errorOf('rules:\n  metric-orphand: off\n')).toMatch(
      /^charter\.config\.yaml:2:3: unknown rule 'metric-orphand'; did you mean 'metric-orphaned'\?/,
    );
    expect(errorOf('rules:\n  metric-orphaned: warn\n')).toMatch(/^charter\.config\.yaml:2:20: 'rules\.metric-orphaned' must be one of off, info, warning, error/);
    // Options are validated by the schemas in the rules' meta (scripts/gen-rules.mjs writes them into the configuration schema).
    expect(errorOf('rules:\n  review-overdue: { options: { maxAgeMonth: 3 } }\n')).toMatch(
      /^charter\.config\.yaml:2:32: unknown key 'maxAgeMonth' in 'rules\.review-overdue\.options'; did you mean 'maxAgeMonths'\?/,
    );
    expect(errorOf('rules:\n  high-risk-unmitigated: { options: { highScore: 30 } }\n')).toMatch(
      /^charter\.config\.yaml:2:50: 'rules\.high-risk-unmitigated\.options\.highScore' must be <= 25/,
    );
    expect(errorOf('rules:\n  mission-is-tagline: { options: { verbs: shepherd } }\n')).toMatch(/^charter\.config\.yaml:2:43: 'rules\.mission-is-tagline\.options\.verbs' must be array/);
    expect(errorOf('rules:\n  placeholder-text: { options: { x: 1 } }\n')).toMatch(/^charter\.config\.yaml:2:23: unknown key 'options' in 'rules\.placeholder-text' \(allowed: severity\)/);
    expect(errorOf('extends: eslint:recommended\n')).toMatch(/^charter\.config\.yaml:1:10: 'extends' must be one of charter:recommended, charter:strict/);
    expect(errorOf('settings:\n  review: { maxAgeMonths: 0 }\n')).toMatch(/^charter\.config\.yaml:2:27: 'settings\.review\.maxAgeMonths' must be >= 1/);
    expect(errorOf('ignore: [drafts/]\n')).toMatch(/^charter\.config\.yaml:1:1: unknown key 'ignore' in the configuration; did you mean 'ignores'\?/);
    expect(errorOf('overrides:\n  - rules: {}\n')).toMatch(/^charter\.config\.yaml:2:5: 'overrides\.0' must have required property 'files'/);
    expect(errorOf('rules: [\n')).toMatch(/^charter\.config\.yaml:2:1: the configuration is not valid YAML\/JSON/);
    expect(errorOf('{ "rules": { "x": "off" } }', '.charterrc.json')).toMatch(/^\.charterrc\.json:1:14: unknown rule 'x'/);
  });

  it('a missing --config file is a one-line error', () => {
    expect(() => loadConfig('/nonexistent/charter.config.yaml')).toThrow(/^\/nonexistent\/charter\.config\.yaml: cannot read the configuration: no such file$/);
  });

  it('is found from the current folder upward, charter.config.yaml first', () => {
    const dir = tempTree({ 'charter.config.yaml': 'rules: {}\n', '.charterrc.json': '{}', 'teams/x/.keep': '' });
    expect(findConfigFile(join(dir, 'teams/x'))).toBe(join(dir, 'charter.config.yaml'));
    const inner = join(dir, 'teams');
    mkdirSync(join(inner, 'y'), { recursive: true });
    const dir2 = tempTree({ '.charterrc.yaml': 'rules: {}\n', 'a/.keep': '' });
    expect(findConfigFile(join(dir2, 'a'))).toBe(join(dir2, '.charterrc.yaml'));
  });

  it('ignores files by the configuration (relative to it) and by --ignore-pattern (relative to the current folder)', () => {
    const { dir, config } = configFrom('ignores: [drafts/, "*.bak.yaml"]\n');
    const ignored = ignoredBy(config, ['archive/**'], join(dir, 'teams'));
    expect(ignored(join(dir, 'drafts/a.yaml'))).toBe(true);
    expect(ignored(join(dir, 'teams/drafts/a.yaml'))).toBe(true);
    expect(ignored(join(dir, 'x.bak.yaml'))).toBe(true);
    expect(ignored(join(dir, 'teams/archive/old.yaml'))).toBe(true);
    expect(ignored(join(dir, 'archive/old.yaml'))).toBe(false);
    expect(ignored(join(dir, 'teams/csm.yaml'))).toBe(false);
  });
});
