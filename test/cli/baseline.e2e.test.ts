/** `charter lint --baseline`: only findings that are not in the baseline, matched without line numbers. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempTree } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2026-11-22'];

describe('charter lint --baseline', () => {
  const weak = readFileSync(new URL('../../examples/needs-work/weak.yaml', import.meta.url), 'utf8');

  it('round trip: baseline the findings, edit above them and add one: only the new one is reported', () => {
    const dir = tempTree({ 'charters/weak.yaml': weak });
    const before = runCli(['lint', ...AS_OF, '-f', 'json', 'charters'], { cwd: dir });
    expect(before.code).toBe(1);
    const count = JSON.parse(before.stdout).summary;
    const total = count.errors + count.warnings + count.infos;
    expect(total).toBeGreaterThan(5);

    const update = runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', '--update-baseline', 'charters'], { cwd: dir });
    expect(update.code).toBe(0);
    expect(update.stderr).toBe(`charter: charter-baseline.json: ${total} findings (${total} added, 0 removed)\n`);
    expect(update.stdout).toBe(`✔ 1 charter checked, no new problems (${total} accepted in the baseline)\n`);
    const file = JSON.parse(readFileSync(join(dir, 'charter-baseline.json'), 'utf8'));
    expect(file.version).toBe(1);
    expect(file.findings).toHaveLength(total);
    expect(file.findings[0]).toEqual({ rule: expect.any(String), file: 'charters/weak.yaml', fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), message: expect.any(String) });
    const keys = file.findings.map((e: { file: string; rule: string; fingerprint: string }) => `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`);
    expect(keys).toEqual([...keys].sort());

    const same = runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', 'charters'], { cwd: dir });
    expect(same.stdout).toBe(`✔ 1 charter checked, no new problems (${total} accepted in the baseline)\n`);
    expect(same.code).toBe(0);

    // Lines inserted above every finding, and a new metric first in the list (positions shift).
    const edited = weak
      .replace(/^charter: 1\n/m, 'charter: 1\n# a comment\n# and another\n\n')
      .replace(/^metrics:\n/m, 'metrics:\n  - id: new-one\n    name: New one\n    unit: count\n    direction: increase\n');
    expect(edited).not.toBe(weak);
    writeFileSync(join(dir, 'charters/weak.yaml'), edited);
    const after = runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', '-f', 'json', 'charters'], { cwd: dir });
    const findings = JSON.parse(after.stdout).files[0].findings as Array<{ ruleId: string; message: string }>;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.message).toMatch(/new-one|New one/);

    // Updating drops what no longer occurs and adds the new findings; the file is stable.
    const again = runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', '--update-baseline', 'charters'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`: ${total + findings.length} findings \\(${findings.length} added, 0 removed\\)`));
    const text = readFileSync(join(dir, 'charter-baseline.json'), 'utf8');
    runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', '--update-baseline', 'charters'], { cwd: dir });
    expect(readFileSync(join(dir, 'charter-baseline.json'), 'utf8')).toBe(text);

    writeFileSync(join(dir, 'charters/weak.yaml'), weak);
    const fixed = runCli(['lint', ...AS_OF, '--baseline', 'charter-baseline.json', '--update-baseline', 'charters'], { cwd: dir });
    expect(fixed.stderr).toMatch(new RegExp(`: ${total} findings \\(0 added, ${findings.length} removed\\)`));
  });

  it("a finding whose message names the run's date (review-overdue) stays accepted on later days; a new one does not", () => {
    const dir = tempTree({ 'charters/weak.yaml': weak });
    expect(runCli(['lint', ...AS_OF, '--baseline', 'b.json', '--update-baseline', 'charters'], { cwd: dir }).code).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).findings as Array<{ rule: string; message: string }>;
    expect(entries.find((e) => e.rule === 'review-overdue')?.message).toContain('more than 12 months before 2026-11-22');
    const later = runCli(['lint', '--as-of', '2027-02-01', '--baseline', 'b.json', '-f', 'json', 'charters'], { cwd: dir });
    const findings = JSON.parse(later.stdout).files[0].findings as Array<{ ruleId: string; message: string }>;
    expect(findings.map((f) => f.ruleId)).not.toContain('review-overdue');
    // Without the baseline the same run reports it, naming the new date.
    const plain = runCli(['lint', '--as-of', '2027-02-01', '-f', 'json', 'charters'], { cwd: dir });
    const overdue = (JSON.parse(plain.stdout).files[0].findings as Array<{ ruleId: string; message: string }>).filter((f) => f.ruleId === 'review-overdue');
    expect(overdue.map((f) => f.message)).toEqual([expect.stringContaining('more than 12 months before 2027-02-01')]);
    // A review recorded later, then overdue again: another last_reviewed, another finding.
    writeFileSync(join(dir, 'charters/weak.yaml'), weak.replace('last_reviewed: 2025-06-30', 'last_reviewed: 2025-07-31'));
    const moved = runCli(['lint', '--as-of', '2027-02-01', '--baseline', 'b.json', '-f', 'json', 'charters'], { cwd: dir });
    expect((JSON.parse(moved.stdout).files[0].findings as Array<{ ruleId: string }>).map((f) => f.ruleId)).toContain('review-overdue');
  });

  it('a missing or broken baseline is a one-line error (exit 2)', () => {
    const dir = tempTree({ 'weak.yaml': weak, 'bad.json': '{"version": 2}' });
    const missing = runCli(['lint', '--baseline', 'nope.json', 'weak.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("charter: nope.json: no such baseline; create it with 'charter lint --baseline nope.json --update-baseline'\n");
    const bad = runCli(['lint', '--baseline', 'bad.json', 'weak.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^charter: bad\.json: not a charter baseline/);
  });
});
