/**
 * The GitHub Action's bundle (action/dist/index.js, built by npm run build) in a simulated runner:
 * a pull_request event payload at GITHUB_EVENT_PATH, temporary files for GITHUB_STEP_SUMMARY and
 * GITHUB_OUTPUT, INPUT_* variables, and a git repository with the pull request's base commit.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempTree } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';
import { GIT_ENV, git } from '../helpers/git.js';
import { markdownProblems } from '../render/lint-markdown.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { tempDir } from '../helpers/temp.js';

const BUNDLE = join(ROOT, 'action/dist/index.js');

interface Runner {
  code: number | null;
  log: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the bundle as the runner would: `node action/dist/index.js` in the workspace. */
function runAction(workspace: string, inputs: Record<string, string>, event: unknown): Runner {
  const runnerDir = tempDir('charter-runner-');
  const eventPath = join(runnerDir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const summary = join(runnerDir, 'summary.md');
  const output = join(runnerDir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    ...GIT_ENV,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerDir,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, log: r.stdout + r.stderr, summary: readFileSync(summary, 'utf8'), outputs };
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Record<string, any>;
  it('runs the bundle on node24, with the documented inputs and outputs', () => {
    expect(action['runs']).toEqual({ using: 'node24', main: 'action/dist/index.js' });
    expect(Object.keys(action['inputs']).sort()).toEqual(['as-of', 'baseline', 'config', 'diff-base', 'fail-on', 'paths']);
    expect(Object.keys(action['outputs'])).toContain('sarif-file');
  });
});

