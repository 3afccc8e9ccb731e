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

describe('README: the GitHub Action workflow', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown>; runs: Record<string, string> };
  const block = /```yaml\n(# \.github\/workflows\/charters\.yml\n[\s\S]*?uses: charter-cli\/charter@[\s\S]*?)```/.exec(readme);

  it('uses only inputs and outputs the action declares, with the permissions and checkout depth it needs', () => {
    expect(block).not.toBeNull();
    const workflow = parse(block![1]!) as { permissions: Record<string, string>; jobs: Record<string, { steps: Array<Record<string, any>> }> };
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const checkout = steps.find((s) => String(s['uses']).startsWith('actions/checkout@'))!;
    expect(checkout['with']).toEqual({ 'fetch-depth': 0 });
    const step = steps.find((s) => String(s['uses']).startsWith('charter-cli/charter@'))!;
    for (const key of Object.keys(step['with'] ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    const upload = steps.find((s) => String(s['uses']).startsWith('github/codeql-action/upload-sarif@v4'))!;
    const ref = /^\$\{\{ steps\.([a-z-]+)\.outputs\.([a-z-]+) \}\}$/.exec(upload['with']['sarif_file'])!;
    expect(ref[1]).toBe(step['id']);
    expect(Object.keys(action.outputs)).toContain(ref[2]);
    expect(action.runs['using']).toBe('node24');
  });
});

describe('.github/workflows/release-action.yml', () => {
  const workflow = parse(readFileSync(new URL('.github/workflows/release-action.yml', root), 'utf8')) as {
    on: unknown;
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Array<Record<string, any>> }>;
  };

  it('builds and tests before it tags, with only the permission to push tags', () => {
    expect(workflow.on).toBe('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'write' });
    const runs = Object.values(workflow.jobs)[0]!.steps.map((s) => String(s['run'] ?? s['uses']));
    const at = (text: string) => runs.findIndex((r) => r.includes(text));
    expect(at('npm ci')).toBeGreaterThan(-1);
    expect(at('npm test')).toBeGreaterThan(at('npm ci'));
    expect(at('node scripts/release-action.mjs --push origin')).toBeGreaterThan(at('npm test'));
    const node = Object.values(workflow.jobs)[0]!.steps.find((s) => String(s['uses']).startsWith('actions/setup-node@'));
    expect(node?.['with']).toEqual({ 'node-version': 24 });
  });
});
