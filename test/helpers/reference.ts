import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

const SHARED = join(ROOT, '../shared/spec/reference');

/**
 * The reference charters used as realistic test inputs: the design's folder beside the
 * repository when it exists, else the copy in test/fixtures/reference (see its README).
 */
export const REFERENCE_DIR = existsSync(join(SHARED, 'csm.yaml')) ? SHARED : join(ROOT, 'test/fixtures/reference');
