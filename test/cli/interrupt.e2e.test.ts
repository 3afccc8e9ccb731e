/**
 * Interruption safety of the commands that write files (`init`, `render`, `sign`): the built bin
 * is started asynchronously and sent SIGINT or SIGKILL at a random point of its run. Afterwards
 * the target is either the old file (or absent, if there was none) or the complete new one — never
 * a partial file. After SIGINT no temporary file is left; after SIGKILL (no handler can run) only
 * the writer's own dot-file temporary `.<name>.<pid>.<8 hex>.tmp` may be left, and the next write
 * of that target removes it once it is stale.
 *
 * Random delays rarely land inside the write itself (a few milliseconds), so a deterministic
 * variant pauses the child inside the critical window: a preload module (`node --import`, test
 * code only, no hook in the product) wraps `fs.openSync`/`writeSync`/`renameSync`/`linkSync` to
 * stop halfway through the first file write, or just before the file is moved into place, and
 * says so on stderr; the signal is sent then.
 *
 * Delays come from a seeded PRNG: FC_SEED replays a run, CI uses a fixed seed (as test/setup.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempTree, tmpEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const SEED = Number(process.env['FC_SEED'] ?? (process.env['CI'] ? '20261123' : String(Date.now() % 2 ** 31)));
const CONCURRENCY = 2;
const HANG_MS = 30_000;

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const EXAMPLE = readFileSync(join(ROOT, 'examples/digital-cs.yaml'), 'utf8');
const AS_OF = '2026-11-22';
const OLD_PDF = Buffer.from('%PDF-1.3\n% an older PDF, not written by charter\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');

interface Scenario {
  name: string;
  /** The file written, in the trial's folder. */
  target: string;
  args: string[];
  /** The folder's files before the run; `files[target]`, if present, is the old target. */
  files: Record<string, string | Buffer>;
  /** Random trials per signal (the PDF render is four times slower, so fewer). */
  trials: number;
  pdf?: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'init (new file)', target: 'charter.yaml', args: ['init', '--yes', '--preset', 'csm', 'charter.yaml'], files: {}, trials: 8 },
  {
    name: 'init --force (over an existing file)',
    target: 'charter.yaml',
    args: ['init', '--yes', '--preset', 'support', '--force', 'charter.yaml'],
    files: { 'charter.yaml': EXAMPLE },
    trials: 8,
  },
  {
    name: 'render -o out.md --force',
    target: 'out.md',
    args: ['render', 'c.yaml', '-o', 'out.md', '--force', '--as-of', AS_OF],
    files: { 'c.yaml': EXAMPLE, 'out.md': '# Notes kept by hand\n\nNot written by charter.\n' },
    trials: 12,
  },
  {
    name: 'render -o out.pdf --force',
    target: 'out.pdf',
    args: ['render', 'c.yaml', '-o', 'out.pdf', '--force', '--as-of', AS_OF],
    files: { 'c.yaml': EXAMPLE, 'out.pdf': OLD_PDF },
    trials: 6,
    pdf: true,
  },
  {
    name: 'sign',
    target: 'c.yaml',
    args: ['sign', 'c.yaml', '--name', 'Test Signer', '--title', 'Chief Revenue Officer', '--role', 'stakeholder', '--date', AS_OF],
    files: { 'c.yaml': EXAMPLE },
    trials: 12,
  },
];

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
  ms: number;
  /** Whether the signal was sent (false: the process had already exited). */
  signalled: boolean;
}

interface RunOptions {
  cwd: string;
  /** Send `signal` after `delayMs`, or when the child reports that it paused (`pauseAt`). */
  signal?: NodeJS.Signals;
  delayMs?: number;
  pauseAt?: 'mid-write' | 'before-rename';
}

let preloadUrl = '';

/** Starts the built bin asynchronously; resolves when it has exited. */
function run(args: string[], o: RunOptions): Promise<Outcome> {
  const nodeArgs = o.pauseAt ? ['--import', preloadUrl] : [];
  // A fixed creation date: the PDF (dates in its metadata and ID) is then the same bytes every run.
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1', SOURCE_DATE_EPOCH: '1767225600' };
  if (o.pauseAt) env['CHARTER_TEST_PAUSE_AT'] = o.pauseAt;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  const send = () => {
    if (!o.signal || signalled || child.exitCode !== null || child.signalCode !== null) return;
    signalled = child.kill(o.signal);
  };
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
    if (o.pauseAt && stderr.includes(`@@paused:${o.pauseAt}`)) send();
  });
  const timer = o.signal && o.delayMs !== undefined ? setTimeout(send, o.delayMs) : undefined;
  const hang = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(hang);
      resolve({ code, signal, stdout, stderr, pid: child.pid!, ms: performance.now() - t0, signalled });
    });
  });
}

