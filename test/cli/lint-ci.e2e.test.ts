/** `charter lint` in CI (built bin): cross-charter runs, several reports, GitHub Actions, --max-warnings. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { runCli, tempTree } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';
import { onboardingCharter } from '../helpers/cross-charters.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const AS_OF = ['--as-of', '2026-11-22'];
const GOOD = ['examples/digital-cs.yaml', 'examples/renewals.yaml', 'examples/cs-operations.yaml'];
const REF = REFERENCE_DIR + '/';
const withWarning = stringify(charterWith((c) => delete c.objectives[0].strategy_link));

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('cross-charter rules (built bin)', () => {
  it('a folder is linted across its charters; each finding is in the file concerned', () => {
    const onboarding = onboardingCharter();
    onboarding.handoffs[0].trigger = 'Kickoff call held.';
    const dir = tempTree({ 'charters/csm.yaml': stringify(baseCharter()), 'charters/onboarding.yaml': stringify(onboarding) });
    const r = runCli(['lint', ...AS_OF, 'charters/'], { cwd: dir });
    expect(r.stdout).toMatch(/^charters\/csm\.yaml\n\s+\d+:\d+\s+warning\s+'onboarding' describes hand-off 'onboarding-to-csm' differently \(trigger\) in charters\/onboarding\.yaml.*cross-handoff-mismatch$/m);
    expect(r.stdout).toMatch(/^charters\/onboarding\.yaml\n(?:\s+\d+:\d+ .*\n)*\s+\d+:\d+\s+warning\s+'csm' describes hand-off.*cross-handoff-mismatch$/m);
    expect(r.code).toBe(0);
  });

  it('a charter alone is not checked across charters; --strict-refs lists unresolved teams as info', () => {
    const dir = tempTree({ 'csm.yaml': stringify(baseCharter()) });
    expect(runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir }).stdout).toMatch(/no problems/);
    const r = runCli(['lint', ...AS_OF, '--strict-refs', '-f', 'json', 'csm.yaml'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.files[0].findings.map((f: { ruleId: string; severity: string; path: string }) => `${f.severity} ${f.ruleId} ${f.path}`)).toEqual([
      'info cross-handoff-mismatch /handoffs/0/from/team',
      'info cross-dependency-unacknowledged /dependencies/0/team',
    ]);
    expect(r.code).toBe(0);
  });

  it('the three good examples have no cross-charter findings, even with --strict-refs only infos', () => {
    const r = runCli(['lint', ...AS_OF, '--strict-refs', '-f', 'json', ...GOOD]);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(out.summary.infos).toBeGreaterThan(0);
    expect(r.code).toBe(0);
  });
});

describe('reports (built bin)', () => {
  it('writes several formats in one run: -f name:file pairs and --format/--output-file', () => {
    const dir = tempTree({});
    const r = runCli(['lint', ...AS_OF, '-f', `sarif:${dir}/out.sarif`, '--format', 'junit', '--output-file', `${dir}/junit.xml`, '--format', 'stylish', 'examples/']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ \d+ problems .* in 4 charters/);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const json = JSON.parse(runCli(['lint', ...AS_OF, '-f', 'json', 'examples/']).stdout);
    const total = json.summary.errors + json.summary.warnings + json.summary.infos;
    expect(sarif.runs[0].results).toHaveLength(total);
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(readFileSync(join(dir, 'junit.xml'), 'utf8'));
    expect(junit.testsuites.testsuite).toHaveLength(4);
    expect(readdirSync(dir).sort()).toEqual(['junit.xml', 'out.sarif']);
  });

  it('the SARIF of the reference set validates against the OASIS schema', () => {
    const validate = sarifValidator();
    if (!validate || !existsSync(REF)) {
      console.warn('SARIF validation of the reference set skipped: ../shared not found');
      expect(validate === undefined || !existsSync(REF)).toBe(true);
      return;
    }
    const files = ['csm.yaml', 'onboarding.yaml', 'support.yaml', 'weak.yaml'].map((n) => join(REF, n));
    const r = runCli(['lint', ...AS_OF, '-f', 'sarif', ...files]);
    const log = JSON.parse(r.stdout);
    const v = validate(log);
    expect(v.valid, v.errors).toBe(true);
    expect(log.runs[0].results).toHaveLength(33);
  });

  it('refuses to overwrite an existing report without --force, before linting', () => {
    const dir = tempTree({ 'out.sarif': 'keep me', 'csm.yaml': withWarning });
    const r = runCli(['lint', ...AS_OF, '-f', 'sarif:out.sarif', 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe('charter: out.sarif: file exists; use --force to overwrite it');
    expect(readFileSync(join(dir, 'out.sarif'), 'utf8')).toBe('keep me');
    const f = runCli(['lint', ...AS_OF, '-f', 'sarif:out.sarif', '--force', 'csm.yaml'], { cwd: dir });
    expect(f.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['csm.yaml', 'out.sarif']);
  });

  it('rejects two reports on the terminal and unknown formats (exit 2, one line)', () => {
    const two = runCli(['lint', '-f', 'json', '-f', 'stylish', 'examples/']);
    expect(two.code).toBe(2);
    expect(oneLine(two.stderr)).toMatch(/only one format can write to the terminal, got json and stylish/);
    const unknown = runCli(['lint', '-f', 'xml', 'examples/']);
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toMatch(/unknown format 'xml': choose one of stylish, json, sarif, junit, github/);
  });

  it('picks the github format inside GitHub Actions unless a format is given', () => {
    const dir = tempTree({ 'csm.yaml': withWarning });
    const gh = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(gh.stdout.split('\n')[0]).toMatch(
      /^::warning file=csm\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=objective-without-strategy-link::.+%0Ahttps:\/\/\S+objective-without-strategy-link\.md$/,
    );
    const stylish = runCli(['lint', ...AS_OF, '-f', 'stylish', 'csm.yaml'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(stylish.stdout).toMatch(/^csm\.yaml\n/);
  });

  it('--max-warnings fails the run on too many warnings', () => {
    const dir = tempTree({ 'csm.yaml': withWarning });
    const over = runCli(['lint', ...AS_OF, '--max-warnings', '0', 'csm.yaml'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(oneLine(over.stderr)).toBe('charter: 1 warnings, more than --max-warnings 0 allows');
    expect(runCli(['lint', ...AS_OF, '--max-warnings', '1', 'csm.yaml'], { cwd: dir }).code).toBe(0);
    const bad = runCli(['lint', '--max-warnings', 'many', 'csm.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toMatch(/--max-warnings must be a whole number/);
  });
});
