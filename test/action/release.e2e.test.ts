/**
 * `uses: charter-cli/charter@v1` works only if the tag holds the bundle: scripts/release-action.mjs
 * makes that commit. On a clone of this repository: the tags point at HEAD plus the bundle, the
 * branch and working tree are untouched, and the tag's files alone (no node_modules) run the action.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT, tempTree } from '../helpers/cli.js';
import { GIT_ENV, git } from '../helpers/git.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const BUNDLE = 'action/dist/index.js';

describe('scripts/release-action.mjs', () => {
  it('tags HEAD plus the bundle as v<version> and v<major>; the tagged files run the action without node_modules', () => {
    const work = tempTree({});
    const clone = join(work, 'clone');
    git(work, 'clone', '-q', '--no-hardlinks', ROOT, clone);
    const head = git(clone, 'rev-parse', 'HEAD');
    mkdirSync(join(clone, 'action/dist'), { recursive: true });
    copyFileSync(join(ROOT, BUNDLE), join(clone, BUNDLE));

    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/release-action.mjs')], { cwd: clone, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const major = `v${pkg.version.split('.')[0]}`;
    const tagged = git(clone, 'rev-parse', `${major}^{commit}`);
    expect(r.stdout).toContain(`v${pkg.version} and ${major} → ${tagged.slice(0, 12)}`);
    expect(git(clone, 'rev-parse', `v${pkg.version}^{commit}`)).toBe(tagged);
    expect(git(clone, 'rev-parse', `${major}^`)).toBe(head);
    // Only the bundle is added; the branch, index and working tree are as they were.
    expect(git(clone, 'diff', '--name-status', head, major)).toBe(`A\t${BUNDLE}`);
    expect(git(clone, 'show', `${major}:${BUNDLE}`)).toBe(readFileSync(join(ROOT, BUNDLE), 'utf8').trim());
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(clone, 'status', '--porcelain')).toBe('');

    // What the runner downloads for `uses: …@v1`: the tag's files, nothing installed.
    const action = join(work, 'action');
    mkdirSync(action);
    execFileSync('git', ['archive', '--format=tar', '-o', join(work, 'action.tar'), major], { cwd: clone });
    execFileSync('tar', ['-xf', join(work, 'action.tar'), '-C', action]);
    const workspace = join(work, 'workspace');
    mkdirSync(join(workspace, 'charters'), { recursive: true });
    writeFileSync(join(workspace, 'charters/csm.yaml'), readFileSync(join(REFERENCE_DIR, 'csm.yaml')));
    const run = spawnSync(process.execPath, [join(action, BUNDLE)], {
      cwd: workspace,
      env: { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true', INPUT_PATHS: 'charters', 'INPUT_AS-OF': '2026-11-22', RUNNER_TEMP: work },
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('charter: 1 charter checked: 0 errors, 0 warnings, 0 infos');
    expect(run.status).toBe(0);
  });
});
