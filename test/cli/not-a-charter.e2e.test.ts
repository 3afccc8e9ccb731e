/**
 * A YAML file that is no charter at all, end to end on the built bin: named explicitly it is
 * refused in one line (exit 2); found in a folder it is skipped with one note.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';

const CHARTER = readFileSync(join(ROOT, 'examples/cs-operations.yaml'), 'utf8');
const REFUSAL =
  "charter: foo.yaml: not a charter: its top-level keys (foo, bar) include none of a charter's (charter, meta, team, statement, ...); name a charter file, or create one with 'charter init'\n";

describe('a file that is not a charter (built bin)', () => {
  it.each([
    ['lint'],
    ['render'],
    ['sign', '--name', 'Maya Okafor', '--title', 'Director', '--date', '2026-11-22'],
    ['sign', '--verify'],
    ['approve', '--name', 'Maya Okafor', '--decision', 'approved'],
    ['bump', '--summary', 'x', 'minor'],
    ['review'],
  ])(
    'charter %s foo.yaml (foo: 1): one line naming the file and what to do, exit 2, nothing written',
    (command, ...rest) => {
      const dir = tempTree({ 'foo.yaml': 'foo: 1\nbar: [1]\n' });
      const r = runCli([command, 'foo.yaml', ...rest], { cwd: dir });
      expect(r).toMatchObject({ code: 2, stdout: '', stderr: REFUSAL });
      expect(readFileSync(join(dir, 'foo.yaml'), 'utf8')).toBe('foo: 1\nbar: [1]\n');
    },
  );

  it('a package.json (one charter section, dependencies, among 14 keys) is no charter either: lint and approve refuse it', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const dir = tempTree({ 'package.json': pkg });
    const keys = Object.keys(JSON.parse(pkg) as object).length;
    const line = `charter: package.json: not a charter: it has no top-level 'charter:' key and only 1 of its ${keys} top-level keys (dependencies) is a charter section; name a charter file, or create one with 'charter init'\n`;
    for (const args of [['lint', 'package.json'], ['approve', 'package.json', '--name', 'X', '--decision', 'approved']]) {
      expect(runCli(args, { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr: line });
    }
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(pkg);
  });

  it('a file with any section of the format is a charter with gaps: linted, with findings (exit 1)', () => {
    const dir = tempTree({ 'm.yaml': 'meta:\n  id: x\n' });
    const r = runCli(['lint', 'm.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("required field 'charter' is missing from the charter");
  });

  it('in a folder, YAML files without a top-level charter key are skipped with one note on stderr', () => {
    const dir = tempTree({ 'd/ops.yaml': CHARTER, 'd/x.yml': 'foo: 1\n', 'd/ci.yaml': 'name: ci\n' });
    const r = runCli(['lint', '--as-of', '2026-11-22', '-f', 'json', 'd'], { cwd: dir });
    expect(r.stderr).toBe("charter: note: skipped 2 YAML files without a top-level 'charter:' key (not charters): d/ci.yaml, d/x.yml\n");
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);
    expect(files).toEqual(['d/ops.yaml']);
  });
});
