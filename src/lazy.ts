import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/**
 * `node:crypto`, loaded on first use. Loading it costs about 15 ms of start-up, and most runs
 * never hash: only signatures with a digest, SARIF fingerprints and temporary file names need it.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

/** `node:child_process`, loaded on first use (only `charter diff --git` runs programs). */
export function nodeChildProcess(): typeof import('node:child_process') {
  return requireBuiltin('node:child_process') as typeof import('node:child_process');
}
