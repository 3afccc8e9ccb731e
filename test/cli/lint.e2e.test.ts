import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runCli, tempTree, ROOT } from '../helpers/cli.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

const AS_OF = ['--as-of', '2026-11-22'];
const clean = stringify(baseCharter());
const withError = stringify(charterWith((c) => (c.metrics[0].target.value = 105)));
const withWarning = stringify(charterWith((c) => delete c.objectives[0].strategy_link));

function expectOneLineError(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('charter lint (built bin)', () => {
  it('exits 0 on a clean charter and says so', () => {
    const dir = tempTree({ 'csm.yaml': clean });
    const r = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/1 charter checked, no problems/);
    expect(r.code).toBe(0);
  });

  it('exits 1 on an error finding, with file:line:col, rule id and a summary', () => {
    const dir = tempTree({ 'csm.yaml': withError });
    const r = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^csm\.yaml\n/);
    expect(r.stdout).toMatch(/\d+:\d+\s+error\s+.*105.*metric-value-out-of-range/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 infos\)/);
  });

  it('exits 0 when there are only warnings, and --quiet hides them', () => {
    const dir = tempTree({ 'csm.yaml': withWarning });
    const r = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warning\s+.*objective-without-strategy-link/);
    const q = runCli(['lint', ...AS_OF, '--quiet', 'csm.yaml'], { cwd: dir });
    expect(q.code).toBe(0);
    expect(q.stdout).not.toMatch(/warning/);
  });

  it('reports a YAML syntax error as a located finding (exit 1), not a crash', () => {
    const dir = tempTree({ 'bad.yaml': 'charter: 1\nmeta:\n  id: a\n  id: b\n' });
    const r = runCli(['lint', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/4:3\s+error\s+.*yaml-syntax/);
    expect(r.stderr).toBe('');
  });

  it('never lets the YAML parser print warnings of its own (a collection used as a key)', () => {
    const dir = tempTree({ 'keys.yaml': `${clean}? [a, b]\n: c\nx-map: {[d]: e}\n` });
    const r = runCli(['lint', ...AS_OF, 'keys.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/schema-violation/);
    expect(r.stderr).toBe('');
  });

  it('reports 30,000 findings in one file in linear time (positions by binary search)', () => {
    const notes = Array.from({ length: 30_000 }, (_, i) => `  - TBD item ${i}\n`).join('');
    const dir = tempTree({ 'dense.yaml': `${clean}x-notes:\n${notes}` });
    const r = runCli(['lint', ...AS_OF, '-f', 'json', 'dense.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings as Array<{ ruleId: string; line: number }>;
    expect(findings).toHaveLength(30_000);
    expect(findings.every((f) => f.ruleId === 'placeholder-text')).toBe(true);
    expect(findings.at(-1)!.line).toBe(clean.split('\n').length + 30_000);
  });

  it('lints a BOM + CRLF file exactly like the plain file', () => {
    const dir = tempTree({
      'plain.yaml': withError,
      'crlf.yaml': '\uFEFF' + withError.replace(/\n/g, '\r\n'),
    });
    const a = runCli(['lint', ...AS_OF, '-f', 'json', 'plain.yaml'], { cwd: dir });
    const b = runCli(['lint', ...AS_OF, '-f', 'json', 'crlf.yaml'], { cwd: dir });
    const strip = (s: string) => JSON.parse(s.replace(/(plain|crlf)\.yaml/g, 'x.yaml'));
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
    expect(b.code).toBe(1);
  });

  it('writes the documented JSON format', () => {
    const dir = tempTree({ 'csm.yaml': withError });
    const r = runCli(['lint', ...AS_OF, '--format', 'json', 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, asOf: '2026-11-22', summary: { files: 1, errors: 1, warnings: 0, infos: 0 } });
    expect(out.files).toHaveLength(1);
    expect(out.files[0].file).toBe('csm.yaml');
    const f = out.files[0].findings[0];
    expect(Object.keys(f).sort()).toEqual(
      ['column', 'docs', 'endColumn', 'endLine', 'line', 'message', 'path', 'ruleId', 'severity'].sort(),
    );
    expect(f).toMatchObject({ ruleId: 'metric-value-out-of-range', severity: 'error', path: '/metrics/0/target/value' });
    expect(f.docs).toMatch(/docs\/rules\/metric-value-out-of-range\.md$/);
    const lines = withError.split('\n');
    expect(lines[f.line - 1]!.slice(f.column - 1)).toMatch(/^105/);
  });

  it('lints a folder: charters only, recursively, skipping node_modules and dot-folders', () => {
    const dir = tempTree({
      'charters/csm.yaml': clean,
      'charters/teams/support.yml': withError,
      'charters/charter.config.yaml': 'rules: {}\n',
      'charters/node_modules/x/bad.yaml': withError,
      'charters/.github/workflows/ci.yaml': 'on: push\n',
      'charters/.hidden/bad.yaml': withError,
    });
    const r = runCli(['lint', ...AS_OF, '-f', 'json', 'charters'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual(['charters/csm.yaml', 'charters/teams/support.yml']);
    expect(r.code).toBe(1);
  });

  it('exits 2 with one line for a missing file', () => {
    const r = runCli(['lint', 'nope.yaml'], { cwd: tempTree({}) });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^charter: nope\.yaml: no such file or folder/);
  });

  it('exits 2 for a folder with no charters', () => {
    const dir = tempTree({ 'ci.yaml': 'on: push\n' });
    const r = runCli(['lint', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /no charters found/);
  });

  it('exits 2 with file:line:col for a file that is not UTF-8', () => {
    const dir = tempTree({ 'latin1.yaml': new Uint8Array([...Buffer.from('charter: 1\nname: Zo'), 0xeb, 0x0a]) });
    const r = runCli(['lint', 'latin1.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^charter: latin1\.yaml:2:9: .*UTF-8/);
  });

  it('exits 2 on bad usage', () => {
    const bad = runCli(['lint', '--as-of', '2026-13-01', 'x.yaml']);
    expect(bad.code).toBe(2);
    expectOneLineError(bad.stderr, /--as-of must be a calendar date/);
    const unknown = runCli(['lint', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/);
    const format = runCli(['lint', '--format', 'xml', 'x.yaml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/stylish, json/);
    const command = runCli(['lnt']);
    expect(command.code).toBe(2);
  });

  it('prints the version and help with examples', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const v = runCli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const h = runCli(['lint', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/Examples:/);
    expect(h.stdout).toMatch(/Exit codes:/);
  });

  it('never colours output under NO_COLOR, even when forced to think it is a TTY', () => {
    const dir = tempTree({ 'csm.yaml': withError });
    const r = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const forced = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
  });
});
