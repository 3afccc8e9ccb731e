import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempTree } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

/** `charter approve`, `review` and `bump` on the built bin, with the date pinned by --date. */

const CSM = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');

function tree(text: string): { dir: string; read: () => string } {
  const dir = tempTree({ 'csm.yaml': text });
  return { dir, read: () => readFileSync(join(dir, 'csm.yaml'), 'utf8') };
}

describe('charter review (built bin)', () => {
  it('sets last_reviewed and next_review from the semiannual cadence, day clamped; nothing else changes', () => {
    const t = tree(CSM);
    const r = runCli(['review', 'csm.yaml', '--date', '2026-08-31'], { cwd: t.dir });
    expect(r).toEqual({ code: 0, stderr: '', stdout: 'csm.yaml: reviewed on 2026-08-31; next review 2027-02-28 (semiannual, 6 months)\n' });
    expect(lineDiff(CSM, t.read())).toEqual({
      removed: ['  last_reviewed: 2026-09-15', '  next_review: 2027-03-15'],
      added: ['  last_reviewed: 2026-08-31', '  next_review: 2027-02-28'],
    });
  });

  it.each([
    ['annual', '2028-02-29', '2029-02-28', '12 months'],
    ['quarterly', '2026-11-30', '2027-02-28', '3 months'],
  ])('cadence %s: %s → %s', (cadence, date, next, months) => {
    const t = tree(CSM.replace('  review:\n    cadence: semiannual\n', '  review:\n' + `    cadence: ${cadence}\n`));
    const r = runCli(['review', 'csm.yaml', '--date', date], { cwd: t.dir });
    expect(r.stdout).toBe(`csm.yaml: reviewed on ${date}; next review ${next} (${cadence}, ${months})\n`);
    expect(parse(t.read()).meta).toMatchObject({ last_reviewed: date, next_review: next });
  });

  it('assumes annual when no cadence is set, and says so', () => {
    const t = tree(CSM.replace('  review:\n    cadence: semiannual\n', '  review:\n' + ''));
    const r = runCli(['review', 'csm.yaml', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.stdout).toBe('csm.yaml: reviewed on 2026-11-23; next review 2027-11-23 (annual, 12 months) (no governance.review.cadence: annual assumed)\n');
  });

  it('with --summary, appends a revision entry authored by the reviewers and names the signatures this makes stale', () => {
    const t = tree(CSM);
    const r = runCli(['review', 'csm.yaml', '--date', '2026-11-23', '--reviewer', 'Maya Okafor', '--reviewer', 'Elena Marsh', '--summary', 'Semiannual review: targets confirmed.'], {
      cwd: t.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'csm.yaml: reviewed on 2026-11-23; next review 2027-05-23 (semiannual, 6 months)',
      'added to meta.revision_history: "Semiannual review: targets confirmed."',
      'signatures cover the review dates and the revisions, so a review is re-affirmed by signing again',
      'these 10 signatures are now stale (signature-stale): Elena Marsh (approver), Dana Whitfield (stakeholder), Marcus Lee (stakeholder), Rui Costa (stakeholder), Maya Okafor (owner), Jonah Reyes (team-member), Aiko Tanaka (team-member), Samuel Brandt (team-member), Nadia Haddad (team-member) and Priyanka Desai (team-member)',
      'each signer signs again with: charter sign csm.yaml --name … --title …',
      '',
    ]);
    expect(lineDiff(CSM, t.read())).toEqual({
      removed: ['  last_reviewed: 2026-09-15', '  next_review: 2027-03-15'],
      added: [
        '  last_reviewed: 2026-11-23',
        '  next_review: 2027-05-23',
        '    - version: "3.0"',
        '      date: 2026-11-23',
        '      author: Maya Okafor and Elena Marsh',
        '      summary: "Semiannual review: targets confirmed."',
      ],
    });
  });

  it('names the signatures a review makes stale (the review dates are signed content) and that they sign again', () => {
    const t = tree(CSM);
    const sign = runCli(['sign', 'csm.yaml', '--name', 'Maya Okafor', '--title', 'Director, CSM', '--role', 'owner', '--date', '2026-11-20', '--allow-findings'], { cwd: t.dir });
    expect(sign.code).toBe(0);
    const r = runCli(['review', 'csm.yaml', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'csm.yaml: reviewed on 2026-11-23; next review 2027-05-23 (semiannual, 6 months)',
      'signatures cover the review dates and the revisions, so a review is re-affirmed by signing again',
      'this signature is now stale (signature-stale): Maya Okafor (owner)',
      'the signer signs again with: charter sign csm.yaml --name … --title …',
      '',
    ]);
    expect(runCli(['review', '--help']).stdout).not.toContain('no changes');
  });

  it('refuses an unknown cadence and --reviewer without --summary (exit 2, file untouched)', () => {
    const bad = CSM.replace('  review:\n    cadence: semiannual\n', '  review:\n' + '    cadence: monthly\n');
    const t = tree(bad);
    const r = runCli(['review', 'csm.yaml', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("charter: csm.yaml: governance.review.cadence is 'monthly'; use annual, semiannual or quarterly (charter lint csm.yaml)\n");
    const r2 = runCli(['review', 'csm.yaml', '--reviewer', 'Maya Okafor'], { cwd: t.dir });
    expect(r2).toMatchObject({ code: 2, stderr: expect.stringContaining('give --summary') });
    expect(t.read()).toBe(bad);
  });

  it('--help shows examples', () => {
    expect(runCli(['review', '--help']).stdout).toContain('$ charter review csm.yaml --date 2026-11-23');
  });
});

describe('charter bump (built bin)', () => {
  it('bumps the version (keeping its quotes), appends the revision with the owner as author, lists the stale signatures', () => {
    const t = tree(CSM);
    const r = runCli(['bump', 'csm.yaml', 'minor', '--summary', 'Added the onboarding hand-off SLA.', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'csm.yaml: version 3.0 → 3.1 (minor); added to meta.revision_history: "Added the onboarding hand-off SLA."',
      'these 10 signatures are now stale (signature-stale): Elena Marsh (approver), Dana Whitfield (stakeholder), Marcus Lee (stakeholder), Rui Costa (stakeholder), Maya Okafor (owner), Jonah Reyes (team-member), Aiko Tanaka (team-member), Samuel Brandt (team-member), Nadia Haddad (team-member) and Priyanka Desai (team-member)',
      'each signer signs again with: charter sign csm.yaml --name … --title …',
      '',
    ]);
    expect(lineDiff(CSM, t.read())).toEqual({
      removed: ['  version: "3.0"'],
      added: ['  version: "3.1"', '    - version: "3.1"', '      date: 2026-11-23', '      author: Maya Okafor', '      summary: Added the onboarding hand-off SLA.'],
    });
    const lint = runCli(['lint', '--as-of', '2026-11-23', '--format', 'json', 'csm.yaml'], { cwd: t.dir });
    const stale = (JSON.parse(lint.stdout) as { files: Array<{ findings: Array<{ ruleId: string }> }> }).files[0]!.findings.filter(
      (f) => f.ruleId === 'signature-stale',
    );
    expect(stale).toHaveLength(10);
  });

  it.each([
    ['major', '"3.0"', '"4.0"'],
    ['patch', '"3.0"', '"3.0.1"'],
    ['major', '"3.0.7"', '"4.0.0"'],
    ['minor', '"2"', '"2.1"'],
    ['minor', "'3.0'", "'3.1'"],
    ['patch', '3.0', '3.0.1'],
    ['minor', '3.0', '"3.1"'],
  ])('%s %s → %s', (level, from, to) => {
    const t = tree(CSM.replace('  version: "3.0"\n', `  version: ${from}\n`));
    const r = runCli(['bump', 'csm.yaml', level, '--summary', 's', '--author', 'Ana', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.code).toBe(0);
    expect(t.read()).toContain(`\n  version: ${to}\n`);
    expect(parse(t.read()).meta.revision_history.at(-1)).toEqual({ version: to.replace(/["']/g, ''), date: '2026-11-23', author: 'Ana', summary: 's' });
  });

  it('says when no signature becomes stale', () => {
    const t = tree(CSM.replace(/^signatures:[\s\S]*$/m, 'signatures: []\n'));
    const r = runCli(['bump', 'csm.yaml', 'patch', '--summary', 'Typo.', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.stdout).toBe('csm.yaml: version 3.0 → 3.0.1 (patch); added to meta.revision_history: "Typo."\nno signature becomes stale: the charter has no signatures yet\n');
  });

  it('on signatures already stale, says they were stale already (not "no signature becomes stale")', () => {
    const t = tree(CSM);
    expect(runCli(['bump', 'csm.yaml', 'minor', '--summary', 'One.', '--date', '2026-11-23'], { cwd: t.dir }).code).toBe(0);
    const r = runCli(['bump', 'csm.yaml', 'patch', '--summary', 'Two.', '--date', '2026-11-24'], { cwd: t.dir });
    expect(r.stdout.split('\n')).toEqual([
      'csm.yaml: version 3.1 → 3.1.1 (patch); added to meta.revision_history: "Two."',
      'these 10 signatures were already stale: Elena Marsh (approver), Dana Whitfield (stakeholder), Marcus Lee (stakeholder), Rui Costa (stakeholder), Maya Okafor (owner), Jonah Reyes (team-member), Aiko Tanaka (team-member), Samuel Brandt (team-member), Nadia Haddad (team-member) and Priyanka Desai (team-member)',
      'each signer signs again with: charter sign csm.yaml --name … --title …',
      '',
    ]);
  });

  it('without a level, says which levels there are (exit 2, file untouched)', () => {
    const t = tree(CSM);
    expect(runCli(['bump', 'csm.yaml', '--summary', 's'], { cwd: t.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'charter: bump: say which part of the version to increase: major (3.2 → 4.0), minor (3.2 → 3.3) or patch (3.2 → 3.2.1), e.g. charter bump csm.yaml minor --summary "Added the CSQL metric"\n',
    });
    expect(t.read()).toBe(CSM);
  });

  it('refuses a version it cannot bump, a missing --summary and an unknown level (exit 2, file untouched)', () => {
    const odd = CSM.replace('  version: "3.0"\n', '  version: "2026-Q4"\n');
    const t = tree(odd);
    const r = runCli(['bump', 'csm.yaml', 'minor', '--summary', 's'], { cwd: t.dir });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe("charter: csm.yaml: meta.version '2026-Q4' is not a version charter can bump (one to three numbers, like 3.0 or 3.0.1); set it by hand\n");
    expect(runCli(['bump', 'csm.yaml', 'minor'], { cwd: t.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--summary is required') });
    expect(runCli(['bump', 'csm.yaml', 'huge', '--summary', 's'], { cwd: t.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("'huge' is invalid") });
    expect(t.read()).toBe(odd);
  });

  it('--help shows examples', () => {
    expect(runCli(['bump', '--help']).stdout).toContain('$ charter bump csm.yaml minor --summary');
  });
});

describe('charter approve (built bin)', () => {
  it('appends a new approval in the block style of the others', () => {
    const t = tree(CSM);
    const r = runCli(['approve', 'csm.yaml', '--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--decision', 'approved', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r).toEqual({ code: 0, stderr: '', stdout: 'csm.yaml: recorded Dana Whitfield: approved on 2026-11-23\n' });
    expect(lineDiff(CSM, t.read())).toEqual({
      removed: [],
      added: ['  - name: Dana Whitfield', '    title: Chief Revenue Officer', '    decision: approved', '    date: 2026-11-23'],
    });
    expect(parse(t.read()).approvals).toHaveLength(2);
  });

  it("updates that person's decision in place (names match case-insensitively); approvals do not make signatures stale", () => {
    const t = tree(CSM);
    const r = runCli(['approve', 'csm.yaml', '--name', 'elena  MARSH', '--decision', 'rejected', '--date', '2026-11-23'], { cwd: t.dir });
    expect(r.stdout).toBe('csm.yaml: recorded Elena Marsh: rejected on 2026-11-23 (was: approved on 2026-09-18)\n');
    expect(lineDiff(CSM, t.read())).toEqual({
      removed: ['    decision: approved', '    date: 2026-09-18'],
      added: ['    decision: rejected', '    date: 2026-11-23'],
    });
    const lint = runCli(['lint', '--as-of', '2026-11-23', '--format', 'json', 'csm.yaml'], { cwd: t.dir });
    expect(lint.stdout).not.toContain('signature-stale');
  });

  it('refuses a missing or unknown decision (exit 2, file untouched)', () => {
    const t = tree(CSM);
    expect(runCli(['approve', 'csm.yaml', '--name', 'A'], { cwd: t.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("'--decision <decision>' not specified") });
    expect(runCli(['approve', 'csm.yaml', '--name', 'A', '--decision', 'maybe'], { cwd: t.dir })).toMatchObject({ code: 2 });
    expect(t.read()).toBe(CSM);
  });

  it('--help shows examples', () => {
    expect(runCli(['approve', '--help']).stdout).toContain('$ charter approve csm.yaml --name "Elena Marsh"');
  });
});
