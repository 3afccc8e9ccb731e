import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT, runCli, tempTree } from '../helpers/cli.js';
import { LspClient, type LspDiagnostic } from '../helpers/lsp-client.js';
import { AS_OF, baseCharter, charterWith } from '../helpers/base-charter.js';
import { pairWith } from '../helpers/cross-charters.js';

const SHARED_REFERENCE = join(ROOT, '../shared/spec/reference');
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

interface Row {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `charter lint --format json` on a folder, per file (absolute path), as comparable rows. */
function cliFindings(dir: string): Map<string, Row[]> {
  const r = runCli(['lint', '--format', 'json', '--as-of', AS_OF, '.'], { cwd: dir });
  // At most the note naming the YAML files skipped as no charters.
  expect(r.stderr).toMatch(/^(charter: note: skipped \d+ YAML files? without a top-level 'charter:' key[^\n]*\n)?$/);
  const out = new Map<string, Row[]>();
  type JsonFinding = Omit<Row, 'severity'> & { severity: keyof typeof SEVERITY };
  const json = JSON.parse(r.stdout) as { files: Array<{ file: string; findings: JsonFinding[] }> };
  for (const f of json.files) {
    out.set(
      join(dir, f.file),
      f.findings.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity: SEVERITY[severity], message, line, column, endLine, endColumn })),
    );
  }
  return out;
}

