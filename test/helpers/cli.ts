import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/charter.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the process (`SIGTERM` when it ran past `timeout`); absent when it exited. */
  signal?: NodeJS.Signals;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Flags for node itself, before the bin (e.g. `--max-old-space-size=256`). */
  nodeArgs?: string[];
  /** Milliseconds before the process is killed (a hang); default 30 s. */
  timeout?: number;
}

export function tmpEnv(): Record<string, string> {
  const dir = process.env['TMPDIR'];
  return dir === undefined ? {} : { TMPDIR: dir };
}

/** Runs the built bin (npm test builds first) with colour off and a minimal environment. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    // TMPDIR: the run's own temp folder (test/global-temp.ts), where Node's compile cache goes too.
    env: { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: r.status,
    stdout: (r.stdout ?? '').replace(/\r\n/g, '\n'),
    stderr: (r.stderr ?? '').replace(/\r\n/g, '\n'),
    ...(r.signal !== null ? { signal: r.signal } : {}),
  };
}

/** A fresh temporary folder holding the given files (path → content), removed after the test file. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
