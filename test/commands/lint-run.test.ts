import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runLint, PROGRESS_THRESHOLD } from '../../src/commands/lint-run.js';
import { normalizeLintOptions, parseOutputs } from '../../src/commands/lint.js';
import type { Io } from '../../src/terminal/io.js';
import { baseCharter } from '../helpers/base-charter.js';
import { tempTree } from '../helpers/cli.js';

function fakeIo(env: Record<string, string> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    isTTY: false,
    stderrIsTTY: true,
    env,
  };
  return io;
}

describe('runLint progress', () => {
  const text = stringify(baseCharter());
  const files: Record<string, string> = {};
  for (let i = 0; i <= PROGRESS_THRESHOLD; i++) files[`t${String(i).padStart(3, '0')}.yaml`] = text.replace('id: csm\n  name:', `id: t${i}\n  name:`);
  const dir = tempTree(files);
  const options = normalizeLintOptions([dir], { asOf: '2026-11-22', quiet: true }, [{ kind: 'format', value: 'json' }]);

  it('shows a progress line on a terminal for more than 300 files, then clears it', async () => {
    const io = fakeIo();
    expect(await runLint(options, io)).toBe(0);
    expect(io.err).toContain(`\rcharter: linting 25/${PROGRESS_THRESHOLD + 1} files`);
    expect(io.err).toContain(`\rcharter: linting ${PROGRESS_THRESHOLD + 1}/${PROGRESS_THRESHOLD + 1} files`);
    expect(io.err.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(io.out).summary.files).toBe(PROGRESS_THRESHOLD + 1);
  });

  it('prints nothing on CI, even on a terminal', async () => {
    const io = fakeIo({ CI: 'true' });
    await runLint(options, io);
    expect(io.err).toBe('');
  });
});

describe('parseOutputs', () => {
  it('pairs -o with the format before it, and name:file pairs', () => {
    expect(
      parseOutputs([
        { kind: 'format', value: 'sarif' },
        { kind: 'file', value: 'out.sarif' },
        { kind: 'format', value: 'junit:junit.xml' },
        { kind: 'format', value: 'stylish' },
      ]),
    ).toEqual([{ format: 'sarif', file: 'out.sarif' }, { format: 'junit', file: 'junit.xml' }, { format: 'stylish' }]);
    expect(parseOutputs([{ kind: 'file', value: 'report.txt' }])).toEqual([{ file: 'report.txt' }]);
    expect(parseOutputs([])).toEqual([]);
  });

  it('rejects two terminal reports and one file for two reports', () => {
    expect(() => parseOutputs([{ kind: 'format', value: 'json' }, { kind: 'format', value: 'github' }])).toThrow(/only one format can write to the terminal/);
    expect(() => parseOutputs([{ kind: 'format', value: 'json:a' }, { kind: 'format', value: 'sarif:a' }])).toThrow(/two reports would be written to a/);
  });
});
