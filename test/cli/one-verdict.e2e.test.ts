/*
 * One verdict from every command (issue "one lint pipeline"): a finding silenced in the
 * configuration or by an inline comment is silenced for lint, for the gates of render and sign,
 * and for the library's lint(); a finding that is not silenced blocks them all.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { runCli, tempTree } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const AS_OF = '2026-11-22';
const clean = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');
/** The clean reference charter with one placeholder finding added at its end. */
const withPlaceholder = (before = '', after = '') => `${clean.trimEnd()}\n${before}x-note: TBD${after}\n`;

interface Case {
  name: string;
  files: Record<string, string>;
  /** The rule ids lint must report (sorted). */
  expected: string[];
}

const cases: Case[] = [
  { name: 'no suppression (the finding blocks everything)', files: { 'c.yaml': withPlaceholder() }, expected: ['placeholder-text'] },
  {
    name: 'rule off in charter.config.yaml',
    files: { 'c.yaml': withPlaceholder(), 'charter.config.yaml': 'rules:\n  placeholder-text: off\n' },
    expected: [],
  },
  {
    name: 'charter-disable-next-line',
    files: { 'c.yaml': withPlaceholder('# charter-disable-next-line placeholder-text -- filled in at the offsite\n') },
    expected: [],
  },
  {
    name: 'charter-disable … charter-enable',
    files: { 'c.yaml': withPlaceholder('# charter-disable placeholder-text -- filled in at the offsite\n', '\n# charter-enable placeholder-text') },
    expected: [],
  },
  {
    name: 'charter-disable-file',
    files: { 'c.yaml': `# charter-disable-file placeholder-text -- filled in at the offsite\n${withPlaceholder()}` },
    expected: [],
  },
  {
    name: 'a disable comment for another rule (the finding stays, and the comment is unused)',
    files: { 'c.yaml': withPlaceholder('# charter-disable-next-line mission-too-long -- not this one\n') },
    expected: ['placeholder-text', 'unused-disable'],
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.each(cases)('$name', ({ files, expected }) => {
  const dir = tempTree(files);
  dirs.push(dir);
  const blocks = expected.some((id) => id === 'placeholder-text');

  it('lint reports exactly the expected findings', () => {
    const r = runCli(['lint', '--as-of', AS_OF, '--format', 'json', 'c.yaml'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> };
    expect(json.files[0]!.findings.map((f) => f.ruleId).sort()).toEqual(expected);
    expect(r.code).toBe(blocks ? 1 : 0);
  });

  it("the library's lint() gives the same findings", () => {
    const [result] = lint([join(dir, 'c.yaml')], { asOf: AS_OF, cwd: dir });
    expect(result!.findings.map((f) => f.ruleId).sort()).toEqual(expected);
  });

  it('render (its lint gate) agrees', () => {
    const r = runCli(['render', '--as-of', AS_OF, 'c.yaml', '--out', 'c.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(blocks ? 1 : 0);
    if (blocks) expect(r.stderr).toContain('placeholder-text');
  });

  it('sign (its lint gate) agrees', () => {
    const r = runCli(['sign', 'c.yaml', '--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--date', AS_OF], { cwd: dir });
    expect(r.code, r.stderr + r.stdout).toBe(blocks ? 1 : 0);
    if (blocks) expect(r.stderr + r.stdout).toContain('not signed');
  });
});