describe('the action in a simulated runner', () => {
  const csm = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');
  const weak = readFileSync(join(ROOT, 'examples/needs-work/weak.yaml'), 'utf8');
  let dir: string;
  let base: string;
  beforeAll(() => {
    dir = tempTree({ 'charters/csm.yaml': csm });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    base = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'charters/csm.yaml'), csm.replace('target: {value: 110, by: 2028-12-31}', 'target: {value: 105, by: 2028-12-31}'));
    writeFileSync(join(dir, 'charters/weak.yaml'), weak);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'pull request');
  });

  it('annotates within the limits, writes the summary, the SARIF file and the outputs; fails on errors and the change', () => {
    const r = runAction(dir, { paths: 'charters', 'as-of': '2026-11-22', 'fail-on': 'lowered-target' }, { pull_request: { base: { sha: base } } });
    expect(r.code).toBe(1);
    const lines = r.log.split('\n');
    const errors = lines.filter((l) => l.startsWith('::error file='));
    const warnings = lines.filter((l) => l.startsWith('::warning file='));
    const notices = lines.filter((l) => l.startsWith('::notice file='));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(notices).toHaveLength(9);
    expect(errors[0]).toMatch(/^::error file=charters\/[a-z]+\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::.+%0Ahttps:\/\//);
    expect(lines).toContain('charter: 2 charters checked: 19 errors, 17 warnings, 9 infos (16 not annotated: GitHub shows 10 of each kind per step; all are in the job summary)');
    expect(lines).toContain('::error title=charter::fails on 19 error findings and the change: lowered-target');

    expect(r.summary).toContain('# Charter lint');
    expect(r.summary).toContain('16 findings are not annotated on the files (9 errors, 7 warnings, 0 infos)');
    expect(r.summary.match(/^\| charters\/(csm|weak)\.yaml \|/gm)).toHaveLength(45);
    expect(r.summary).toContain('## Charter changes');
    expect(r.summary).toContain("- metric 'nrr' target lowered: 110 → 105 (direction: increase)");
    expect(r.summary).toContain('### charters/weak.yaml (added)');
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(markdownProblems(r.summary)).toEqual([]);

    expect(r.outputs).toMatchObject({ errors: '19', warnings: '17', infos: '9', changes: '1' });
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(45);
    const validate = sarifValidator();
    expect(validate).toBeDefined();
    const v = validate!(sarif);
    expect(v.errors).toBe('[]');
    expect(v.valid).toBe(true);
  });

  it('passes on a clean charter set; an explicit diff-base overrides the event, and a missing base is a warning', () => {
    const clean = tempTree({ 'charters/csm.yaml': csm });
    git(clean, 'init', '-q', '-b', 'main');
    git(clean, 'add', '-A');
    git(clean, 'commit', '-q', '-m', 'base');
    const r = runAction(clean, { paths: 'charters', 'as-of': '2026-11-22', 'diff-base': 'HEAD' }, { pull_request: { base: { sha: '0'.repeat(40) } } });
    expect(r.code).toBe(0);
    expect(r.log).toContain('charter: 1 charter checked: 0 errors, 0 warnings, 0 infos');
    expect(r.summary).toContain('no charters changed');
    const missing = runAction(clean, { paths: 'charters', 'as-of': '2026-11-22' }, { pull_request: { base: { sha: 'f'.repeat(40) } } });
    expect(missing.code).toBe(0);
    expect(missing.log).toMatch(/^::warning title=charter diff::unknown git revision 'f{40}'.*fetch-depth: 0/m);
  });

  it('annotates the lines the pull request changed first, so they are not lost to the limits', () => {
    // weak.yaml has 14 errors; in file order the placeholder on line 128 would be the 14th, past the limit of 10.
    const repo = tempTree({ 'charters/weak.yaml': weak });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    const sha = git(repo, 'rev-parse', 'HEAD');
    const edited = weak
      .replace('risk: Partners and our own Sales team compete for the same SMB prospects.', 'risk: Partners and our Sales team compete for SMB prospects.')
      .replace('mitigation: "Escalate to {{escalation_contact}}."', 'mitigation: "Escalate to {{escalation_owner}}."');
    expect(edited).not.toBe(weak);
    writeFileSync(join(repo, 'charters/weak.yaml'), edited);
    git(repo, 'commit', '-q', '-am', 'pull request');
    const r = runAction(repo, { paths: 'charters', 'as-of': '2026-11-22' }, { pull_request: { base: { sha } } });
    const errors = r.log.split('\n').filter((l) => l.startsWith('::error file='));
    expect(errors).toHaveLength(10);
    expect(errors[0]).toMatch(/^::error file=charters\/weak\.yaml,line=120,.*title=high-risk-unmitigated::/);
    expect(errors[1]).toMatch(/^::error file=charters\/weak\.yaml,line=128,.*title=placeholder-text::/);
    // The others follow in file order.
    const lines = errors.slice(2).map((l) => Number(/line=(\d+)/.exec(l)![1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('baseline: the findings a baseline accepted are not annotated, not in SARIF and do not fail; a new one does', () => {
    const repo = tempTree({ 'charters/weak.yaml': weak });
    const cli = spawnSync(process.execPath, [join(ROOT, 'bin/charter.js'), 'lint', '--as-of', '2026-11-22', '--baseline', 'charter-baseline.json', '--update-baseline', 'charters'], { cwd: repo, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const total = (JSON.parse(readFileSync(join(repo, 'charter-baseline.json'), 'utf8')) as { findings: unknown[] }).findings.length;
    expect(total).toBeGreaterThan(20);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');

    const r = runAction(repo, { paths: 'charters', 'as-of': '2026-11-22', baseline: 'charter-baseline.json' }, {});
    expect(r.code).toBe(0);
    expect(r.log).not.toMatch(/^::(error|warning|notice) file=/m);
    expect(r.log).toContain(`charter: 1 charter checked: 0 errors, 0 warnings, 0 infos (${total} more accepted in charter-baseline.json)`);
    expect(r.summary.replace(/\s+/g, ' ')).toContain(`${total} more findings are accepted in the baseline charter-baseline.json: not annotated, not listed and not failing the step.`);
    expect(r.summary).not.toContain('## Findings');
    expect(markdownProblems(r.summary)).toEqual([]);
    expect((JSON.parse(readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toEqual([]);

    // A new placeholder is reported, annotated and fails the step; the accepted ones stay quiet.
    writeFileSync(join(repo, 'charters/weak.yaml'), weak.replace('  name: Partner Success\n', '  name: Partner Success [TBD]\n'));
    const next = runAction(repo, { paths: 'charters', 'as-of': '2026-11-22', baseline: 'charter-baseline.json' }, {});
    expect(next.code).toBe(1);
    const annotations = next.log.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotations).toEqual([expect.stringMatching(/^::error file=charters\/weak\.yaml,line=\d+,.*title=placeholder-text::.*\[TBD\]/)]);
    expect(next.outputs['errors']).toBe('1');

    const missing = runAction(repo, { paths: 'charters', baseline: 'nope.json' }, {});
    expect(missing.code).toBe(2);
    expect(missing.log).toMatch(/^::error title=charter::.*nope\.json: no such baseline/m);
  });

  it('a bad input is one error line (exit 2)', () => {
    const r = runAction(dir, { paths: 'charters', 'fail-on': 'everything' }, {});
    expect(r.code).toBe(2);
    expect(r.log).toBe("::error title=charter::input fail-on: unknown kind 'everything': choose from lowered-target, ownership-moved, signatures-stale, new-errors\n");
  });
});
