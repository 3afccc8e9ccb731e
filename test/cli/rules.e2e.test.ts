import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('charter rules / explain (built bin)', () => {
  it('lists every rule, as text and as JSON', () => {
    const t = runCli(['rules']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^ {2}cross-process-conflict +error +Give each process one accountable team/m);
    expect(t.stdout).toMatch(/42 rules\. Read one with 'charter explain <rule-id>'\.\n$/);
    const j = runCli(['rules', '--format', 'json']);
    expect(JSON.parse(j.stdout).rules).toHaveLength(42);
  });

  it('explains a rule from the docs shipped in the package', () => {
    const r = runCli(['explain', 'cross-handoff-mismatch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^cross-handoff-mismatch\n/);
    expect(r.stdout).toContain('How to fix');
    expect(r.stdout).toContain('    handoffs:');
    expect(r.stderr).toBe('');
  });

  it('an unknown rule is exit 2 with one line', () => {
    const r = runCli(['explain', 'placeholder-txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("charter: unknown rule 'placeholder-txt'; did you mean 'placeholder-text'? (run 'charter rules' for the list)\n");
  });
});
