import { existsSync, readFileSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { CharterError } from './errors.js';
import { isGlob } from './config/glob.js';

/** Where a file to lint came from: named on the command line, or found in a folder. */
export interface CharterFile {
  path: string;
  explicit: boolean;
}

/** A file found in a folder is a charter when its top level has a `charter` key. */
const CHARTER_KEY = /^(?:\uFEFF)?["']?charter["']?[ \t]*:/m;

/** Whether raw text looks like a charter (has a top-level `charter:` key). */
export function looksLikeCharter(text: string): boolean {
  return CHARTER_KEY.test(text);
}

function ioMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** Reads a file's bytes, turning I/O failures into one-line errors (exit 2). */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CharterError(`${path}: cannot read the file: ${ioMessage(err)}`);
  }
}

const SKIP = ['**/node_modules/**', '**/.*/**'];

/**
 * Expands the command line's paths: a file is always linted; a folder means the `*.yaml` and
 * `*.yml` files below it, skipping `node_modules` and dot-folders; a glob that names no existing
 * file (quoted, so the shell left it) is expanded here. Files found by a folder or a glob are
 * linted only when they look like charters. Sorted per argument, without duplicates; files for
 * which `isIgnored` is true are left out.
 */
export async function expandPaths(
  paths: readonly string[],
  isIgnored: (file: string) => boolean = () => false,
): Promise<CharterFile[]> {
  const out: CharterFile[] = [];
  for (const p of paths) {
    if (isGlob(p) && !existsSync(p)) {
      const found = await glob(p, { ignore: SKIP, dot: false, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) throw new CharterError(`no files match '${p}'; check the pattern (quote it to let charter expand it)`);
      for (const f of found.sort()) out.push({ path: f, explicit: false });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (err) {
      throw new CharterError(`${p}: ${ioMessage(err)}; check the path (run 'charter lint --help' for usage)`);
    }
    if (!isDir) {
      out.push({ path: p, explicit: true });
      continue;
    }
    const found = await glob(['**/*.yaml', '**/*.yml'], { cwd: p, ignore: SKIP, dot: false, followSymbolicLinks: false, onlyFiles: true });
    const prefix = p.endsWith('/') ? p : `${p}/`;
    for (const f of found.sort()) out.push({ path: p === '.' ? f : prefix + f, explicit: false });
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && (seen.add(f.path), !isIgnored(f.path)));
}
