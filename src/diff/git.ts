/**
 * The charters that changed between a git revision and the working tree (or another revision),
 * read through git itself: `git diff --name-status -M` says what was added, deleted, renamed or
 * modified, `git show <rev>:<path>` gives a version's text. Untracked charters of the working tree
 * count as added. Paths are relative to the current folder.
 */
import { readFileSync } from 'node:fs';
import { CharterError } from '../errors.js';
import { looksLikeCharter } from '../files.js';
import { nodeChildProcess } from '../lazy.js';
import type { FilePair } from './report.js';

const YAML = /\.ya?ml$/i;

function git(args: readonly string[], cwd: string): string {
  const r = nodeChildProcess().spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new CharterError(code === 'ENOENT' ? 'git is not installed (or not on PATH): charter diff --git needs it' : `git: ${r.error.message}`);
  }
  if (r.status !== 0) {
    const first = (r.stderr || '').trim().split('\n')[0] ?? '';
    throw new CharterError(`git ${args[0]} failed: ${first.replace(/^fatal: /, '')}`);
  }
  return r.stdout;
}

/** A revision's text of a path (relative to `cwd`). */
function show(rev: string, path: string, cwd: string): string {
  return git(['show', `${rev}:./${path}`], cwd);
}

/** Checks that `rev` names a commit, with a message that says what to do when it does not. */
function verify(rev: string, cwd: string): void {
  const r = nodeChildProcess().spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd, encoding: 'utf8' });
  if (r.error) throw new CharterError('git is not installed (or not on PATH): charter diff --git needs it');
  if (r.status !== 0) {
    const inside = nodeChildProcess().spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd, encoding: 'utf8' });
    if (inside.status !== 0) throw new CharterError(`${cwd}: not inside a git repository; charter diff --git compares with a git revision`);
    throw new CharterError(`unknown git revision '${rev}': name a branch, tag or commit (in CI, fetch it first: git fetch origin ${rev})`);
  }
}

/**
 * The charter pairs that differ between `base` and `head` (a revision, or undefined for the
 * working tree), limited to `paths` when given.
 */
export function gitPairs(base: string, head: string | undefined, paths: readonly string[], cwd = process.cwd()): FilePair[] {
  verify(base, cwd);
  if (head !== undefined) verify(head, cwd);
  const spec = paths.length > 0 ? ['--', ...paths] : [];
  const out = git(['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', base, ...(head !== undefined ? [head] : []), ...spec], cwd);
  const parts = out.split('\0').filter((s) => s !== '');
  const pairs: FilePair[] = [];
  const newText = (p: string) => (head === undefined ? readFileSync(`${cwd}/${p}`, 'utf8') : show(head, p, cwd));
  for (let i = 0; i < parts.length; ) {
    const status = parts[i++]!;
    const code = status[0];
    if (code === 'R' || code === 'C') {
      const from = parts[i++]!;
      const to = parts[i++]!;
      if (!YAML.test(from) && !YAML.test(to)) continue;
      if (code === 'C') pairs.push({ status: 'added', new: { file: to, text: newText(to) } });
      else pairs.push({ status: 'renamed', old: { file: from, text: show(base, from, cwd) }, new: { file: to, text: newText(to) } });
      continue;
    }
    const path = parts[i++]!;
    if (!YAML.test(path)) continue;
    if (code === 'A') pairs.push({ status: 'added', new: { file: path, text: newText(path) } });
    else if (code === 'D') pairs.push({ status: 'deleted', old: { file: path, text: show(base, path, cwd) } });
    else if (code === 'M' || code === 'T') pairs.push({ status: 'modified', old: { file: path, text: show(base, path, cwd) }, new: { file: path, text: newText(path) } });
  }
  if (head === undefined) {
    const untracked = git(['ls-files', '-z', '--others', '--exclude-standard', ...spec], cwd).split('\0').filter((p) => YAML.test(p));
    for (const p of untracked) pairs.push({ status: 'added', new: { file: p, text: newText(p) } });
  }
  // Only charters: a YAML file that is not a charter in either version is not compared.
  return pairs
    .filter((p) => (p.old !== undefined && looksLikeCharter(p.old.text)) || (p.new !== undefined && looksLikeCharter(p.new.text)))
    .sort((a, b) => {
      const x = a.new?.file ?? a.old!.file;
      const y = b.new?.file ?? b.old!.file;
      return x < y ? -1 : x > y ? 1 : 0;
    });
}

/** Lines of a file, 1-based and inclusive. */
export type LineSpan = readonly [first: number, last: number];

/**
 * The lines of a pair's new version that the change touched, as git's diff (and so the pull
 * request's "Files changed" view) shows them: every line of an added charter; for a modified or
 * renamed one, the new side of each hunk of `git diff --unified=0` (a hunk that only deletes
 * marks the lines on either side of the gap). A deleted charter has none.
 */
export function changedLines(base: string, head: string | undefined, pair: FilePair, cwd = process.cwd()): LineSpan[] {
  if (pair.new === undefined) return [];
  if (pair.old === undefined) return [[1, Number.POSITIVE_INFINITY]];
  const files = pair.old.file === pair.new.file ? [pair.new.file] : [pair.old.file, pair.new.file];
  const out = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', '--relative', base, ...(head !== undefined ? [head] : []), '--', ...files], cwd);
  const spans: LineSpan[] = [];
  for (const m of out.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    spans.push(count === 0 ? [Math.max(1, start), start + 1] : [start, start + count - 1]);
  }
  return spans;
}
