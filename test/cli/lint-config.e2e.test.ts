/** `charter lint` configuration, inline suppressions and many files (built bin). */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli, tempTree } from '../helpers/cli.js';
import { baseCharter, charterWith } from '../helpers/base-charter.js';

const AS_OF = ['--as-of', '2026-11-22'];
// One warning (objective-without-strategy-link) and one info (metric-orphaned).
const charter = stringify(
  charterWith((c) => {
    delete c.objectives[0].strategy_link;
    c.objectives[0].metrics = ['grr'];
  }),
);

function findings(stdout: string): string[] {
  const out = JSON.parse(stdout) as { files: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; line: number }> }> };
  return out.files.flatMap((f) => f.findings.map((x) => `${f.file} ${x.severity} ${x.ruleId}`));
}

function oneLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('configuration (built bin)', () => {
  it('without a configuration: the default severities', () => {
    const dir = tempTree({ 'csm.yaml': charter });
    expect(findings(runCli(['lint', ...AS_OF, '-f', 'json', 'csm.yaml'], { cwd: dir }).stdout)).toEqual([
      'csm.yaml warning objective-without-strategy-link',
      'csm.yaml info metric-orphaned',
    ]);
  });

  it('turns a rule off and re-levels another; found from a sub-folder upward', () => {
    const dir = tempTree({
      'charter.config.yaml': 'rules:\n  metric-orphaned: off\n  objective-without-strategy-link: error\n',
      'teams/csm.yaml': charter,
    });
    const r = runCli(['lint', ...AS_OF, '-f', 'json', 'csm.yaml'], { cwd: `${dir}/teams` });
    expect(findings(r.stdout)).toEqual(['csm.yaml error objective-without-strategy-link']);
    expect(r.code).toBe(1);
  });

  it('overrides by path, and a threshold from settings', () => {
    const dir = tempTree({
      '.charterrc.yaml': [
        'settings:',
        '  mission: { minWords: 30 }',
        'overrides:',
        '  - files: "drafts/**"',
        '    rules: { objective-without-strategy-link: off, mission-is-tagline: info }',
      ].join('\n'),
      'csm.yaml': charter,
      'drafts/csm-next.yaml': charter.replace('id: csm\n', 'id: csm-next\n'),
    });
    const r = runCli(['lint', ...AS_OF, '-f', 'json', 'csm.yaml', 'drafts/csm-next.yaml'], { cwd: dir });
    expect(findings(r.stdout)).toEqual([
      'csm.yaml warning mission-is-tagline',
      'csm.yaml warning objective-without-strategy-link',
      'csm.yaml info metric-orphaned',
      'drafts/csm-next.yaml info mission-is-tagline',
      'drafts/csm-next.yaml info metric-orphaned',
      // The renamed team has no inbound hand-off (the base charter's is addressed to 'csm').
      'drafts/csm-next.yaml warning adoption-handoff-missing',
    ]);
  });

  it('an invalid configuration is exit 2 with one located line', () => {
    const dir = tempTree({ 'charter.config.yaml': 'rules:\n  metric-orphaned: warn\n', 'csm.yaml': charter });
    const r = runCli(['lint', 'csm.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^charter: charter\.config\.yaml:2:20: 'rules\.metric-orphaned' must be one of off, info, warning, error/);
    expect(r.stdout).toBe('');
  });

  it('--config names the file; a missing one is exit 2', () => {
    const dir = tempTree({ 'ci/lint.yaml': 'rules: { metric-orphaned: error }\n', 'csm.yaml': charter });
    const r = runCli(['lint', ...AS_OF, '--config', 'ci/lint.yaml', '-f', 'json', 'csm.yaml'], { cwd: dir });
    expect(findings(r.stdout)).toContain('csm.yaml error metric-orphaned');
    const missing = runCli(['lint', '--config', 'nope.yaml', 'csm.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(oneLine(missing.stderr)).toBe('charter: nope.yaml: cannot read the configuration: no such file');
  });

  it('--print-config shows the resolved configuration of a file', () => {
    const dir = tempTree({
      'charter.config.yaml': 'extends: charter:strict\nsettings: { review: { maxAgeMonths: 18 } }\noverrides:\n  - files: drafts/*.yaml\n    rules: { placeholder-text: off }\nignores: [archive/]\n',
    });
    const r = runCli(['lint', '--print-config', 'drafts/a.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ file: 'drafts/a.yaml', configFile: 'charter.config.yaml', extends: 'charter:strict', ignored: false, requireReasons: true });
    expect(out.rules['placeholder-text']).toBe('off');
    expect(out.rules['mission-too-long']).toBe('warning');
    expect(out.rules['review-overdue']).toEqual({ severity: 'error', options: { maxAgeMonths: 18 } });
    expect(Object.keys(out.rules)).toHaveLength(41);
    expect(JSON.parse(runCli(['lint', '--print-config', 'archive/x.yaml'], { cwd: dir }).stdout).ignored).toBe(true);
  });
});

describe('inline suppressions (built bin)', () => {
  const suppressed = charter
    .replace(/^(\s*)(- id: protect-base)$/m, '$1# charter-disable-next-line objective-without-strategy-link -- linked in the FY27 plan\n$1$2')
    .replace(/^(metrics:)$/m, '# charter-disable metric-orphaned\n$1')
    .replace(/^(cost_metric:)$/m, '# charter-enable metric-orphaned\n$1');

  it('each form hides only its findings; nothing else is reported', () => {
    const dir = tempTree({ 'csm.yaml': suppressed });
    const r = runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/no problems/);
    expect(r.code).toBe(0);
  });

  it('an unused suppression is reported; --no-inline-config ignores them all', () => {
    const dir = tempTree({ 'csm.yaml': suppressed.replace(/^(team:)$/m, '# charter-disable-next-line placeholder-text -- not needed\n$1') });
    const r = runCli(['lint', ...AS_OF, '-f', 'json', 'csm.yaml'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['csm.yaml warning unused-disable']);
    expect(JSON.parse(r.stdout).files[0].findings[0].message).toBe("charter-disable-next-line for 'placeholder-text' suppresses nothing; remove it");
    const raw = runCli(['lint', ...AS_OF, '-f', 'json', '--no-inline-config', 'csm.yaml'], { cwd: dir });
    expect(findings(raw.stdout)).toEqual(['csm.yaml warning objective-without-strategy-link', 'csm.yaml info metric-orphaned']);
  });

  it('--require-reasons (or requireReasons in the configuration) reports a suppression without a reason', () => {
    const dir = tempTree({ 'csm.yaml': suppressed.replace('metric-orphaned\nmetrics:', 'metric-orphaned -- \nmetrics:') });
    expect(runCli(['lint', ...AS_OF, 'csm.yaml'], { cwd: dir }).stdout).toMatch(/no problems/);
    const r = runCli(['lint', ...AS_OF, '--require-reasons', '-f', 'json', 'csm.yaml'], { cwd: dir });
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { message: string }) => f.message)).toEqual([
      "charter-disable gives no reason: add ' -- why this finding does not apply'",
    ]);
    const dir2 = tempTree({ 'csm.yaml': suppressed.replace('metric-orphaned\nmetrics:', 'metric-orphaned\nmetrics:'), 'charter.config.yaml': 'requireReasons: true\n' });
    expect(findings(runCli(['lint', ...AS_OF, '-f', 'json', 'csm.yaml'], { cwd: dir2 }).stdout)).toEqual(['csm.yaml warning unused-disable']);
  });
});

describe('many files (built bin)', () => {
  const other = (id: string) => stringify(charterWith((c) => (c.team.id = id)));

  it('ignores: in the configuration and --ignore-pattern; a quoted glob is expanded', () => {
    const dir = tempTree({
      'charter.config.yaml': 'ignores: [drafts/]\n',
      'teams/a.yaml': other('a'),
      'teams/b.yaml': other('b'),
      'teams/drafts/c.yaml': other('c'),
      'teams/old/d.yaml': other('d'),
      'teams/notes.yaml': 'just: notes\n',
    });
    const list = (args: string[]) => (JSON.parse(runCli(['lint', ...AS_OF, '-f', 'json', ...args], { cwd: dir }).stdout).files as Array<{ file: string }>).map((f) => f.file);
    expect(list(['teams/'])).toEqual(['teams/a.yaml', 'teams/b.yaml', 'teams/old/d.yaml']);
    expect(list(['teams/', '--ignore-pattern', 'old/'])).toEqual(['teams/a.yaml', 'teams/b.yaml']);
    expect(list(['teams/**/*.yaml'])).toEqual(['teams/a.yaml', 'teams/b.yaml', 'teams/old/d.yaml']);
    expect(list(['teams/a.yaml', 'teams/drafts/c.yaml'])).toEqual(['teams/a.yaml']);
    const none = runCli(['lint', 'teams/*.yml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(oneLine(none.stderr)).toMatch(/^charter: no files match 'teams\/\*\.yml'/);
  });

  it('prints no progress line when stderr is not a terminal, even for many files', () => {
    const files: Record<string, string> = {};
    const text = stringify(baseCharter());
    for (let i = 0; i < 310; i++) files[`c/t${String(i).padStart(3, '0')}.yaml`] = text.replace('id: csm\n  name:', `id: t${i}\n  name:`);
    const dir = tempTree(files);
    const r = runCli(['lint', ...AS_OF, '-q', 'c/'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/310 charters checked/);
  });
});