/** Runs `tasks` at most `CONCURRENCY` at a time (the machine has two cores). */
async function pool<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, tasks.length) }, worker));
  return results;
}

/** The result of an uninterrupted run of each scenario, and how long it took. */
const reference = new Map<string, { bytes: Buffer; ms: number }>();

/** Where the SIGKILL test goes on to check that the next run removes the stale temporary (link and rename paths). */
const CLEANUP_CHECKED = new Set(['init (new file)', 'sign']);

function tempName(s: Scenario, pid: number): RegExp {
  return new RegExp(`^\\.${s.target.replace(/\./g, '\\.')}\\.${pid}\\.[0-9a-f]{8}\\.tmp$`);
}

type State = 'absent' | 'old' | 'new';

/**
 * Checks the folder after a run; returns what the target is. `allowTemp`: the pid whose temporary
 * file may be left (after SIGKILL); its content must be a prefix of the new file.
 */
function inspect(s: Scenario, dir: string, why: string, allowTempOf?: number): { state: State; temps: string[] } {
  const ref = reference.get(s.name)!;
  const path = join(dir, s.target);
  const old = s.files[s.target];
  let state: State;
  if (!existsSync(path)) {
    expect(old, `${why}: the target was removed`).toBeUndefined();
    state = 'absent';
  } else {
    const bytes = readFileSync(path);
    if (old !== undefined && bytes.equals(Buffer.from(old))) state = 'old';
    else {
      // Not the old file: it must be the complete new one, nothing less.
      if (s.pdf) {
        expect(bytes.subarray(0, 5).toString('latin1'), `${why}: PDF header`).toBe('%PDF-');
        expect(bytes.subarray(-6).toString('latin1'), `${why}: PDF trailer`).toMatch(/%%EOF\n?$/);
      }
      expect(bytes.length, `${why}: size of the target (old ${old === undefined ? 'absent' : Buffer.from(old).length})`).toBe(ref.bytes.length);
      expect(bytes.equals(ref.bytes), `${why}: the target is neither the old file nor the complete new one`).toBe(true);
      if (s.target.endsWith('.yaml')) expect((parse(bytes.toString('utf8')) as { charter?: unknown }).charter, why).toBe(1);
      state = 'new';
    }
  }
  const expected = new Set(Object.keys(s.files));
  if (state !== 'absent') expected.add(s.target);
  const extra = readdirSync(dir).filter((n) => !expected.has(n));
  const temps: string[] = [];
  for (const n of extra) {
    const ok = allowTempOf !== undefined && tempName(s, allowTempOf).test(n);
    expect(ok, `${why}: unexpected file left in the folder: ${n} (folder: ${readdirSync(dir).join(', ')})`).toBe(true);
    const content = readFileSync(join(dir, n));
    expect(content.length, `${why}: ${n} is longer than the new file`).toBeLessThanOrEqual(ref.bytes.length);
    expect(content.equals(ref.bytes.subarray(0, content.length)), `${why}: ${n} is not a prefix of the new file`).toBe(true);
    temps.push(n);
  }
  return { state, temps };
}

function noStack(o: Outcome, why: string): void {
  expect(o.stderr, why).not.toMatch(/\n\s+at |internal error/);
}

/** SIGINT: the process ends by the signal, or exits 130, or (finishing its work first) exits 0. */
function checkSigintExit(o: Outcome, state: State, why: string): void {
  const interrupted = o.code === 130 || (o.code === null && o.signal === 'SIGINT');
  expect(interrupted || o.code === 0, `${why}: exit ${o.code} signal ${o.signal}; stderr: ${o.stderr}`).toBe(true);
  if (o.code === 0) expect(state, `${why}: exit 0 but the target is not the new file`).toBe('new');
  noStack(o, why);
}

