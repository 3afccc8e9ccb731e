#!/usr/bin/env node
/**
 * Releases the GitHub Action: `uses: charter-cli/charter@v1` runs action/dist/index.js from the
 * tag, and on main that bundle is a build output (ignored by git). This script makes a commit
 * whose tree is HEAD's tree plus the built bundle, with HEAD as its parent, and points the tags
 * v<version> and v<major> at it (the major tag moves with each release, as actions do). It
 * touches neither the branch, the index nor the working tree: it writes through a temporary index.
 *
 *   npm run build && node scripts/release-action.mjs [--push <remote>]
 *
 * The release workflow (.github/workflows/release-action.yml) runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cwd = process.cwd();
const args = process.argv.slice(2);
const pushIndex = args.indexOf('--push');
const remote = pushIndex >= 0 ? args[pushIndex + 1] : undefined;
if (pushIndex >= 0 && !remote) fail('--push needs a remote name, e.g. --push origin');

function fail(message) {
  console.error(`release-action: ${message}`);
  process.exit(2);
}

function git(gitArgs, env = {}) {
  return execFileSync('git', gitArgs, { cwd, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

const bundle = 'action/dist/index.js';
if (!existsSync(join(cwd, bundle))) fail(`${bundle} is missing: run npm run build first`);
const { version } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json version '${version}' is not MAJOR.MINOR.PATCH`);
const major = `v${version.split('.')[0]}`;
const full = `v${version}`;

const dir = mkdtempSync(join(tmpdir(), 'charter-release-'));
try {
  const env = { GIT_INDEX_FILE: join(dir, 'index') };
  git(['read-tree', 'HEAD'], env);
  const blob = git(['hash-object', '-w', '--', bundle]);
  git(['update-index', '--add', '--cacheinfo', `100644,${blob},${bundle}`], env);
  const tree = git(['write-tree'], env);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `release ${full}: the action's bundle (${bundle})`]);
  git(['tag', '-f', full, commit]);
  git(['tag', '-f', major, commit]);
  console.log(`release-action: ${full} and ${major} → ${commit.slice(0, 12)} (HEAD plus ${bundle})`);
  if (remote) {
    git(['push', remote, `refs/tags/${full}`]);
    git(['push', '--force', remote, `refs/tags/${major}`]);
    console.log(`release-action: pushed ${full} and ${major} to ${remote}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
