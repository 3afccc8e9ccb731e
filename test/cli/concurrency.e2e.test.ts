/*
 * Lint workers (src/engine/parallel.ts) share out the per-file step of the one lint sequence on
 * runs of many files. Whatever thread lints a file, the report must be the same as on one thread:
 * findings, their order, inline suppressions, per-folder configuration, cross-charter findings,
 * skipped non-charters.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const clean = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');

/** A copy of the clean charter with its own team id (or a shared one, for a duplicate). */
function charter(i: number, extra = '', teamId = `team-${i}`): string {
  return clean
    .replace(/^(team:\n(?:.*\n)*?  id: )([a-z0-9-]+)/m, `$1${teamId}`)
    .replace(/^(  id: )([a-z0-9-]+)/m, `$1$2-${i}`)
    .concat(extra);
}

function tree(): string {
  const files: Record<string, string> = {
    'charter.config.yaml': 'overrides:\n  - files: ["quiet/**"]\n    rules:\n      placeholder-text: off\n',
    'notes/other.yaml': 'foo: 1\n',
    'broken/c-bad.yaml': 'charter: 1\nteam: [unclosed\n',
  };
  for (let i = 0; i < 150; i++) {
    const kind = i % 5;
    const dir = i % 7 === 0 ? 'quiet' : 'charters';
    const extra =
      kind === 0 ? `x-note: TBD ${i}\n` : kind === 1 ? `# charter-disable-next-line placeholder-text -- later\nx-note: TBD ${i}\n` : kind === 2 ? 'x-note: TODO\n' : '';
    files[`${dir}/c-${String(i).padStart(3, '0')}.yaml`] = charter(i, extra, i === 40 || i === 140 ? 'same-team' : `team-${i}`);
  }
  return tempTree(files);
}

describe('lint workers', () => {
  const dir = tree();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lint = (concurrency: string) => runCli(['lint', '--as-of', '2026-11-22', '--concurrency', concurrency, '-f', 'json', '.'], { cwd: dir, timeout: 120_000 });
  const one = lint('off');

  it('one thread: the run has findings of every kind', () => {
    expect(one.code).toBe(1);
    const report = (JSON.parse(one.stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string }> }> }).files;
    const ids = new Set(report.flatMap((r) => r.findings.map((f) => f.ruleId)));
    expect([...ids].sort()).toEqual(expect.arrayContaining(['placeholder-text', 'yaml-syntax', 'cross-duplicate-team-id']));
    expect(report.some((r) => r.file.includes('other.yaml'))).toBe(false);
    // The override silences the quiet/ folder; the inline comment silences kind 1.
    expect(report.filter((r) => r.file.startsWith('quiet/')).flatMap((r) => r.findings.filter((f) => f.ruleId === 'placeholder-text'))).toEqual([]);
  });

  it.each(['auto', '1', '2'])('--concurrency %s gives the same report, byte for byte', (n) => {
    const many = lint(n);
    expect(many.stderr).toBe(one.stderr);
    expect(many.code).toBe(one.code);
    expect(many.stdout).toBe(one.stdout);
  });

  it('refuses a value that is not auto, off or a number', () => {
    const r = runCli(['lint', '--concurrency', 'lots', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--concurrency must be auto, off or a number of worker threads, got 'lots'");
  });
});
