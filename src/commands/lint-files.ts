import { existsSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { CharterError } from '../errors.js';
import { expandPaths, type CharterFile } from '../files.js';
import { isGlob } from '../config/glob.js';

/**
 * The files to lint: paths (files, folders) and globs, quoted (expanded here) or expanded by the
 * shell; minus ignored files. Files found by a folder or a glob are linted only when they look
 * like charters. Sorted per argument, without duplicates.
 */
export async function collectFiles(paths: readonly string[], isIgnored: (file: string) => boolean): Promise<CharterFile[]> {
  const out: CharterFile[] = [];
  for (const p of paths) {
    if (isGlob(p) && !existsSync(p)) {
      const found = await glob(p, { ignore: ['**/node_modules/**', '**/.*/**'], dot: false, followSymbolicLinks: false, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) throw new CharterError(`no files match '${p}'; check the pattern (quote it to let charter expand it)`);
      for (const f of found.sort()) out.push({ path: f, explicit: false });
    } else {
      out.push(...(await expandPaths([p])));
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && (seen.add(f.path), !isIgnored(f.path)));
}
