import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/lint.js';
import { loadCharter } from '../../src/load.js';
import { buildView } from '../../src/render/view.js';
import { renderHtml } from '../../src/render/html.js';
import { baseCharter } from '../helpers/base-charter.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REF = REFERENCE_DIR;
const htmlvalidate = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function problems(html: string): Promise<string[]> {
  const report = await htmlvalidate.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

describe('HTML rendering', () => {
  it('the validator used here does report broken markup (so the checks below can fail)', async () => {
    expect(await problems('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p><div></p></body></html>')).not.toEqual([]);
  });

  for (const file of [join(ROOT, 'examples/renewals.yaml'), join(REF, 'csm.yaml')]) {
    it(`${file.slice(ROOT.length)} renders to HTML that html-validate (recommended rules) accepts`, async () => {
      const html = await renderHtml(buildView(loadCharter(file).data));
      expect(await problems(html)).toEqual([]);
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('<h2>Metrics</h2>');
      expect(html).not.toContain('DRAFT');
    });
  }

  it('draws each metric as an inline SVG bullet chart with its values in words', async () => {
    const view = buildView(loadCharter(join(ROOT, 'examples/digital-cs.yaml')).data);
    const html = await renderHtml(view);
    expect(await problems(html)).toEqual([]);
    const figures = [...html.matchAll(/<figure class="metric-chart"><svg [^>]*role="img"[^>]*><title>([^<]*)<\/title>[\s\S]*?<\/svg><figcaption>([^<]*)<\/figcaption><\/figure>/g)];
    const charted = [...(view.metrics ?? []), ...(view.costMetric?.metric ? [view.costMetric.metric] : [])].filter(
      (m) => m.baseline.value !== null || m.target.value !== null || m.target.min !== null || m.target.max !== null,
    );
    expect(figures.map((f) => f[2])).toEqual(charted.map((m) => m.name.replace(/&/g, '&amp;')));
    expect(figures[0]![1]).toMatch(/^Core-workflow adoption at day 60: baseline 46%.*, target 65% by 30 Sep 2027; higher is better\.$/);
  });

  it('a draft has a watermark, a banner and its open findings, and is still valid', async () => {
    const loaded = loadCharter(join(REF, 'weak.yaml'));
    const [result] = lint([loaded], { asOf: '2026-11-22' });
    const html = await renderHtml(buildView(loaded.data, { draft: true, findings: result!.findings }));
    expect(await problems(html)).toEqual([]);
    expect(html).toContain('<div class="watermark" aria-hidden="true">DRAFT</div>');
    expect(html).toContain('<strong>DRAFT:</strong>');
    expect(html).toContain('<h2>Open findings</h2>');
    expect(html).toContain('mission-is-tagline');
  });

  it('escapes user text: no markup from the charter reaches the page', async () => {
    const c = baseCharter();
    c.meta.name = '<script>alert("x")</script> & co';
    c.metrics[0].name = '<img src=x onerror=alert(1)>';
    c.statement.mission = '"quoted" \'single\' `tick` <b>bold</b>';
    const html = await renderHtml(buildView(c));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<title>&#60;img src=x onerror=alert(1)&#62;: ');
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp; co');
    expect(await problems(html)).toEqual([]);
  });

  it('any user text stays text: the page keeps its elements and validates (property)', async () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('<script>x</script>', '</td></tr></table>', '"><img src=x>', "' onload='x", '&lt;', '{{x}}', '<!--', ']]>'),
    );
    const plainHtml = await renderHtml(buildView(baseCharter()));
    await fc.assert(
      fc.asyncProperty(hostile, async (s) => {
        const c = baseCharter();
        c.meta.name = s;
        c.metrics[0].name = s;
        c.metrics[0].definition = s;
        c.statement.mission = s;
        const html = await renderHtml(buildView(c));
        // Same elements as the plain charter: no row, cell, table or section added or lost.
        for (const tag of [/<tr>/g, /<td[ >]/g, /<table>/g, /<section /g, /<li>/g]) {
          expect(html.match(tag)?.length, String(tag)).toBe(plainHtml.match(tag)?.length);
        }
        expect(html).not.toMatch(/<(script|img)\b/);
        expect(await problems(html)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
