/** The CI recipes shipped in the repository stay consistent with the package. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import pkg from '../../package.json' with { type: 'json' };

const root = new URL('../../', import.meta.url);

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8')) as Array<Record<string, unknown>>;

  it('defines the charter-lint hook with the fields pre-commit requires', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'charter-lint', name: 'charter lint', entry: 'charter lint', language: 'node', pass_filenames: false });
    // The entry runs the package's own bin.
    expect(Object.keys(pkg.bin)).toContain(String(hook!['entry']).split(' ')[0]);
    expect(new RegExp(String(hook!['files'])).test('charters/csm.yaml')).toBe(true);
    expect(new RegExp(String(hook!['files'])).test('README.md')).toBe(false);
  });
});
