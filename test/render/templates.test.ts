import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDate, formatLabel, formatList, formatSentences, formatTarget, formatUnit, formatValue } from '../../src/render/format.js';
import { buildView } from '../../src/render/view.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { COMPILE_OPTIONS, loadLayout, templateFiles } from '../../src/render/templates.js';
import { charterDigest } from '../../src/digest.js';
import { baseCharter } from '../helpers/base-charter.js';
import { tempTree } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('built-in templates', () => {
  it('the precompiled templates in src/generated match templates/ (run node scripts/gen-templates.mjs)', async () => {
    const gen = (await import(join(ROOT, 'scripts/gen-templates.mjs') as string)) as {
      generate(language: string): Promise<string>;
      COMPILE_OPTIONS: unknown;
    };
    // User templates (compiled at run time) must be compiled like the built-in ones.
    expect(gen.COMPILE_OPTIONS).toEqual(COMPILE_OPTIONS);
    for (const language of ['markdown', 'html', 'typst']) {
      const current = readFileSync(join(ROOT, `src/generated/templates-${language}.js`), 'utf8');
      expect(current, `src/generated/templates-${language}.js is stale`).toBe(await gen.generate(language));
    }
  });

  it('markdown, html and typst have the same partials, one per section', () => {
    const md = [...templateFiles('markdown').keys()];
    expect([...templateFiles('html').keys()]).toEqual(md);
    expect([...templateFiles('typst').keys()]).toEqual(md);
    expect(md).toHaveLength(23);
  });
});

describe('helpers', () => {
  it.each([
    [88, 'percent', undefined, '88%'],
    [9.5, 'percent', undefined, '9.5%'],
    [1200000, 'currency', 'USD', 'USD 1,200,000'],
    [1200000, 'currency', undefined, '1,200,000'],
    [3, 'percentage_points', undefined, '3 pp'],
    [45, 'days', undefined, '45 days'],
    [1, 'days', undefined, '1 day'],
    [4, 'hours', undefined, '4 hours'],
    [30, 'minutes', undefined, '30 min'],
    [31, 'nps', undefined, '+31'],
    [-12, 'nps', undefined, '-12'],
    [0, 'nps', undefined, '0'],
    [4.25, 'score_1_5', undefined, '4.25 / 5'],
    [72, 'score_0_100', undefined, '72 / 100'],
    [0.333333, 'ratio', undefined, '0.33'],
    [35, 'count', undefined, '35'],
  ])('value %s %s %s → %s', (value, unit, currency, expected) => {
    expect(formatValue(value, unit, currency)).toBe(expected);
  });

  it('formats targets, dates, units, labels and lists', () => {
    expect(formatTarget({ value: null, min: 88, max: 92 }, 'percent')).toBe('88% to 92%');
    expect(formatTarget({ value: null, min: 5, max: null }, 'days')).toBe('at least 5 days');
    expect(formatTarget({ value: 7, min: null, max: null }, 'percent')).toBe('7%');
    expect(formatTarget(null, 'percent')).toBe('');
    expect(formatDate('2026-10-01')).toBe('1 Oct 2026');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate(null)).toBe('');
    expect(formatUnit('score_1_7')).toBe('score 1–7');
    expect(formatUnit('currency', 'EUR')).toBe('EUR');
    expect(formatLabel('in-progress')).toBe('In progress');
    expect(formatLabel('team-member')).toBe('Team member');
    expect(formatList(['a', '', 'b'])).toBe('a, b');
    expect(formatList(['a', 'b'], '; ')).toBe('a; b');
    // Responsibilities on one line: sentences follow each other, phrases get '; ', never '.;'.
    expect(formatSentences(['Own renewals.', 'Run QBRs!', 'forecast', ' churn calls ', 'Escalate.'])).toBe('Own renewals. Run QBRs! forecast; churn calls; Escalate.');
    expect(formatSentences([])).toBe('');
  });
});

describe('view and sections', () => {
  it('leaves out empty sections instead of printing empty headings', async () => {
    const c = baseCharter();
    for (const key of ['scope', 'key_activities', 'swim_lanes', 'handoffs', 'dependencies', 'commitments', 'risks', 'roadmap', 'communications', 'operating_principles', 'governance', 'approvals', 'cost_metric']) {
      delete c[key];
    }
    c.statement = { mission: c.statement.mission };
    delete c.meta.revision_history;
    const md = await renderMarkdown(buildView(c));
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Mission and vision', '## Charter types', '## Objectives', '## Metrics', '## Team and roles', '## Signatures']);
  });

  it('signatures: signed rows first, then blank rows for stakeholders, owner and team members who have not signed, and the digest', async () => {
    const c = baseCharter();
    c.stakeholders = [
      { name: 'Dana Whitfield', title: 'Chief Revenue Officer', executive: true },
      { name: 'Hannah Ivers', title: 'Director, Onboarding' },
    ];
    const digest = charterDigest(c);
    c.signatures = [
      { name: 'dana  whitfield', title: 'CRO', role: 'stakeholder', date: '2026-07-02', digest },
      { name: 'Jonah Reyes', title: 'CSM', role: 'team-member', date: '2026-07-03', digest: 'sha256:00' },
      { name: 'Aiko Tanaka', title: 'CSM', role: 'team-member', date: '2026-07-03', digest: `sha256:${'0'.repeat(64)}` },
    ];
    const view = buildView(c);
    expect(view.signatures!.digest).toBe(charterDigest(c));
    expect(view.signatures!.signed.map((s) => [s.name, s.content])).toEqual([
      ['dana  whitfield', 'this version'],
      ['Jonah Reyes', 'invalid digest'],
      ['Aiko Tanaka', 'changed since'],
    ]);
    expect(view.signatures!.signed[2]!.content).toBe('changed since');
    expect(view.signatures!.unsigned.map((u) => u.name)).toEqual(['Hannah Ivers', c.meta.owner.name]);
    const md = await renderMarkdown(view);
    expect(md).toContain('| Hannah Ivers | Director, Onboarding | | |');
    expect(md).toContain(`Content digest of this version:`);
    expect(md).toContain(digest);
  });

  it('renders a charter that breaks the schema without crashing (drafts are rendered as they are)', async () => {
    const c = baseCharter();
    c.meta.version = 3;
    c.meta.department = ['[Your Department]'];
    c.metrics[0].baseline = 'high';
    c.metrics[0].target = { value: 'lots' };
    c.risks = [{ risk: 'x', likelihood: 9, impact: 'high' }, 'not a mapping'];
    c.team.roles[0].people = 'Jonah Reyes';
    const md = await renderMarkdown(buildView(c));
    expect(md).toContain('- **Version:** 3');
    expect(md).toContain('- **Department:** \\[Your Department\\]');
    expect(md).toContain('| x | 9 | High | | | | |');
  });

  it('a custom template folder overrides single partials; the others stay built in', async () => {
    const dir = tempTree({ 'markdown/title.hbs': '# {{name}} — custom\n' });
    const layout = await loadLayout('markdown', dir);
    const out = layout(buildView(baseCharter()));
    expect(out).toContain('— custom');
    expect(out).toContain('## Metrics');
    await expect(loadLayout('markdown', join(dir, 'missing'))).rejects.toThrow(/--template must name a folder/);
  });
});
