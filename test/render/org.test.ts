import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { loadCharter, loadCharterText } from '../../src/load.js';
import { handoffSvg } from '../../src/render/svg/org.js';
import { stringify } from 'yaml';
import { baseCharter } from '../helpers/base-charter.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { lexer, type Tokens } from 'marked';
import { lint } from '../../src/lint.js';
import { renderOrgMarkdown } from '../../src/render/org.js';
import { renderOrg } from '../../src/render/render.js';
import { markdownProblems } from './lint-markdown.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const REF = REFERENCE_DIR;
// File names as the CLI shows them when run in the folder, so the golden file does not depend on the machine.
const charters = readdirSync(REF)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ ...loadCharter(join(REF, f)), file: f }));
const results = lint(charters, { asOf: '2026-11-22' });

describe('organisation overview (--org)', () => {
  const md = renderOrgMarkdown(charters, results);

  it('renders the reference charters to the committed Markdown, which passes markdownlint', async () => {
    expect(markdownProblems(md)).toEqual([]);
    await expect(md).toMatchFileSnapshot('__output__/reference-org.md');
  });

  it('shows the conflicts that EXPECTED.md lists for the reference charters', () => {
    const tokens = lexer(md);
    const conflicts = tokens.filter((t) => t.type === 'table').map((t) => t as Tokens.Table).find((t) => t.header[3]?.text === 'Rule')!;
    const rows = conflicts.rows.map((r) => [r[0]!.text, r[3]!.text]);
    expect(rows).toEqual([
      ['onboarding.yaml', 'cross-process-conflict'],
      ['weak.yaml', 'cross-process-conflict'],
      ['weak.yaml', 'cross-dependency-unacknowledged'],
    ]);
    expect(md).toContain('| cs-team | onboarding | Run all end-user training, including refresher sessions after each renewal. | no matching commitment |');
    expect(md).toContain('| onboarding | all | | A | | A | | | |');
    expect(md).toMatch(/```mermaid\nflowchart LR\n/);
    expect(md).toContain('t0_onboarding -->|"onboarding-to-csm"| t1_csm');
  });

  it('the HTML overview passes html-validate and the PDF has every team', async () => {
    const html = await renderOrg(charters, { format: 'html', asOf: '2026-11-22' });
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html.content as string);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    expect(html.content).toContain('<th scope="col">Hand-off</th>');
    // The hand-offs drawn as SVG: a box per team, a labelled arrow per hand-off.
    expect(html.content).toMatch(/<figure class="diagram"><svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((html.content as string).match(/<g class="team">/g)).toHaveLength(5);
    expect(html.content).toContain('>onboarding-to-csm</tspan>');
    expect(html.content).toContain('>Customer Success Management</tspan>');
    const pdf = await renderOrg(charters, { format: 'pdf', asOf: '2026-11-22' });
    expect(pdf.warnings).toEqual([]);
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(pdf.content as Uint8Array).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('hostile team names and hand-off ids keep the overview sound: Markdown, Mermaid block and SVG (property)', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.constantFrom('"]; click x', '</text><script>', '```', '|a|b|', '-->|x|', 'A & B <c>', '#quot;', '\n\n# h'),
    );
    fc.assert(
      fc.property(hostile, hostile, (name, id) => {
        const a = baseCharter();
        a.team.name = name;
        a.handoffs = [{ id, from: { team: 'csm', role: 'csm' }, to: { team: 'sales', role: 'ae' }, trigger: name }];
        const b = baseCharter();
        b.team.id = 'sales';
        b.team.name = `${name} sales`;
        b.handoffs = [];
        const charters = [loadCharterText(stringify(a), 'a.yaml'), loadCharterText(stringify(b), 'b.yaml')];
        const md = renderOrgMarkdown(charters, lint(charters, { asOf: '2026-11-22' }));
        expect(markdownProblems(md)).toEqual([]);
        const block = /```mermaid\n([\s\S]*?)\n```/.exec(md)![1]!.split('\n');
        expect(block).toHaveLength(4); // flowchart LR, two teams, one arrow
        expect(block[3]).toMatch(/^  t\d+_\w+ -->\|"[^"]*"\| t\d+_\w+$/);
        const { svg } = handoffSvg([{ id: 'a', label: name }, { id: 'b', label: id }], [{ from: 'a', to: 'b', label: id }]);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(svg.match(/<text /g)).toHaveLength(3);
        expect(svg).not.toMatch(/<script/);
      }),
      { numRuns: 60 },
    );
  });
});
