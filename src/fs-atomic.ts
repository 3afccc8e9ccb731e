import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from './lazy.js';
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

/** A temporary file left by a killed writer is removed by the next write only once it is this old. */
export const STALE_TEMP_MS = 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of `base` that a process killed mid-write (SIGKILL, power loss: no
 * handler can run) left in `dir`: `.<base>.<pid>.<8 hex>.tmp` whose pid is not running here and
 * that are older than STALE_TEMP_MS (a pid of another host or container sharing the folder may
 * look dead; the age keeps its in-flight write safe). Best effort: errors are ignored.
 */
function removeStaleTemps(dir: string, base: string): void {
  const prefix = `.${base}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    const p = join(dir, name);
    try {
      const st = lstatSync(p);
      if (st.isFile() && Date.now() - st.mtimeMs > STALE_TEMP_MS) rmSync(p, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
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
 * temporary file into place instead of renaming over it. After a successful write, stale temporary
 * files of the same target left by killed processes are removed (see removeStaleTemps).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  hookSignals();
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
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
    removeStaleTemps(dirname(path), basename(path));
  } catch (err) {
    if (err instanceof CharterError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new CharterError(`${path}: cannot write the file${code ? ` (${code})` : ''}: ${(err as Error).message}`);
  } finally {
    rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}
