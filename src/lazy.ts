import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

/**
 * `node:crypto`, loaded on first use. Loading it costs about 15 ms of start-up, and most runs
 * never hash: only signatures with a digest, SARIF fingerprints and temporary file names need it.
 */
export function nodeCrypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}
