import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempTree } from '../helpers/cli.js';
import { LspClient, uriOf, type LspDiagnostic } from '../helpers/lsp-client.js';
import { AS_OF, baseCharter, charterWith } from '../helpers/base-charter.js';

interface Action {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: LspDiagnostic[];
  edit?: { changes?: Record<string, Array<{ range: LspDiagnostic['range']; newText: string }>> };
}

let client: LspClient | undefined;
afterEach(async () => {
  if (client) await client.stop();
  client = undefined;
});

const same = (a: LspDiagnostic, b: LspDiagnostic): boolean => a.code === b.code && a.message === b.message && JSON.stringify((a.data as { path: unknown }).path) === JSON.stringify((b.data as { path: unknown }).path);

/**
 * Opens `text`, asks for the code actions of every diagnostic that `pick` selects, applies each
 * action's WorkspaceEdit as a client would, and checks that the result parses as YAML and that
 * the server no longer reports the diagnostics the action claims to fix. Returns the titles.
 */
async function checkFixes(text: string, pick: (d: LspDiagnostic) => boolean): Promise<{ titles: string[]; results: Map<string, string> }> {
  const dir = tempTree({ 'csm.yaml': text });
  const file = join(dir, 'csm.yaml');
  client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
  const diagnostics = await client.open(file, text);
  const targets = diagnostics.filter(pick);
  expect(targets.length).toBeGreaterThan(0);
  const titles: string[] = [];
  const results = new Map<string, string>();
  for (const d of targets) {
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(file) },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) {
      titles.push(a.title);
      expect(a.kind).toBe('quickfix');
      const edits = a.edit!.changes![uriOf(file)]!;
      const doc = TextDocument.create(uriOf(file), 'yaml', 1, text);
      const after = TextDocument.applyEdits(doc, edits);
      results.set(a.title, after);
      expect(parseDocument(after).errors).toEqual([]);
      const now = await client.change(file, after);
      for (const fixed of a.diagnostics ?? []) expect(now.some((x) => same(x, fixed)), `${a.title} leaves ${fixed.message}`).toBe(false);
      expect(a.diagnostics?.some((x) => same(x, d))).toBe(true);
      await client.change(file, text);
    }
  }
  return { titles, results };
}

describe('charter lsp: quick fixes, applied as a client applies them', () => {
  it('quotes a placeholder YAML reads as a list, keeping the comment beside it', async () => {
    const text = stringify(baseCharter()).replace(/^(  name: )Customer Success Management$/m, '$1[Insert Team Name] # fill in');
    const { titles, results } = await checkFixes(text, (d) => d.code === 'schema-violation');
    expect(titles).toContain('Quote [Insert Team Name] so YAML reads it as text');
    const quoted = results.get('Quote [Insert Team Name] so YAML reads it as text')!;
    expect(quoted).toMatch(/^ {2}name: "\[Insert Team Name\]" # fill in$/m);
    // Only that line changed.
    expect(quoted.split('\n').filter((l, i) => l !== text.split('\n')[i])).toHaveLength(1);
  });

  it('quotes a version YAML reads as a number', async () => {
    const text = stringify(baseCharter()).replace(/^( {2}version: )"2\.0"$/m, '$12.0');
    expect(text).toMatch(/^ {2}version: 2\.0$/m);
    const { titles, results } = await checkFixes(text, (d) => d.code === 'schema-violation');
    expect(titles).toContain('Quote 2.0 so YAML reads it as text');
    expect(results.get('Quote 2.0 so YAML reads it as text')).toMatch(/^ {2}version: "2\.0"$/m);
  });

  it('renames an unknown key to the one it was meant to be', async () => {
    const text = stringify(baseCharter()).replace(/^( {2})mission:/m, '$1mision:');
    const { titles, results } = await checkFixes(text, (d) => d.code === 'schema-violation' && /mision/.test(d.message));
    expect(titles).toContain("Rename 'mision' to 'mission'");
    expect(results.get("Rename 'mision' to 'mission'")).toBe(text.replace('mision:', 'mission:'));
  });

  it('adds the skeleton of a missing required section at its place', async () => {
    const text = `# CSM charter\n${stringify(charterWith((c) => delete c.statement))}`;
    const { titles, results } = await checkFixes(text, (d) => d.code === 'schema-violation' && /'statement'/.test(d.message));
    expect(titles).toContain("Add the missing section 'statement' (a skeleton to fill in)");
    const after = results.get("Add the missing section 'statement' (a skeleton to fill in)")!;
    expect(after.startsWith('# CSM charter\n')).toBe(true);
    const data = parseDocument(after).toJS() as Record<string, unknown>;
    expect(data['statement']).toEqual({ mission: '' });
    // Between team and charter_types, as format.md orders the sections.
    expect(Object.keys(data).indexOf('statement')).toBe(Object.keys(data).indexOf('team') + 1);
  });

  it("fills a catalogue metric's definition, unit and direction from the KPI catalogue", async () => {
    const text = stringify(
      charterWith((c) => {
        delete c.metrics[0].definition;
        delete c.metrics[0].unit;
        delete c.metrics[0].direction;
      }),
    );
    const { titles, results } = await checkFixes(text, (d) => (d.data as { path: unknown[] }).path[0] === 'metrics');
    const title = titles.find((t) => t.startsWith('Fill definition, unit, direction from the KPI catalogue'))!;
    expect(title).toBeDefined();
    const data = parseDocument(results.get(title)!).toJS() as { metrics: Array<Record<string, unknown>> };
    expect(data.metrics[0]!['unit']).toBe('percent');
    expect(data.metrics[0]!['direction']).toBe('increase');
    expect(String(data.metrics[0]!['definition']).length).toBeGreaterThan(20);
  });

  it('disables a rule for the next line with a reason to fill in, or around a multi-line value', async () => {
    const text = stringify(
      charterWith((c) => {
        delete c.objectives[0].strategy_link;
        c.statement.why = 'Recurring revenue depends on customers realizing value.\nOwner: [Your Name]\n';
      }),
    );
    expect(text).toMatch(/why: \|/);
    const { titles, results } = await checkFixes(text, (d) => d.code === 'objective-without-strategy-link' || d.code === 'placeholder-text');
    expect(titles).toContain('Disable objective-without-strategy-link for this line (# charter-disable-next-line)');
    expect(results.get('Disable objective-without-strategy-link for this line (# charter-disable-next-line)')).toMatch(
      /^ {2}# charter-disable-next-line objective-without-strategy-link -- <reason>\n {2}- id: protect-base$/m,
    );
    expect(titles).toContain('Disable placeholder-text for this entry (# charter-disable … charter-enable)');
  });
});
