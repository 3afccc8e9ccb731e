// The examples in `--help` name files a reader can try in a clone of this repository: every path
// under examples/ that a help text shows exists, and no help names a folder the repository lacks.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.js';

const COMMANDS = [[], ['lint'], ['render'], ['diff'], ['sign'], ['approve'], ['review'], ['bump'], ['init'], ['rules'], ['explain'], ['lsp']];

describe('--help examples (built bin)', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(top level)', c] as const))('%s: its example paths exist', (_name, command) => {
    const r = runCli([...command, '--help']);
    expect(r.code).toBe(0);
    const examples = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('$ charter'));
    if (command.length === 0 || ['lint', 'render', 'sign', 'diff'].includes(command[0]!)) expect(examples.length).toBeGreaterThan(2);
    for (const line of examples) {
      expect(line, 'a folder this repository does not have').not.toMatch(/\bcharters\//);
      // The command, without the description column that follows a run of spaces.
      const shown = line.trim().split(/\s{2,}/)[0]!;
      for (const path of shown.match(/(?<=[\s'])examples\/[^\s']*/g) ?? []) {
        const plain = path.replace(/\*.*$/, '');
        expect(existsSync(join(ROOT, plain)), `${path} in: ${line}`).toBe(true);
      }
    }
  });
});
