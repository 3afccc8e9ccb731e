import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempTree, ROOT } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const CSM = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');
const WEAK = readFileSync(join(ROOT, 'examples/needs-work/weak.yaml'), 'utf8');
const MISSION = 'so they renew and grow with confidence.';
const DANA = ['--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--date', '2026-11-22'];

function tree(text: string, name = 'csm.yaml'): { dir: string; path: string; read: () => string } {
  const dir = tempTree({ [name]: text });
  const path = join(dir, name);
  return { dir, path, read: () => readFileSync(path, 'utf8') };
}

interface JsonOut {
  files: Array<{ findings: Array<{ ruleId: string; path: string; message: string }> }>;
}

function staleOf(dir: string): string[] {
  const r = runCli(['lint', '--as-of', '2026-11-22', '--format', 'json', 'csm.yaml'], { cwd: dir });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as JsonOut;
  return out.files[0]!.findings.filter((f) => f.ruleId === 'signature-stale').map((f) => `${f.path} ${f.message}`);
}

describe('charter sign (built bin)', () => {
  it('sign → lint clean; edit the mission → signature-stale for that signer; revert → clean again', () => {
    const t = tree(CSM);
    const r = runCli(['sign', 'csm.yaml', ...DANA], { cwd: t.dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^csm\.yaml: replaced the signature of Dana Whitfield \(Chief Revenue Officer\) on 2026-11-22, version 3\.0, sha256:[0-9a-f]{12}…\n$/);
    expect(r.code).toBe(0);
    const signed = t.read();
    const d = lineDiff(CSM, signed);
    expect(d.removed).toEqual([
      '  - {name: Dana Whitfield, title: Chief Revenue Officer, department: Revenue, role: stakeholder, date: 2026-09-22, version: "3.0"}',
    ]);
    expect(d.added).toHaveLength(1);
    expect(d.added[0]).toMatch(
      /^ {2}- \{name: Dana Whitfield, title: Chief Revenue Officer, department: Revenue, role: stakeholder, date: 2026-11-22, version: "3\.0", digest: sha256:[0-9a-f]{64}\}$/,
    );
    expect(staleOf(t.dir)).toEqual([]);

    writeFileSync(t.path, signed.replace(MISSION, 'so they renew and grow.'));
    expect(staleOf(t.dir)).toEqual([
      '/signatures/1 the signature of Dana Whitfield is out of date: the charter content has changed since it was signed (digest mismatch). Ask them to review the current version and sign again',
    ]);

    writeFileSync(t.path, signed);
    expect(staleOf(t.dir)).toEqual([]);
  });

  it('a formatting-only edit (comments, quoting, key order, CRLF) keeps the signature valid', () => {
    const t = tree(CSM);
    expect(runCli(['sign', 'csm.yaml', ...DANA], { cwd: t.dir }).code).toBe(0);
    const reformatted = t
      .read()
      .replace('  id: csm-charter\n  name: Customer Success Management Team Charter\n', "  name: 'Customer Success Management Team Charter'   # renamed? no\n  id: \"csm-charter\"\n")
      .replace(/\n/g, '\r\n');
    writeFileSync(t.path, reformatted);
    expect(staleOf(t.dir)).toEqual([]);
  });

  it('appends a new signer in the style of the others, with version and digest', () => {
    const t = tree(CSM);
    const r = runCli(['sign', 'csm.yaml', '--name', 'Hannah Ivers', '--title', 'Director, Onboarding', '--department', 'Customer Success', '--role', 'stakeholder', '--date', '2026-11-22'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^csm\.yaml: signed as Hannah Ivers/);
    const d = lineDiff(CSM, t.read());
    expect(d.removed).toEqual([]);
    expect(d.added).toHaveLength(1);
    expect(d.added[0]).toMatch(/^ {2}- \{name: Hannah Ivers, title: "Director, Onboarding", department: Customer Success, role: stakeholder, date: 2026-11-22, version: "3\.0", digest: sha256:[0-9a-f]{64}\}$/);
    expect(t.read().endsWith(d.added[0] + '\n')).toBe(true);
  });

  it('matches the signer case-insensitively with white space collapsed, keeping the stored spelling', () => {
    const t = tree(CSM);
    expect(runCli(['sign', 'csm.yaml', '--name', '  marcus   LEE ', '--title', 'VP Sales', '--date', '2026-11-22'], { cwd: t.dir }).code).toBe(0);
    const sigs = parse(t.read()).signatures as Array<Record<string, string>>;
    expect(sigs).toHaveLength(10);
    expect(sigs[2]).toMatchObject({ name: 'Marcus Lee', date: '2026-11-22', version: '3.0' });
    expect(sigs[2]!['digest']).toMatch(/^sha256:/);
  });

  it('--verify: valid, stale, another version, no digest; exit 1 unless all are valid', () => {
    const t = tree(CSM.replace(/^signatures:[\s\S]*$/m, 'signatures: []\n'));
    // No signatures: the charter has error findings (executive-signature-missing), so sign refuses…
    const refused = runCli(['sign', 'csm.yaml', ...DANA], { cwd: t.dir });
    expect(refused.code).toBe(1);
    expect(runCli(['sign', '--verify', 'csm.yaml'], { cwd: t.dir })).toMatchObject({ code: 1, stdout: expect.stringContaining('no signatures') });
    // …unless asked.
    expect(runCli(['sign', 'csm.yaml', ...DANA, '--allow-findings'], { cwd: t.dir }).code).toBe(0);
    expect(t.read()).toMatch(/\nsignatures:\n {2}- name: Dana Whitfield\n {4}title: Chief Revenue Officer\n {4}date: 2026-11-22\n {4}version: "3\.0"\n {4}digest: sha256:[0-9a-f]{64}\n$/);
    let v = runCli(['sign', '--verify', 'csm.yaml'], { cwd: t.dir });
    expect(v.stdout).toMatch(/^csm\.yaml: version 3\.0, content sha256:[0-9a-f]{64}\n {2}✔ valid {9}Dana Whitfield {2}signed 2026-11-22 for version 3\.0; the content is unchanged\n1 of 1 signature valid\n$/);
    expect(v.code).toBe(0);

    expect(runCli(['sign', 'csm.yaml', '--name', 'Rui Costa', '--title', 'VP Customer Support', '--date', '2026-11-22', '--allow-findings'], { cwd: t.dir }).code).toBe(0);
    writeFileSync(t.path, t.read().replace(MISSION, 'so they renew.') + '  - {name: Old Hand, date: 2026-01-01}\n');
    v = runCli(['sign', '--verify', 'csm.yaml'], { cwd: t.dir });
    expect(v.stdout.split('\n').slice(1)).toEqual([
      '  ✖ stale         Dana Whitfield  the content changed since it was signed on 2026-11-22; sign again',
      '  ✖ stale         Rui Costa       the content changed since it was signed on 2026-11-22; sign again',
      '  ✖ no digest     Old Hand        has no digest, so the signed content cannot be checked; sign again with charter sign',
      '0 of 3 signatures valid',
      '',
    ]);
    expect(v.code).toBe(1);

    expect(runCli(['bump', 'csm.yaml', 'minor', '--summary', 'Shorter mission.', '--date', '2026-11-23'], { cwd: t.dir }).code).toBe(0);
    v = runCli(['sign', '--verify', 'csm.yaml'], { cwd: t.dir });
    expect(v.stdout).toContain('  ✖ other version Dana Whitfield  signed for version 3.0, the charter is version 3.1; sign again\n');
    expect(v.code).toBe(1);
  });

  it('refuses a charter with error findings: prints them, exits 1 and leaves the file byte-identical', () => {
    const t = tree(WEAK, 'weak.yaml');
    const r = runCli(['sign', 'weak.yaml', ...DANA], { cwd: t.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('weak.yaml\n');
    expect(r.stdout).toMatch(/error {2}.*schema-violation/);
    expect(r.stdout).not.toMatch(/warning {2}/);
    expect(r.stderr).toMatch(/^charter: weak\.yaml: not signed: lint reports \d+ errors \(above\); fix them, or sign anyway with --allow-findings\n$/);
    expect(t.read()).toBe(WEAK);
  });

  it('keeps a byte order mark and CRLF line endings, changing only the signed line', () => {
    const crlf = '\uFEFF' + CSM.replace(/\n/g, '\r\n');
    const t = tree(crlf);
    expect(runCli(['sign', 'csm.yaml', ...DANA], { cwd: t.dir }).code).toBe(0);
    const bytes = readFileSync(t.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const out = bytes.toString('utf8');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    const d = lineDiff(crlf, out);
    expect(d.removed).toHaveLength(1);
    expect(d.added[0]).toContain('digest: sha256:');
    expect(staleOf(t.dir)).toEqual([]);
  });

  it('bad input: exit 2 with a one-line located message, file untouched', () => {
    const broken = CSM.replace('  version: "3.0"\n', '  version: "3.0\n');
    const t = tree(broken);
    const r = runCli(['sign', 'csm.yaml', ...DANA], { cwd: t.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^charter: csm\.yaml:\d+:\d+: .+; fix the YAML before running 'charter sign'\n$/);
    expect(t.read()).toBe(broken);

    const notList = tree(CSM.replace(/^signatures:[\s\S]*$/m, 'signatures: none\n'));
    const r2 = runCli(['sign', 'csm.yaml', ...DANA, '--allow-findings'], { cwd: notList.dir });
    expect(r2).toMatchObject({ code: 2, stdout: '' });
    expect(r2.stderr).toMatch(/^charter: csm\.yaml: cannot add to \/signatures: it is not a list; .*\n$/);
    expect(notList.read()).toBe(CSM.replace(/^signatures:[\s\S]*$/m, 'signatures: none\n'));

    expect(runCli(['sign', 'csm.yaml', '--name', 'A'], { cwd: t.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--title is required') });
    expect(runCli(['sign', 'csm.yaml', ...DANA.slice(0, 4), '--date', '2026-02-30'], { cwd: t.dir })).toMatchObject({
      code: 2,
      stderr: "charter: --date must be a calendar date written YYYY-MM-DD, got '2026-02-30'\n",
    });
    expect(runCli(['sign', '--verify', 'csm.yaml', '--name', 'A'], { cwd: t.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('leave out --name') });
    expect(runCli(['sign', 'missing.yaml', ...DANA], { cwd: t.dir })).toMatchObject({ code: 2, stderr: 'charter: missing.yaml: cannot read the file: no such file or folder\n' });
    expect(runCli(['sign', 'csm.yaml', 'other.yaml', ...DANA], { cwd: t.dir })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'charter: sign one charter at a time: got 2 files (csm.yaml, other.yaml); --verify checks several at once\n',
    });
    expect(t.read()).toBe(broken);
  });

  it('warns when the signature is dated before the latest revision (stale at once), but signs', () => {
    const t = tree(CSM);
    const r = runCli(['sign', 'csm.yaml', '--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--date', '2026-09-01'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^charter: warning: csm\.yaml:\d+:5: the signature of Dana Whitfield is out of date: signed on 2026-09-01, before the latest revision on 2026-09-15\. .*\n$/,
    );
    expect(parse(t.read()).signatures[1].date).toBe('2026-09-01');
  });

  it('--help shows examples and exit codes', () => {
    const r = runCli(['sign', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ charter sign --verify csm.yaml');
    expect(r.stdout).toContain('Exit codes:');
    // The rule in words, not a section of a spec file users do not have.
    expect(r.stdout).not.toMatch(/format\.md|rules\.md|§/);
    expect(r.stdout).toMatch(/SHA-256 of\s+the charter as canonical JSON, without signatures and approvals/);
  });
});
