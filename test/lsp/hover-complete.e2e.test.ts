import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { tempTree } from '../helpers/cli.js';
import { LspClient, uriOf } from '../helpers/lsp-client.js';
import { AS_OF, baseCharter, charterWith } from '../helpers/base-charter.js';
import { pairWith } from '../helpers/cross-charters.js';

interface Hover {
  contents: { kind: string; value: string };
}
interface Item {
  label: string;
  detail?: string;
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
}

let client: LspClient | undefined;
afterEach(async () => {
  if (client) await client.stop();
  client = undefined;
});

/** The LSP position of the end of the first `needle` in `text` (plus `shift` characters), or of its start. */
function at(text: string, needle: string, where: 'start' | 'end' = 'end', shift = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  const offset = (where === 'end' ? i + needle.length : i) + shift;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

async function open(files: Record<string, string>, name: string): Promise<{ file: string; text: string }> {
  const dir = tempTree(files);
  client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
  const file = join(dir, name);
  await client.open(file);
  return { file, text: files[name]! };
}

const hover = (file: string, position: { line: number; character: number }) =>
  client!.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position });
const complete = (file: string, position: { line: number; character: number }) =>
  client!.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri: uriOf(file) }, position }).then((r) => (Array.isArray(r) ? r : r.items));

describe('charter lsp: hovers', () => {
  it("explains the rule of a finding under the cursor, with its rationale and page", async () => {
    const { file, text } = await open({ 'csm.yaml': stringify(charterWith((c) => (c.meta.company = 'Acme [Your Company Name]'))) }, 'csm.yaml');
    const h = await hover(file, at(text, '[Your Company', 'start', 2));
    expect(h!.contents.kind).toBe('markdown');
    expect(h!.contents.value).toContain('**placeholder-text**');
    expect(h!.contents.value).toContain('https://github.com/charter-cli/charter/blob/main/docs/rules/placeholder-text.md');
    // The rationale paragraph of docs/rules/placeholder-text.md, and the schema's word on meta.company.
    expect(h!.contents.value).toMatch(/\*\*meta\.company\*\*/);
    expect(h!.contents.value.length).toBeGreaterThan(300);
  });

  it("gives the catalogue's definition, unit, direction and range on a metric's catalog id", async () => {
    const { file, text } = await open({ 'csm.yaml': stringify(baseCharter()) }, 'csm.yaml');
    const h = await hover(file, at(text, 'catalog: grr', 'end', -1));
    const v = h!.contents.value;
    expect(v).toContain('**Gross revenue retention** (`grr`, KPI catalogue)');
    expect(v).toContain('- unit: `percent`');
    expect(v).toContain('- direction: increase is better');
    expect(v).toContain('- range: 0 to 100');
  });

  it("gives the schema's description of any key, found by its YAML path", async () => {
    const { file, text } = await open({ 'csm.yaml': stringify(baseCharter()) }, 'csm.yaml');
    const mission = await hover(file, at(text, '  mission:', 'start', 3));
    expect(mission!.contents.value).toMatch(/^\*\*statement\.mission\*\*\n\nOne sentence saying what the team does/);
    const roleId = await hover(file, at(text, '    - id: csm', 'start', 7));
    expect(roleId!.contents.value).toContain("**team.roles[0].id**\n\nThe role's id");
    const nothing = await hover(file, { line: 9999, character: 0 });
    expect(nothing).toBeNull();
  });
});

describe('charter lsp: completions', () => {
  it('completes catalogue metric ids after catalog:', async () => {
    const { file, text } = await open({ 'csm.yaml': stringify(baseCharter()).replace('catalog: grr', 'catalog: g') }, 'csm.yaml');
    const items = await complete(file, at(text, 'catalog: g'));
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['grr', 'nrr', 'logo-churn-rate', 'csat']));
    const grr = items.find((i) => i.label === 'grr')!;
    expect(grr.detail).toBe('Gross revenue retention');
    // The typed prefix is replaced, nothing else.
    expect(grr.textEdit!.range.start.character).toBe(at(text, 'catalog: g').character - 1);
  });

  it('completes charter types in the list, and process ids in swim lanes', async () => {
    const data = baseCharter();
    const text = stringify(data).replace(/^charter_types:\n {2}- retention$/m, 'charter_types:\n  - ');
    expect(text).toMatch(/^charter_types:\n {2}- $/m);
    const { file } = await open({ 'csm.yaml': text }, 'csm.yaml');
    const types = await complete(file, at(text, 'charter_types:\n  - '));
    expect(types.map((i) => i.label)).toEqual(expect.arrayContaining(['adoption', 'retention', 'expansion', 'onboarding', 'support']));
    const processes = await complete(file, at(text, '  - process: ', 'end'));
    expect(processes.map((i) => i.label)).toEqual(expect.arrayContaining(['renewal', 'onboarding', 'sales-handoff', 'upsell']));
  });

  it('completes the team ids of the workspace and the role ids of the team an entry names', async () => {
    const pair = pairWith();
    const csm = stringify(pair['csm.yaml']);
    const onboarding = stringify(pair['onboarding.yaml']).replace(/(to:\n {6}team: csm\n {6}role: )csm/, '$1');
    expect(onboarding).toMatch(/to:\n {6}team: csm\n {6}role: \n/);
    const { file, text } = await open({ 'csm.yaml': csm, 'onboarding.yaml': onboarding }, 'onboarding.yaml');
    const teams = await complete(file, at(text, 'to:\n      team: '));
    expect(teams.map((i) => i.label).sort()).toEqual(['csm', 'onboarding']);
    expect(teams.find((i) => i.label === 'csm')!.detail).toBe('team of csm.yaml');
    // The hand-off goes to the csm team: its roles come from csm.yaml.
    const roles = await complete(file, at(text, 'to:\n      team: csm\n      role: '));
    expect(roles.map((i) => i.label)).toEqual(['csm']);
    expect(roles[0]!.detail).toBe('role of csm');
    // The swim lane names this charter's own team.
    const own = await complete(file, at(text, 'role: onboarding-manager', 'start', 'role: '.length));
    expect(own.map((i) => i.label)).toEqual(pair['onboarding.yaml']!['team'].roles.map((r: { id: string }) => r.id));
  });
});
