import { spawn, spawnSync } from 'node:child_process';
import { BIN, tmpEnv } from './cli.js';

/** Whether util-linux `script` is there to give the CLI a pseudo-terminal. */
export function hasScript(): boolean {
  const r = spawnSync('script', ['--version'], { encoding: 'utf8' });
  return r.status === 0 && /util-linux/.test(`${r.stdout}${r.stderr}`);
}

/** One step of a terminal session: wait until `expect` shows up in the output, then type `send`. */
export interface Step {
  expect: RegExp;
  send?: string;
  /** Send a signal to the CLI's node process instead of typing. */
  signal?: NodeJS.Signals;
}

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed, ANSI sequences and line breaks removed. */
  output: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>78]|\r/g;

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs the built bin in a pseudo-terminal (`script -qfec cmd /dev/null`), typing each step's
 * input once its prompt has appeared. Rejects (with the output so far) if a prompt never comes.
 */
export function runInPty(args: string[], steps: Step[], options: { cwd: string; timeoutMs?: number }): Promise<PtyResult> {
  const cmd = ['stty cols 200 rows 50 2>/dev/null;', 'exec', shellQuote(process.execPath), shellQuote(BIN), ...args.map(shellQuote)].join(' ');
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1', TERM: 'xterm', COLUMNS: '200', LINES: '50' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let raw = '';
  let cursor = 0;
  let step = 0;
  // Prompts wider than the terminal wrap: match on the text with line breaks removed.
  const clean = (): string => raw.replace(ANSI, '').replace(/\n/g, '');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`pty: step ${step} (${String(steps[step]?.expect)}) never came; output:\n${clean()}`));
    }, options.timeoutMs ?? 20_000);
    const advance = (): void => {
      while (step < steps.length) {
        const s = steps[step]!;
        const text = clean();
        const m = s.expect.exec(text.slice(cursor));
        if (!m) return;
        cursor += m.index + m[0].length;
        step++;
        if (s.signal) {
          const pid = nodePid(child.pid!);
          if (pid) process.kill(pid, s.signal);
        }
        if (s.send !== undefined) child.stdin.write(s.send);
      }
    };
    child.stdout.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
      advance();
    });
    child.stderr.on('data', (d: Buffer) => void (raw += d.toString('utf8')));
    child.on('close', (code) => {
      clearTimeout(timer);
      if (step < steps.length) reject(new Error(`pty: exited (${code}) before step ${step} (${String(steps[step]?.expect)}); output:\n${clean()}`));
      else resolve({ code, output: clean() });
    });
  });
}

/** The node process that `script` started (its child, since the command is exec'd). */
function nodePid(scriptPid: number): number | undefined {
  const r = spawnSync('ps', ['-o', 'pid=', '--ppid', String(scriptPid)], { encoding: 'utf8' });
  const pid = Number(r.stdout.trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}
