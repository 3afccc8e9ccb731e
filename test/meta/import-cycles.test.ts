/* No import cycles in src/ (type-only imports included): data flows one way. Checked with dpdm. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('import structure', () => {
  it('has no circular imports in src/', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/dpdm/lib/bin/dpdm.js'), '--no-tree', '--no-warning', '--circular', '--progress=false', 'src/**/*.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(r.status, r.stderr).toBe(0);
    const section = r.stdout.split('Circular Dependencies')[1] ?? '';
    const cycles = section.split('\n').filter((l) => /^\s*\d+\)/.test(l));
    expect(cycles).toEqual([]);
    expect(r.stdout).toContain('Circular Dependencies');
  }, 60_000);
});
