import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CharterError } from '../../errors.js';

/** Where rule docs are published; the URL of a rule's doc is derived from its id, never typed. */
export const DOCS_BASE = 'https://github.com/charter-cli/charter/blob/main/docs/rules/';

/** The URL of a rule's documentation. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** The folder holding the rule docs: `docs/rules` at the package root (found upward from this module). */
export function docsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new CharterError('the rule docs are missing from this installation (docs/rules); reinstall charter');
    dir = parent;
  }
}