function checkSigkillExit(o: Outcome, state: State, why: string): void {
  expect(o.signal === 'SIGKILL' || o.code === 0, `${why}: exit ${o.code} signal ${o.signal}; stderr: ${o.stderr}`).toBe(true);
  if (o.code === 0) expect(state, why).toBe('new');
}

/** Delays spread over the whole run: two thirds evenly over [0, 0.85)·d, the rest near the end, [0.85, 1.1)·d. */
function delays(ms: number, n: number, rand: () => number): number[] {
  const early = Math.ceil((n * 2) / 3);
  const out: number[] = [];
  for (let i = 0; i < early; i++) out.push(((i + rand()) / early) * 0.85 * ms);
  for (let i = 0; i < n - early; i++) out.push((0.85 + ((i + rand()) / (n - early)) * 0.25) * ms);
  return out;
}

/**
 * Preloaded into the child (`node --import`): pauses 300 ms, after saying so on stderr, halfway
 * through the first write to a file opened for writing (the temporary file; the target itself if
 * a writer wrote it in place), or before a file is renamed or linked into place.
 */
const PRELOAD = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const at = process.env.CHARTER_TEST_PAUSE_AT;
const orig = { openSync: fs.openSync, writeSync: fs.writeSync, renameSync: fs.renameSync, linkSync: fs.linkSync };
const writing = new Set();
const forWriting = (flags) =>
  typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
