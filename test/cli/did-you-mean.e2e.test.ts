/**
 * "Did you mean" everywhere a user types a name, end to end on the built bin: charter keys at
 * every nesting level, the configuration file, the answers file, command names, flags and flag
 * values.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

const CHARTER = readFileSync(join(ROOT, 'examples/cs-operations.yaml'), 'utf8');

describe('did you mean (built bin)', () => {
  it('a typo in a charter key at any depth, and a scalar where a mapping belongs', () => {
    const text = CHARTER.replace(/^( +)target:/m, '$1targt:').replace(/^(\s+)baseline:\s*\{[^}\n]*\}/m, '$1baseline: 88');
    expect(text).toMatch(/targt:/);
    expect(text).toMatch(/baseline: 88\n/);
    const dir = tempTree({ 'c.yaml': text });
    const r = runCli(['lint', '--as-of', '2026-11-22', 'c.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unknown key 'targt' in metrics\[data-on-time\]; did you mean 'target'\?/);
    expect(r.stdout).toMatch(/metrics\[data-on-time\]\.baseline must be a mapping, got the number 88; write it as \{value: 88, as_of: YYYY-MM-DD\}/);
  });

  it('a typo in the configuration file: keys, nested keys and values', () => {
    const dir = tempTree({ 'c.yaml': CHARTER, 'charter.config.yaml': 'rules:\n  placeholder-text: { severty: warning }\n' });
    expect(runCli(['lint', 'c.yaml'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^charter: charter\.config\.yaml:2:23: unknown key 'severty' in 'rules\.placeholder-text'; did you mean 'severity'\?/),
    });
  });

  it('a typo in the answers file', () => {
    const dir = tempTree({ 'a.yaml': 'company: Acme\ncharter_type: [retention]\n' });
    expect(runCli(['init', '--answers', 'a.yaml'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: "charter: a.yaml:2:1: unknown answer 'charter_type'; did you mean 'charter_types'?\n",
    });
  });

  it.each([
    [['lnt', 'c.yaml'], /unknown command 'lnt'\n\(Did you mean lint\?\)/],
    [['lint', '--formt', 'json', 'c.yaml'], /unknown option '--formt'\n\(Did you mean --format\?\)/],
    [['lint', '-f', 'jsn', 'c.yaml'], /unknown format 'jsn': choose one of stylish, json, sarif, junit, github \(Did you mean json\?\)/],
    [['init', '-y', '--preset', 'csn'], /argument 'csn' is invalid\. Allowed choices are csm, onboarding, support, renewals, cs-ops\. \(Did you mean csm\?\)/],
    [['init', '-y', '--type', 'retenton'], /unknown charter type 'retenton'; .* \(Did you mean retention\?\)/],
    [['render', '--paper', 'leter', 'c.yaml'], /Allowed choices are a4, letter\. \(Did you mean letter\?\)/],
    [['bump', 'c.yaml', 'mnor'], /Allowed choices are major, minor, patch\. \(Did you mean minor\?\)/],
  ])('charter %j: exit 2 with a suggestion', (args, message) => {
    const dir = tempTree({ 'c.yaml': CHARTER });
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe(CHARTER);
  });

  it.each([
    [['sign', '--verify'], "error: missing required argument 'files'", 'sign'],
    [['approve', 'c.yaml'], "error: required option '--name <name>' not specified", 'approve'],
    [['review'], "error: missing required argument 'file'", 'review'],
    [['lint', '--formt', 'json', 'c.yaml'], "error: unknown option '--formt'\n(Did you mean --format?)", 'lint'],
  ])('charter %j: a usage error in a command ends with where its usage is', (args, first, command) => {
    const dir = tempTree({ 'c.yaml': CHARTER });
    const r = runCli(args, { cwd: dir });
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `${first}\n(run 'charter ${command} --help' for usage)\n` });
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe(CHARTER);
  });
});
