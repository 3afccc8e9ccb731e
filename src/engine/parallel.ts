/*
 * Step 2 of the lint sequence (read, fast reader or full parse, single-charter rules: one file at
 * a time, independent of the others) shared between the main thread and lint workers on the
 * other cores. Each input is claimed by exactly one thread with a compare-and-swap on a shared
 * array, the main thread from the front and the workers from the back, so the work balances
 * itself and a worker that starts late simply claims less. The rest of the sequence (cross-charter
 * rules, inline directives, sorting) stays in engine/run.ts on the main thread.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintFile, loadFullParse, type FileContext, type FileOutcome, type FullParse, type LintInput } from './file.js';
import type { LintConfig } from '../config/config.js';

/** What a lint worker is started with (engine/worker.ts). */
export interface WorkerJob {
  inputs: readonly LintInput[];
  /** One slot per input: 0 unclaimed, else the claiming thread's number (1 = main). */
  claims: SharedArrayBuffer;
  me: number;
  config: LintConfig;
  asOf: string;
  inline: boolean;
  keepData: boolean;
}

/** A worker's message: outcomes of the inputs it claimed, by index, then `done`. */
export type WorkerMessage = { outcomes: Array<[number, FileOutcome]> } | { done: true };

const MAIN = 1;
/** Files with findings seen on this thread before workers start. */
const START_AFTER_FINDINGS = 4;
/** Files per worker below which starting another worker does not pay. */
const FILES_PER_WORKER = 64;
/** Memory: each worker holds its own copy of the lint code and heap (~30 MB). */
const MAX_WORKERS = 3;

/** The built worker script; absent when running from source (tests), where lint stays on one thread. */
function workerScript(): URL | undefined {
  for (const candidate of ['./lint-worker.js', '../lint-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** How many workers to start for `files` files. */
function workerCount(files: number, concurrency: number | 'auto'): number {
  const wanted = concurrency === 'auto' ? availableParallelism() - 1 : concurrency;
  return Math.max(0, Math.min(wanted, MAX_WORKERS, Math.floor(files / FILES_PER_WORKER)));
}

/**
 * Step 2's outcome for every input, computed on this thread and lint workers; undefined when no
 * worker is worth starting (the caller then runs the sequence on this thread alone).
 */
export async function lintInParallel(
  inputs: readonly LintInput[],
  ctx: FileContext,
  options: { config: LintConfig; concurrency: number | 'auto'; onFile?: (done: number, total: number) => void },
): Promise<FileOutcome[] | undefined> {
  const count = workerCount(inputs.length, options.concurrency);
  const script = count > 0 ? workerScript() : undefined;
  if (script === undefined) return undefined;

  const claims = new SharedArrayBuffer(4 * inputs.length);
  const slots = new Int32Array(claims);
  const outcomes: Array<FileOutcome | undefined> = new Array(inputs.length);
  let done = 0;
  const record = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    options.onFile?.(++done, inputs.length);
  };

  type Started = { worker: Worker; finished: Promise<void>; me: number };
  const workers: Started[] = [];
  const start = (): void => {
    for (let n = 0; n < count; n++) {
      const job: WorkerJob = { inputs, claims, me: MAIN + 1 + n, config: options.config, asOf: ctx.asOf, inline: ctx.inline, keepData: ctx.keepData };
      const worker = new Worker(script, { workerData: job });
      const finished = new Promise<void>((resolve) => {
        worker.on('message', (m: WorkerMessage) => {
          if ('outcomes' in m) for (const [i, o] of m.outcomes) record(i, o);
          else resolve();
        });
        // A worker that fails leaves its claimed, unreported inputs to this thread (below).
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      });
      workers.push({ worker, finished, me: job.me });
    }
  };

  // This thread claims from the front until every input is claimed. Workers start only once
  // files with findings turn up: a clean charter takes ~2 ms on the fast reader, which a worker
  // barely speeds up (the cores share memory bandwidth, and V8's collector already uses the
  // other core), while a file with findings takes ~12 ms in the full parse that places them.
  let full: FullParse | undefined;
  /** Step 2 for one input on this thread, loading the full parse on first need. */
  const lintHere = async (input: LintInput): Promise<FileOutcome> => {
    const run = lintFile(input, ctx, function* () {
      if (full === undefined) full = yield 'full-parse';
      return full;
    });
    let step = run.next();
    while (!step.done) step = run.next(full ?? (full = await loadFullParse()));
    return step.value;
  };
  let withFindings = 0;
  for (let i = 0; i < inputs.length; i++) {
    if (Atomics.compareExchange(slots, i, 0, MAIN) !== 0) continue;
    const outcome = await lintHere(inputs[i]!);
    record(i, outcome);
    if (workers.length === 0 && 'result' in outcome && outcome.result.entry.findings.length > 0) {
      withFindings++;
      if (withFindings >= START_AFTER_FINDINGS && inputs.length - i > FILES_PER_WORKER) start();
    }
  }

  // Every input is claimed now. A worker that claimed none is stopped without waiting for it.
  await Promise.all(
    workers.map(async ({ worker, finished, me }) => {
      if (!slots.includes(me)) {
        await worker.terminate();
        return;
      }
      await finished;
    }),
  );
  // Inputs a failed worker claimed but never reported: lint them here.
  for (let i = 0; i < inputs.length; i++) {
    if (outcomes[i] !== undefined) continue;
    record(i, await lintHere(inputs[i]!));
  }
  return outcomes as FileOutcome[];
}