/** LSP diagnostics as the same rows: 0-based positions back to 1-based lines and columns. */
function rows(diagnostics: LspDiagnostic[]): Row[] {
  return diagnostics.map((d) => ({
    ruleId: String(d.code),
    severity: d.severity!,
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
}

let client: LspClient | undefined;
afterEach(async () => {
  if (client) await client.stop();
  client = undefined;
});

async function expectSameAsCli(dir: string): Promise<number> {
  const expected = cliFindings(dir);
  expect(expected.size).toBeGreaterThan(0);
  client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
  let total = 0;
  for (const [file, findings] of expected) {
    const diagnostics = await client.open(file);
    expect({ file, rows: rows(diagnostics) }).toEqual({ file, rows: findings });
    for (const d of diagnostics) {
      expect(d.source).toBe('charter');
      expect(d.codeDescription?.href).toBe(`https://github.com/charter-cli/charter/blob/main/docs/rules/${d.code}.md`);
    }
    total += findings.length;
  }
  return total;
}

describe('charter lsp --stdio: diagnostics (built bin, vscode-jsonrpc client)', () => {
  it.skipIf(!existsSync(join(SHARED_REFERENCE, 'csm.yaml')))('the reference charters of the spec give the findings of charter lint --format json', async () => {
    const total = await expectSameAsCli(SHARED_REFERENCE);
    expect(total).toBeGreaterThan(0);
  });
  if (!existsSync(join(SHARED_REFERENCE, 'csm.yaml'))) console.warn(`skipped: ${SHARED_REFERENCE} is absent; the repository's copy still runs`);

  it('a workspace folder opened through a symbolic link names other charters as lint does (not by their real path)', async () => {
    const link = join(tempTree({}), 'linked');
    symlinkSync(join(ROOT, 'test/fixtures/reference'), link);
    const total = await expectSameAsCli(link);
    expect(total).toBeGreaterThan(0);
  });

  it("the repository's reference charters give the findings of charter lint --format json", async () => {
    const total = await expectSameAsCli(join(ROOT, 'test/fixtures/reference'));
    expect(total).toBeGreaterThan(0);
  });

  it('the bad-input corpus (syntax errors, non-ASCII columns, duplicate ids) gives the same findings too', async () => {
    const dir = join(ROOT, 'test/fixtures/bad');
    expect(readdirSync(dir).length).toBeGreaterThan(10);
    const total = await expectSameAsCli(dir);
    expect(total).toBeGreaterThan(0);
  });

  it('columns count UTF-16 code units: a finding after an emoji starts where the editor shows it', async () => {
    const file = join(ROOT, 'test/fixtures/bad/non-ascii-column.yaml');
    client = await LspClient.start({ args: ['--as-of', AS_OF] });
    const diagnostics = await client.open(file);
    const line = readFileSync(file, 'utf8').split('\n')[6]!;
    const d = diagnostics.find((x) => x.code === 'placeholder-text' && x.range.start.line === 6)!;
    expect(d.range.start.character).toBe(line.indexOf('[Your Company Name]'));
    expect(d.range.end.character).toBe(line.indexOf('[Your Company Name]') + '[Your Company Name]'.length);
  });

  it('a change that fixes a finding clears it, and a change that breaks the YAML reports it', async () => {
    const dir = tempTree({ 'csm.yaml': stringify(charterWith((c) => (c.metrics[0].target.value = 105))) });
    const file = join(dir, 'csm.yaml');
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
    const before = await client.open(file);
    expect(before.map((d) => d.code)).toEqual(['metric-value-out-of-range']);
    const fixed = await client.change(file, client.text(file).replace('value: 105', 'value: 95'));
    expect(fixed).toEqual([]);
    const broken = await client.change(file, client.text(file).replace('charter: 1', 'charter: [1'));
    expect(broken.map((d) => d.code)).toContain('yaml-syntax');
  });

  it('inline suppressions and the configuration file are honoured; a changed configuration is picked up', async () => {
    const dir = tempTree({
      'csm.yaml': stringify(charterWith((c) => delete c.objectives[0].strategy_link)),
      'charter.config.yaml': 'rules:\n  objective-without-strategy-link: off\n',
    });
    const file = join(dir, 'csm.yaml');
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF], watchFiles: true });
    expect(await client.open(file)).toEqual([]);
    // The configuration changes on disk; the editor's file watcher tells the server.
    writeFileSync(join(dir, 'charter.config.yaml'), 'rules:\n  objective-without-strategy-link: error\n');
    const next = client.next(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${join(dir, 'charter.config.yaml')}`, type: 2 }] });
    const after = await next;
    expect(after.diagnostics.map((d) => [d.code, d.severity])).toEqual([['objective-without-strategy-link', 1]]);
    expect(client.registrations.length).toBe(1);
    // An inline comment silences it again.
    const line = after.diagnostics[0]!.range.start.line;
    const lines = client.text(file).split('\n');
    const indent = /^ */.exec(lines[line]!)![0];
    lines.splice(line, 0, `${indent}# charter-disable-next-line objective-without-strategy-link -- agreed with the VP`);
    expect(await client.change(file, lines.join('\n'))).toEqual([]);
  });

  it('cross-charter findings come from the folder on disk, and are published again for the other open charter when one changes', async () => {
    const pair = pairWith((_, onboarding) => (onboarding.team.id = 'csm'));
    const dir = tempTree(Object.fromEntries(Object.entries(pair).map(([f, d]) => [f, stringify(d)])));
    const csm = join(dir, 'csm.yaml');
    const onboarding = join(dir, 'onboarding.yaml');
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
    // Only csm.yaml is open: the duplicate is in onboarding.yaml on disk.
    expect((await client.open(csm)).map((d) => d.code)).toContain('cross-duplicate-team-id');
    expect((await client.open(onboarding)).map((d) => d.code)).toContain('cross-duplicate-team-id');
    // Fixing onboarding's id in the editor (unsaved) clears csm's finding too.
    const csmAgain = client.next(csm);
    const fixed = await client.change(onboarding, client.text(onboarding).replace(/^(  id: )csm$/m, '$1onboarding'));
    expect(fixed.map((d) => d.code)).not.toContain('cross-duplicate-team-id');
    expect((await csmAgain).diagnostics.map((d) => d.code)).not.toContain('cross-duplicate-team-id');
  });

  it('an edit of one charter is linted again from the others kept results: the same findings as a fresh server, and the time in the trace', async () => {
    const pair = pairWith((_, onboarding) => (onboarding.team.id = 'csm'));
    const dir = tempTree(Object.fromEntries(Object.entries(pair).map(([f, d]) => [f, stringify(d)])));
    const csm = join(dir, 'csm.yaml');
    const onboarding = join(dir, 'onboarding.yaml');
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF], trace: 'messages' });
    await client.open(csm);
    await client.open(onboarding);
    // A series of edits to csm.yaml: a finding comes and goes, the text returns to what it was.
    const original = client.text(csm);
    const placeholder = original.replace(/^( {2}mission: )/m, '$1TBD ');
    expect((await client.change(csm, placeholder)).map((d) => d.code)).toContain('placeholder-text');
    await client.change(csm, original);
    const again = await client.change(csm, placeholder);
    // What a server that never saw the earlier versions says about the same texts.
    const fresh = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
    try {
      expect(await fresh.open(csm, placeholder)).toEqual(again);
      expect(await fresh.open(onboarding)).toEqual(client.last(onboarding)!.diagnostics);
    } finally {
      await fresh.stop();
    }
    expect(client.traces.some((t) => /^charter: linted for 1 changed document\(s\) in [\d.]+ ms$/.test(t))).toBe(true);
  });

  it('--as-of is the reference date of the date rules', async () => {
    const dir = tempTree({ 'csm.yaml': stringify(baseCharter()) });
    const file = join(dir, 'csm.yaml');
    client = await LspClient.start({ folder: dir, args: ['--as-of', '2030-01-01'] });
    expect((await client.open(file)).map((d) => d.code)).toContain('review-overdue');
    await client.stop();
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
    expect(await client.open(file)).toEqual([]);
  });

  it('a YAML file that is not a charter gets no diagnostics', async () => {
    const dir = tempTree({ 'workflow.yml': 'on: push\njobs: [oops\n' });
    client = await LspClient.start({ folder: dir });
    expect(await client.open(join(dir, 'workflow.yml'))).toEqual([]);
  });

  it('shutdown and exit end the process with code 0', async () => {
    const c = await LspClient.start();
    expect(await c.stop()).toBe(0);
    expect(c.stderr.join('')).toBe('');
  });
});
