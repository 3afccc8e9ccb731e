// The README's quick start, run as written: every command of the blocks marked
// `<!-- quickstart -->` runs verbatim (through `sh -c`) in a new folder, in the README's order,
// with the files of the blocks marked `<!-- quickstart-file: NAME -->` written where they appear,
// and must end with the exit code its `# exit N` comment states.
//
// How the install maps: the registry does not have charter-cli, so the README gives a git URL and a
// tarball. The test makes the tarball the README names (`npm pack` of this built tree, without its
// build script), runs the README's tarball line verbatim in an `npm init -y` folder, and lets npm
// take the dependencies from its cache first (npm_config_prefer_offline). Commands then run the
// installed package through npx, on the Node that runs the tests (first on the PATH).
//
// What the README's console samples print (init's, lint's, ...) is checked by
// test/cli/readme-samples.e2e.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tmpEnv } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const TARBALL = `charter-cli-${VERSION}.tgz`;

type Step = { kind: 'file'; name: string; text: string } | { kind: 'command'; line: string; exit: number };

/** The marked blocks of the README, in order. */
function quickStart(): Step[] {
  const steps: Step[] = [];
  const marked = /<!-- quickstart(?:-file: (\S+))?[^>]*-->\n```[a-z]*\n([\s\S]*?)```/g;
  for (const m of README.matchAll(marked)) {
    if (m[1] !== undefined) {
      steps.push({ kind: 'file', name: m[1], text: m[2]! });
      continue;
    }
    for (const line of m[2]!.split('\n')) {
      if (line.trim() === '' || line.trim().startsWith('#')) continue;
      const exit = /#\s*exit (\d+)/.exec(line);
      if (!exit) throw new Error(`README quick start: no '# exit N' comment on: ${line}`);
      steps.push({ kind: 'command', line, exit: Number(exit[1]) });
    }
  }
  return steps;
}

function sh(line: string, cwd: string): { code: number | null; out: string } {
  const r = spawnSync('sh', ['-c', line], {
    cwd,
    encoding: 'utf8',
    timeout: 240_000,
    env: {
      PATH: `${dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      HOME: process.env['HOME'] ?? cwd,
      ...tmpEnv(),
      ...(process.env['npm_config_cache'] ? { npm_config_cache: process.env['npm_config_cache'] } : {}),
      NO_COLOR: '1',
      npm_config_prefer_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
  });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

describe("the README's quick start, as written", () => {
  let dir = '';

  beforeAll(() => {
    dir = tempDir('charter-quickstart-');
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(pack.status, pack.stderr).toBe(0);
    expect(existsSync(join(dir, TARBALL))).toBe(true);
    const init = sh('npm init -y', dir);
    expect(init.code, init.out).toBe(0);
  }, 180_000);

  it('names the install commands, the tarball with this version', () => {
    expect(README).toContain('npm install --save-dev git+https://github.com/charter-cli/charter.git\n');
    expect(README).toContain(`npm install --save-dev ./${TARBALL}\n`);
  });

  it('runs top to bottom with the exit codes it states, from install to a verified signature', () => {
    const steps = quickStart();
    const commands = steps.filter((s) => s.kind === 'command').map((s) => s.line.replace(/\s+#.*$/, ''));
    expect(commands).toHaveLength(8);
    expect(commands[0]).toBe('npx charter init --yes --preset csm');
    expect(commands.at(-1)).toBe('npx charter sign --verify charter.yaml');

    const install = sh(`npm install --save-dev ./${TARBALL}`, dir);
    expect(install.code, install.out).toBe(0);

    for (const step of steps) {
      if (step.kind === 'file') {
        writeFileSync(join(dir, step.name), step.text);
        continue;
      }
      const r = sh(step.line, dir);
      expect(r.code, `${step.line}\n${r.out}`).toBe(step.exit);
      expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(readFileSync(join(dir, 'charter.md'), 'utf8')).toContain('DRAFT');
    expect(readFileSync(join(dir, 'charter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'charter.yaml'), 'utf8')).toMatch(/name: Maya Okafor[\s\S]*digest: sha256:[0-9a-f]{64}/);
  }, 600_000);
});
