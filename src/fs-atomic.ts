import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CharterError } from './errors.js';

/** Temporary files being written; removed if the process is interrupted. */
const pending = new Set<string>();
let hooked = false;

function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  const cleanup = () => {
    for (const p of pending) rmSync(p, { force: true });
    pending.clear();
  };
  process.on('exit', cleanup);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      cleanup();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

export interface WriteOptions {
  /** Replace an existing file (default: refuse, exit 2). */
  overwrite?: boolean;
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target, is flushed
 * to disk, then renamed over the target, so readers (and a crash or Ctrl-C) see either the old
 * file or the complete new one, never a partial file. Without `overwrite`, an existing target is
 * left untouched and a CharterError (exit 2) is thrown — checked without a race by linking the
 * temporary file into place instead of renaming over it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  hookSignals();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(tmp, path);
    } else {
      try {
        linkSync(tmp, path);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new CharterError(`${path}: file exists; use --force to overwrite it`);
        }
        throw err;
      }
    }
  } catch (err) {
    if (err instanceof CharterError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CharterError(`${path}: cannot write the file${code ? ` (${code})` : ''}: ${(err as Error).message}`);
  } finally {
    rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}
