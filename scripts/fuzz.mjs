#!/usr/bin/env node
// Long fuzz runs of `lint` and `render`: the fast-check properties of test/fuzz/*.fuzz.test.ts
// (generators in test/fuzz/arbitraries.ts) with many more cases than CI runs.
//
//   npm run fuzz                                   # 20x the CI cases, a random seed
//   node scripts/fuzz.mjs --runs 100000 --seed 42  # 100000 cases of the largest lint property
//   npm run fuzz -- --scale 50 --only render       # 50x the CI cases, render properties only
//   npm run fuzz -- --runs 20000 -t "CRLF"         # only the tests whose name matches
//
// Options:
//   --runs N        cases of the largest lint properties (400 in CI); every other property
//                   scales in proportion to its CI count. Sets FUZZ_RUNS = N / 400.
//   --scale X       or: multiply every property's CI count by X (FUZZ_RUNS = X). Default 20.
//   --seed N        fast-check seed (FC_SEED, read by test/setup.ts). Default: a random seed,
//                   printed first so that a run can be repeated.
//   --only NAME     lint, render or fast (the fast path's differential tests, test/model/fast.test.ts).
//   -t PATTERN      only the tests whose name matches (vitest's -t).
//   -- ARGS         anything after `--` goes to vitest as is.
//
// How it works: it runs vitest on test/fuzz/ with FUZZ_RUNS (a multiplier of each property's
// CI `numRuns`, see runs() in arbitraries.ts; per-test timeouts grow with it) and FC_SEED.
// Exit code: vitest's (0 when every property held). A failure prints fast-check's seed, path and
// shrunk counterexample; repeat it with the same --seed and --runs (or --scale). In CI the same
// files run with FUZZ_RUNS unset (a few thousand cases, under a minute).
//
// Rough cost on a busy 2-core machine: 35 s per unit of --scale for both files (the default,
// 20, about 12 min); --runs 100000 (scale 250) takes about 2.5 h.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CI_RUNS = 400; // numRuns of the largest lint properties with FUZZ_RUNS unset
const FILES = { lint: 'test/fuzz/lint.fuzz.test.ts', render: 'test/fuzz/render.fuzz.test.ts', fast: 'test/model/fast.test.ts' };

function usage(message) {
  if (message) process.stderr.write(`fuzz: ${message}\n`);
  process.stderr.write('usage: node scripts/fuzz.mjs [--runs N | --scale X] [--seed N] [--only lint|render|fast] [-t PATTERN] [-- vitest args]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let scale = 20;
let seed;
let only;
let filter;
const passThrough = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = args[++i];
    if (v === undefined) usage(`${a} needs a value`);
    return v;
  };
  if (a === '--') {
    passThrough.push(...args.slice(i + 1));
    break;
  } else if (a === '--runs') {
    const n = Number(value());
    if (!Number.isInteger(n) || n < 1) usage('--runs needs a positive whole number');
    scale = n / CI_RUNS;
  } else if (a === '--scale') {
    scale = Number(value());
    if (!Number.isFinite(scale) || scale <= 0) usage('--scale needs a positive number');
  } else if (a === '--seed') {
    seed = Number(value());
    if (!Number.isSafeInteger(seed)) usage('--seed needs a whole number');
  } else if (a === '--only') {
    only = value();
    if (!(only in FILES)) usage('--only takes lint, render or fast');
  } else if (a === '-t' || a === '--filter') {
    filter = value();
  } else if (a === '-h' || a === '--help') {
    usage();
  } else {
    usage(`unknown option ${a}`);
  }
}
seed ??= Math.floor(Math.random() * 2 ** 31);

const vitest = join(ROOT, 'node_modules/vitest/vitest.mjs');
if (!existsSync(vitest)) usage('vitest is not installed: run npm install first');
const files = only ? [FILES[only]] : Object.values(FILES);
const vitestArgs = ['run', ...files, '--reporter=verbose', ...(filter ? ['-t', filter] : []), ...passThrough];

process.stdout.write(`fuzz: seed ${seed}, ${Math.round(CI_RUNS * scale)} cases for the largest properties (FUZZ_RUNS=${scale})\n`);
process.stdout.write(`fuzz: repeat with: node scripts/fuzz.mjs --scale ${scale} --seed ${seed}${only ? ` --only ${only}` : ''}\n`);
const r = spawnSync(process.execPath, [vitest, ...vitestArgs], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(scale), FC_SEED: String(seed) },
});
if (r.error) {
  process.stderr.write(`fuzz: ${r.error.message}\n`);
  process.exit(2);
}
process.exit(r.status ?? (r.signal === 'SIGINT' ? 130 : 1));