let paused = false;
const pause = (what) => {
  if (paused) return;
  paused = true;
  orig.writeSync(2, '\\n@@paused:' + what + '\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
};
fs.openSync = function (p, flags, ...rest) {
  const fd = orig.openSync.call(fs, p, flags, ...rest);
  if (forWriting(flags)) writing.add(fd);
  return fd;
};
fs.writeSync = function (fd, data, ...rest) {
  if (at !== 'mid-write' || !writing.has(fd) || rest.length > 0 || typeof data === 'string' || data.byteLength < 2) {
    return orig.writeSync.call(fs, fd, data, ...rest);
  }
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let n = orig.writeSync(fd, buf, 0, buf.length >> 1);
  pause('mid-write');
  while (n < buf.length) n += orig.writeSync(fd, buf, n, buf.length - n);
  return n;
};
for (const name of ['renameSync', 'linkSync']) {
  fs[name] = function (src, dst) {
    if (at === 'before-rename') pause('before-rename');
    return orig[name].call(fs, src, dst);
  };
}
syncBuiltinESMExports();
`;

beforeAll(async () => {
  const dir = tempDir('charter-preload-');
  writeFileSync(join(dir, 'pause.mjs'), PRELOAD);
  preloadUrl = pathToFileURL(join(dir, 'pause.mjs')).href;
  // Uninterrupted runs, two at a time like the trials: the expected output and the typical duration.
  const refs = await pool(
    SCENARIOS.map((s) => async () => {
      const cwd = tempTree(s.files);
      const o = await run(s.args, { cwd });
      expect(o.code, `${s.name}: ${o.stderr}`).toBe(0);
      expect(readdirSync(cwd).sort()).toEqual([...new Set([...Object.keys(s.files), s.target])].sort());
      return { bytes: readFileSync(join(cwd, s.target)), ms: o.ms };
    }),
  );
  SCENARIOS.forEach((s, i) => reference.set(s.name, refs[i]!));
  // The new file differs from the old one, so "old or new" is a real distinction.
  for (const s of SCENARIOS) {
    const old = s.files[s.target];
    if (old !== undefined) expect(reference.get(s.name)!.bytes.equals(Buffer.from(old))).toBe(false);
  }
}, 60_000);

describe('interrupting the commands that write files (built bin)', () => {
  describe.each(SCENARIOS)('$name', (s) => {
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      it(`${signal} at ${s.trials} random points of the run: old (or no) file or the complete new one`, async () => {
        const seed = SEED ^ (s.name.length * 7919 + signal.length * 104729);
        const ref = reference.get(s.name)!;
        const points = delays(ref.ms, s.trials, prng(seed));
        const results = await pool(
          points.map((delayMs) => async () => {
            const cwd = tempTree(s.files);
            const o = await run(s.args, { cwd, signal, delayMs });
            const why = `${s.name}, ${signal} after ${delayMs.toFixed(0)} ms (run ${o.ms.toFixed(0)} ms; seed ${SEED}, FC_SEED=${SEED} replays)`;
            expect(o.ms, `${why}: hung`).toBeLessThan(HANG_MS);
            const { state, temps } = inspect(s, cwd, why, signal === 'SIGKILL' ? o.pid : undefined);
            if (signal === 'SIGINT') checkSigintExit(o, state, why);
            else checkSigkillExit(o, state, why);
            return { state, temps: temps.length, finished: o.code === 0 };
          }),
        );
        // Delay 0 is in the first stratum: at least one run must really have been interrupted.
        expect(results.some((r) => !r.finished), `${s.name}: no run was interrupted by ${signal}`).toBe(true);
      }, 60_000);
    }

    it('SIGKILL halfway through writing the temporary file: the target is untouched, only a partial dot-file temporary is left', async () => {
      const cwd = tempTree(s.files);
      const o = await run(s.args, { cwd, signal: 'SIGKILL', pauseAt: 'mid-write' });
      const why = `${s.name}, SIGKILL mid-write`;
      expect(o.stderr, why).toContain('@@paused:mid-write');
      expect(o.signal, why).toBe('SIGKILL');
      const { state, temps } = inspect(s, cwd, why, o.pid);
      expect(state, why).toBe(s.files[s.target] === undefined ? 'absent' : 'old');
      expect(temps, why).toHaveLength(1);
      const left = temps[0]!;
      expect(statSync(join(cwd, left)).size, why).toBe(reference.get(s.name)!.bytes.length >> 1);
      if (!CLEANUP_CHECKED.has(s.name)) return;

      // The next write of the same target removes the temporary once it is stale (older than a
      // minute, its pid gone). Kept: a fresh one of a dead pid (maybe a write in progress on
      // another host), an old one of a live pid (this test process), another target's, and names
      // not of the writer's form.
      const old = (Date.now() - 5 * 60_000) / 1000;
      utimesSync(join(cwd, left), old, old);
      const keep: Array<[string, boolean]> = [
        [`.${s.target}.${o.pid}.0123abcd.tmp`, false],
        [`.${s.target}.${process.pid}.89abcdef.tmp`, true],
        [`.other.yaml.${o.pid}.0123abcd.tmp`, true],
        [`.${s.target}.tmp`, true],
        [`.${s.target}.${o.pid}.nothex00.tmp`, true],
        [`${s.target}.${o.pid}.0123abcd.tmp`, true],
      ];
      for (const [n, aged] of keep) {
        writeFileSync(join(cwd, n), 'x');
        if (aged) utimesSync(join(cwd, n), old, old);
      }
      const again = await run(s.args, { cwd });
      expect(again.code, again.stderr).toBe(0);
      const names = readdirSync(cwd);
      expect(names).not.toContain(left);
      expect(names.sort()).toEqual([...new Set([...Object.keys(s.files), s.target, ...keep.map(([n]) => n)])].sort());
      expect(readFileSync(join(cwd, s.target)).equals(reference.get(s.name)!.bytes)).toBe(true);
    }, 30_000);

    it('SIGKILL after the temporary file is written, before it is moved into place: the target is untouched, the temporary is complete', async () => {
      const cwd = tempTree(s.files);
      const o = await run(s.args, { cwd, signal: 'SIGKILL', pauseAt: 'before-rename' });
      const why = `${s.name}, SIGKILL before-rename`;
      expect(o.stderr, why).toContain('@@paused:before-rename');
      expect(o.signal, why).toBe('SIGKILL');
      const { state, temps } = inspect(s, cwd, why, o.pid);
      expect(state, why).toBe(s.files[s.target] === undefined ? 'absent' : 'old');
      expect(temps, why).toHaveLength(1);
      expect(statSync(join(cwd, temps[0]!)).size, why).toBe(reference.get(s.name)!.bytes.length);
    }, 30_000);

    it('SIGINT halfway through writing the temporary file: the write completes, nothing else is left', async () => {
      const cwd = tempTree(s.files);
      const o = await run(s.args, { cwd, signal: 'SIGINT', pauseAt: 'mid-write' });
      const why = `${s.name}, SIGINT mid-write`;
      expect(o.stderr, why).toContain('@@paused:mid-write');
      // The write is synchronous: the signal is handled after it, so the new file is complete.
      const { state } = inspect(s, cwd, why);
      expect(state, why).toBe('new');
      checkSigintExit(o, state, why);
    }, 30_000);
  });
});
