import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { CharterError } from './errors.js';
import { isGlob } from './config/glob.js';
import { MAX_FILE_BYTES, mebibytes } from './model/decode.js';

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

function tooLarge(path: string, what: string): CharterError {
  return new CharterError(`${path}: ${what}; charters are limited to ${MAX_FILE_BYTES / 1048576} MiB. Is this really a charter?`);
}

/**
 * Reads a file's bytes, turning I/O failures into one-line errors (exit 2). A file over the size
 * limit of charters is refused without being read, and no more than the limit (plus one byte) is
 * ever read, so a device that never ends (`/dev/zero`) cannot hang the run or fill the memory.
 */
export function readBytes(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new CharterError(`${path}: cannot read the file: ${ioMessage(err)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CharterError(`${path}: cannot read the file: is a folder`);
    if (stat.isFile() && stat.size > MAX_FILE_BYTES) throw tooLarge(path, `file is ${mebibytes(stat.size)}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 16, MAX_FILE_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) throw tooLarge(path, `more than ${MAX_FILE_BYTES / 1048576} MiB to read`);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof CharterError) throw err;
    throw new CharterError(`${path}: cannot read the file: ${ioMessage(err)}`);
  } finally {
    closeSync(fd);
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
    const prefix = p.endsWith('/') ? p : `${p}/`;
    for (const f of yamlFilesBelow(p)) out.push({ path: p === '.' ? f : prefix + f, explicit: false });
  }
  // The same file reached twice (named twice, or through a symbolic link) is linted once. One
  // folder cannot reach a file twice (see yamlFilesBelow), so only several paths need real paths.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = (paths.length > 1 ? realPath(f.path) : undefined) ?? f.path;
    return !seen.has(key) && (seen.add(key), !isIgnored(f.path));
  });
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

const YAML_FILE = /\.ya?ml$/;

/**
 * The `*.yaml` and `*.yml` files below `dir` (paths relative to it, sorted), skipping
 * `node_modules` and names starting with a dot, as the glob `**\/*.{yaml,yml}` would. A symbolic
 * link to a file counts as a file, unless it points at a file already found (a charter linked
 * beside itself is linted once); links to folders are not followed (no loops, no walking out of
 * the tree), and broken or looping links are skipped. Folders that cannot be read are skipped.
 */
function yamlFilesBelow(dir: string): string[] {
  const files: string[] = [];
  const links: string[] = [];
  const visit = (rel: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '' ? dir : join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') visit(path);
      } else if (YAML_FILE.test(e.name)) {
        if (e.isFile()) files.push(path);
        else if (e.isSymbolicLink()) links.push(path);
      }
    }
  };
  visit('');
  if (links.length > 0) {
    const real = new Set(files.map((f) => realPath(join(dir, f))));
    for (const l of links) {
      const target = realPath(join(dir, l));
      if (target === undefined || real.has(target)) continue;
      try {
        if (!statSync(target).isFile()) continue;
      } catch {
        continue;
      }
      real.add(target);
      files.push(l);
    }
  }
  return files.sort();
}
