/**
 * `charter diff` end to end, through the built bin, on a git repository made in a temporary
 * folder over a series of commits: each step's JSON diff is checked exactly, and the Markdown
 * passes markdownlint.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempTree } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { GIT_ENV, git } from '../helpers/git.js';
import { markdownProblems } from '../render/lint-markdown.js';

const AS_OF = '2026-11-22';

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: ${from} not in ${file}`);
  writeFileSync(path, text.replace(from, to));
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

function diffJson(dir: string, ...args: string[]): { code: number | null; json: unknown; stderr: string } {
  const r = runCli(['diff', '--as-of', AS_OF, '-f', 'json', ...args], { cwd: dir, env: GIT_ENV });
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

const csm = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');
const support = readFileSync(join(REFERENCE_DIR, 'support.yaml'), 'utf8');
const onboarding = readFileSync(join(REFERENCE_DIR, 'onboarding.yaml'), 'utf8');

describe('charter diff --git over a series of commits', () => {
  let dir: string;
  const rev: Record<string, string> = {};
  beforeAll(() => {
    dir = tempTree({ 'charters/csm.yaml': csm, 'charters/support.yaml': support, 'README.md': '# charters\n' });
    git(dir, 'init', '-q', '-b', 'main');
    rev['base'] = commit(dir, 'base');
    const s = runCli(['sign', 'charters/csm.yaml', '--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--department', 'Revenue', '--role', 'stakeholder', '--date', '2026-11-20'], { cwd: dir });
    if (s.code !== 0) throw new Error(s.stderr);
    rev['signed'] = commit(dir, 'Dana signs');
    edit(dir, 'charters/csm.yaml', 'target: {value: 110, by: 2028-12-31}', 'target: {value: 105, by: 2028-12-31}');
    rev['lowered'] = commit(dir, 'lower the NRR target');
    edit(dir, 'charters/csm.yaml', '    segment: [mid-market]\n    accountable: {team: csm, role: csm}', '    segment: [mid-market]\n    accountable: {team: sales, role: account-executive}');
    edit(dir, 'charters/csm.yaml', '    target: {value: 91, by: 2027-12-31}\n    owner: Maya Okafor', '    target: {value: 91, by: 2027-12-31}\n    owner: Elena Marsh');
    rev['owner'] = commit(dir, 'renewal owner moves');
    const text = readFileSync(join(dir, 'charters/csm.yaml'), 'utf8');
    writeFileSync(join(dir, 'charters/csm.yaml'), text.replace(/  - id: logo-churn\n[\s\S]*?(?=  - id: renewal-rate\n)/, ''));
    rev['removed'] = commit(dir, 'remove logo-churn');
    git(dir, 'mv', 'charters/csm.yaml', 'charters/customer-success.yaml');
    rev['renamed'] = commit(dir, 'rename');
    rmSync(join(dir, 'charters/support.yaml'));
    rev['deleted'] = commit(dir, 'delete support');
    writeFileSync(join(dir, 'charters/onboarding.yaml'), onboarding);
    rev['added'] = commit(dir, 'add onboarding');
  });

  const noFindings = { introduced: [], fixed: [] };
  function report(files: unknown[], summary: Record<string, number>, failed: string[] = []): unknown {
    const zero = { files: files.length, changes: 0, loweredTargets: 0, ownershipMoves: 0, signaturesStale: 0, findingsIntroduced: 0, findingsFixed: 0, errorsIntroduced: 0 };
    return { version: 1, files, summary: { ...zero, ...summary }, failed };
  }
  const between = (a: string, b: string, ...more: string[]) => diffJson(dir, '--git', rev[a]!, '--head', rev[b]!, ...more);

  it('a signature added: its changed date and new digest, nothing stale', () => {
    const r = between('base', 'signed');
    expect(r.code).toBe(0);
    const digest = /digest: "?(sha256:[0-9a-f]{64})/.exec(git(dir, 'show', `${rev['signed']}:charters/csm.yaml`))![1];
    expect(r.json).toEqual(
      report(
        [
          {
            status: 'modified',
            old: 'charters/csm.yaml',
            new: 'charters/csm.yaml',
            changes: [
              { kind: 'changed', section: 'signatures', id: 'Dana Whitfield', field: 'date', old: '2026-09-22', new: '2026-11-20', tags: [] },
              { kind: 'added', section: 'signatures', id: 'Dana Whitfield', field: 'digest', new: digest, tags: [] },
            ],
            signaturesStale: [],
            findings: noFindings,
          },
        ],
        { changes: 2 },
      ),
    );
  });

  it('a target lowered makes the signature stale and introduces its finding', () => {
    const r = between('signed', 'lowered', '--fail-on', 'lowered-target,signatures-stale');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('charter: diff fails on lowered-target, signatures-stale\n');
    expect(r.json).toEqual(
      report(
        [
          {
            status: 'modified',
            old: 'charters/csm.yaml',
            new: 'charters/csm.yaml',
            changes: [{ kind: 'changed', section: 'metrics', id: 'nrr', field: 'target.value', old: 110, new: 105, tags: ['target-lowered'], direction: 'increase' }],
            signaturesStale: [{ name: 'Dana Whitfield', title: 'Chief Revenue Officer', role: 'stakeholder' }],
            findings: {
              introduced: [
                {
                  ruleId: 'signature-stale',
                  severity: 'warning',
                  message:
                    'the signature of Dana Whitfield is out of date: the charter content has changed since it was signed (digest mismatch). Ask them to review the current version and sign again',
                  path: 'signatures[Dana Whitfield]',
                  line: 465,
                },
              ],
              fixed: [],
            },
          },
        ],
        { changes: 1, loweredTargets: 1, signaturesStale: 1, findingsIntroduced: 1 },
        ['lowered-target', 'signatures-stale'],
      ),
    );
  });

  it('owners moved: a metric owner and the accountable role of a swim lane', () => {
    const r = between('lowered', 'owner', '--fail-on', 'new-errors');
    expect(r.code).toBe(0);
    expect(r.json).toEqual(
      report(
        [
          {
            status: 'modified',
            old: 'charters/csm.yaml',
            new: 'charters/csm.yaml',
            changes: [
              { kind: 'changed', section: 'metrics', id: 'grr', field: 'owner', old: 'Maya Okafor', new: 'Elena Marsh', tags: ['ownership-moved'] },
              {
                kind: 'changed',
                section: 'swim_lanes',
                id: 'renewal@mid-market',
                field: 'accountable',
                old: { team: 'csm', role: 'csm' },
                new: { team: 'sales', role: 'account-executive' },
                tags: ['ownership-moved'],
              },
            ],
            signaturesStale: [],
            findings: noFindings,
          },
        ],
        { changes: 2, ownershipMoves: 2 },
      ),
    );
  });

  it('a metric removed while an objective still references it: the dangling reference and the new error', () => {
    const r = between('owner', 'removed', '--fail-on', 'new-errors');
    expect(r.code).toBe(1);
    expect(r.json).toEqual(
      report(
        [
          {
            status: 'modified',
            old: 'charters/csm.yaml',
            new: 'charters/csm.yaml',
            changes: [{ kind: 'removed', section: 'metrics', id: 'logo-churn', tags: ['dangling-reference'], referencedBy: ['objectives[protect-base]'] }],
            signaturesStale: [],
            findings: {
              introduced: [
                {
                  ruleId: 'objective-without-metric',
                  severity: 'error',
                  message: "objective 'protect-base' references unknown metric 'logo-churn': use the id of a metric defined under metrics",
                  path: 'objectives[protect-base].metrics[logo-churn]',
                  line: 98,
                },
              ],
              fixed: [],
            },
          },
        ],
        { changes: 1, findingsIntroduced: 1, errorsIntroduced: 1 },
        ['new-errors'],
      ),
    );
  });

  it('a renamed charter is compared with its old name: no change', () => {
    expect(between('removed', 'renamed').json).toEqual(
      report([{ status: 'renamed', old: 'charters/csm.yaml', new: 'charters/customer-success.yaml', changes: [], signaturesStale: [], findings: noFindings }], {}),
    );
  });

  it('a deleted charter and a new one', () => {
    expect(between('renamed', 'deleted').json).toEqual(
      report([{ status: 'deleted', old: 'charters/support.yaml', new: null, changes: [], signaturesStale: [], findings: noFindings }], {}),
    );
    expect(between('deleted', 'added').json).toEqual(
      report([{ status: 'added', old: null, new: 'charters/onboarding.yaml', changes: [], signaturesStale: [], findings: noFindings }], {}),
    );
  });

  it('the working tree against a revision, limited to paths, untracked charters included', () => {
    edit(dir, 'charters/onboarding.yaml', 'charter_types:', '# a comment\ncharter_types:');
    writeFileSync(join(dir, 'charters/new.yaml'), onboarding.replace(/id: onboarding\n/, 'id: onboarding-two\n'));
    writeFileSync(join(dir, 'notes.yaml'), 'just: yaml\n');
    const r = diffJson(dir, '--git', 'HEAD', 'charters');
    expect(r.code).toBe(0);
    const files = (r.json as { files: Array<{ status: string; new: string; changes: unknown[] }> }).files;
    expect(files.map((f) => [f.status, f.new, f.changes.length])).toEqual([
      ['added', 'charters/new.yaml', 0],
      ['modified', 'charters/onboarding.yaml', 0],
    ]);
    const all = diffJson(dir, '--git', 'HEAD');
    expect((all.json as { files: unknown[] }).files).toHaveLength(2);
    rmSync(join(dir, 'charters/new.yaml'));
    rmSync(join(dir, 'notes.yaml'));
    git(dir, 'checkout', '--', 'charters/onboarding.yaml');
  });

  it('stylish and markdown say the same in words; the markdown passes markdownlint', () => {
    const args = ['diff', '--as-of', AS_OF, '--git', rev['signed']!, '--head', rev['removed']!];
    const stylish = runCli(args, { cwd: dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain("~ metric 'nrr' target lowered: 110 → 105 (direction: increase)");
    expect(stylish.stdout).toContain("~ swim lane 'renewal@mid-market' owner (accountable) moved: 'csm/csm' → 'sales/account-executive'");
    expect(stylish.stdout).toContain("- metric 'logo-churn' removed; still referenced by 'objectives[protect-base]'");
    expect(stylish.stdout).toContain('! 1 signature made stale by this change: Dana Whitfield (Chief Revenue Officer)');
    expect(stylish.stdout).toContain('1 charter changed, 4 changes, 1 target lowered, 2 ownership moves, 1 signature made stale, 2 findings introduced, 0 fixed');
    const md = runCli([...args, '-f', 'markdown'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## charters/csm.yaml (modified)');
    expect(md.stdout).toContain("- metric 'nrr' target lowered: 110 → 105 (direction: increase)");
    expect(md.stdout).toContain('| introduced | 98 | error | `objective-without-metric` |');
    expect(markdownProblems(md.stdout)).toEqual([]);
  });

  it('usage and git errors exit 2 with one line', () => {
    const unknown = runCli(['diff', '--git', 'no-such-branch'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("charter: unknown git revision 'no-such-branch': name a branch, tag or commit (in CI, fetch it first: git fetch origin no-such-branch)\n");
    const kind = runCli(['diff', '--git', 'HEAD', '--fail-on', 'everything'], { cwd: dir });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--fail-on: unknown kind 'everything'");
    const one = runCli(['diff', 'charters/onboarding.yaml'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('charter diff compares two charters, got 1');
    const outside = runCli(['diff', '--git', 'HEAD'], { cwd: tempTree({ 'a.yaml': 'charter: 1\n' }) });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/not inside a git repository/);
  });
});

describe('charter diff <old> <new>', () => {
  it('compares two files; a missing one exits 2', () => {
    const dir = tempTree({ 'old.yaml': csm, 'new.yaml': csm.replace('    - Mid-market renewals and low-complexity upsell within the limit below.\n', '') });
    const r = runCli(['diff', '--as-of', AS_OF, '-f', 'json', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0]).toEqual({
      status: 'modified',
      old: 'old.yaml',
      new: 'new.yaml',
      changes: [{ kind: 'removed', section: 'scope.in', old: 'Mid-market renewals and low-complexity upsell within the limit below.', tags: ['scope-in'] }],
      signaturesStale: [],
      findings: { introduced: [], fixed: [] },
    });
    const missing = runCli(['diff', 'old.yaml', 'gone.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('charter: gone.yaml: cannot read the file: no such file or folder\n');
  });
});
