import fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/temp.js';

// Property tests explore new random inputs on every local run; in CI they use one fixed seed so a
// run is reproducible (a failure found locally is kept as an example-based regression test).
// FC_SEED=<n> replays a reported failure.
const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });

// The temporary folders of a test file (test/helpers/temp.ts) go when the file is done.
afterAll(removeTempDirs);
