/*
 * A lint worker (engine/parallel.ts): claims inputs from the back of the shared claim array and
 * runs step 2 of the lint sequence on them with the built-in rules, posting outcomes in batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinContext, lintFile, loadFullParse, type FileOutcome, type FullParse } from './file.js';
import type { WorkerJob, WorkerMessage } from './parallel.js';

const BATCH = 16;

async function work(job: WorkerJob): Promise<void> {
  const slots = new Int32Array(job.claims);
  const ctx = builtinContext(job.config, job.asOf, job.inline, job.keepData);
  let full: FullParse | undefined;
  let batch: Array<[number, FileOutcome]> = [];
  const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
  for (let i = job.inputs.length - 1; i >= 0; i--) {
    if (Atomics.compareExchange(slots, i, 0, job.me) !== 0) continue;
    const run = lintFile(job.inputs[i]!, ctx, function* () {
      if (full === undefined) full = yield 'full-parse';
      return full;
    });
    let step = run.next();
    while (!step.done) step = run.next(full ?? (full = await loadFullParse()));
    batch.push([i, step.value]);
    if (batch.length >= BATCH) {
      post({ outcomes: batch });
      batch = [];
    }
  }
  if (batch.length > 0) post({ outcomes: batch });
  post({ done: true });
}

await work(workerData as WorkerJob);
