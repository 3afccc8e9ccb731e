import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];

describe('examples/ (built bin)', () => {
  // What the shell makes of `charter sign --verify examples/*.yaml` (README, .ci/run): the
  // charters at the top of examples/; the weak one lives in examples/needs-work/.
  const top = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `examples/${f}`);

  it('sign --verify examples/*.yaml: every signature of every top-level example is valid, summed up in one line', () => {
    expect(top).toEqual(['examples/cs-operations.yaml', 'examples/digital-cs.yaml', 'examples/renewals.yaml']);
    const r = runCli(['sign', '--verify', ...top]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').filter((l) => /^examples\/\S+\.yaml: version /.test(l))).toHaveLength(3);
    expect(r.stdout).not.toContain('✖');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 charters: 25 of 25 signatures valid');
    expect(r.code).toBe(0);
  });

  it('sign --verify over several charters exits 1 when one signature in one of them is not valid', () => {
    const r = runCli(['sign', '--verify', ...top, 'examples/needs-work/weak.yaml']);
    expect(r.stdout).toContain('✖ no digest     Dmitri Volkov');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('4 charters: 25 of 27 signatures valid');
    expect(r.code).toBe(1);
  });

  it('sign --verify over several charters checks the rest past a missing file or a non-charter, names them, and exits 2', () => {
    const r = runCli(['sign', '--verify', 'examples/renewals.yaml', 'examples/nope.yaml', 'package.json', 'examples/digital-cs.yaml']);
    expect(r.stdout.split('\n').filter((l) => /^examples\/\S+\.yaml: version /.test(l))).toEqual([
      expect.stringMatching(/^examples\/renewals\.yaml: /),
      expect.stringMatching(/^examples\/digital-cs\.yaml: /),
    ]);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^charter: .*examples\/nope\.yaml/);
    expect(errors[1]).toMatch(/^charter: .*package\.json/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^2 charters: (\d+) of \1 signatures valid; 2 files not checked \(see above\)$/);
    expect(r.code).toBe(2);
  });

  it('the three good examples lint clean', () => {
    const r = runCli(['lint', ...AS_OF, 'examples/digital-cs.yaml', 'examples/renewals.yaml', 'examples/cs-operations.yaml']);
    expect(r.stdout).toBe('✔ 3 charters checked, no problems\n');
    expect(r.code).toBe(0);
  });

  // Their signatures were made by `charter sign` (digests of the content): an edit to one of them
  // that is not signed again fails here, as it fails `.ci/run`.
  it.each(['digital-cs', 'renewals', 'cs-operations'])('every signature of examples/%s.yaml is valid (sign --verify)', (name) => {
    const r = runCli(['sign', '--verify', `examples/${name}.yaml`]);
    expect(r.stderr).toBe('');
    const last = r.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^(\d+) of \1 signatures valid$/);
    expect(r.stdout).not.toContain('✖');
    expect(r.code).toBe(0);
  });

  it('the weak example gives its pinned findings', async () => {
    const r = runCli(['lint', ...AS_OF, '--format', 'json', 'examples/']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      files: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; line: number; column: number; path: string }> }>;
      summary: Record<string, number>;
    };
    expect(out.files.map((f) => f.file)).toEqual([
      'examples/cs-operations.yaml',
      'examples/digital-cs.yaml',
      'examples/needs-work/weak.yaml',
      'examples/renewals.yaml',
    ]);
    const weak = out.files[2]!.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.path}`);
    await expect(weak.join('\n') + '\n').toMatchFileSnapshot('__snapshots__/weak-example.txt');
    expect(out.summary).toEqual({ files: 4, errors: 17, warnings: 19, infos: 9 });
  });
});
