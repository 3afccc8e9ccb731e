/**
 * User text can never become Typst code or markup: hostile strings (Typst code, markup, math,
 * labels, references, comments, escapes, block starts, emoji, right-to-left words) go into every
 * field of a charter, the PDF is typeset, and the text read back from a table cell equals the
 * input (white space aside; a character no font has reads back as the missing glyph, and the
 * warning names it). Fixed seed, so CI runs the same cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildView } from '../../src/render/view.js';
import { renderPdf } from '../../src/render/pdf.js';
import { oneLine } from '../../src/render/escape.js';
import { readPdf } from '../helpers/pdf.js';

const SEED = Number(process.env['FC_SEED'] ?? '20261206');

const HOSTILE = [
  '#read("/etc/passwd")', '#import "x.typ"', '#include "x.typ"', '#set text(red)', '#{1+1}', '#(x)', '$x^2$', '$', ']', '[', '*', '_',
  '<label>', '@ref', '\\', '\\u{41}', '//', '/*', '*/', '=', '== h', '-', '- item', '+', '+ item', '/', '/ term: x', '`', '```', '~',
  '...', '--', '---', "'", '"', '#', '{', '}', '(', ')', 'https://example.org/a', 'x.y', '1.', '2)', '<!-- c -->', '%', '&amp;', '|',
  'word', 'Łódź', 'Ωμέγα', 'Привет', '😀', '→', '✓', 'ﬁ',
];
/** Right-to-left words: one at a time (text extraction gives a run of several in visual order). */
const RTL = ['שלום', 'مرحبا'];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL).map((w) => `${w} x`) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }) },
);
const separator = fc.constantFrom(' ', '', '\n', '\n\n', '  ');
const hostile = fc
  .array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''))
  .filter((s) => oneLine(s) !== '');

// White space aside, and compatibility forms read back as what they stand for (the ligature ﬁ as fi).
const stripped = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** A charter with `text` in every kind of position: title, prose, lists, table cells, metadata. */
function charter(text: string) {
  return {
    meta: { name: text, company: text, version: '1.0', owner: { name: text, title: text } },
    team: { name: text, roles: [{ id: 'r', title: text, people: [text], responsibilities: [text] }] },
    statement: { mission: text, vision: text, why: text, problems: [text] },
    charter_types: ['retention'],
    scope: { in: [text], out: [text] },
    metrics: [{ id: 'm', name: text, definition: text, unit: 'percent', baseline: { value: 1 }, target: { value: 2, by: '2027-01-01' }, owner: text }],
    risks: [{ risk: text, likelihood: 'low', impact: 'high', mitigation: text, owner: text, status: 'open' }],
    roadmap: [{ milestone: text, due: '2026-01-01', owner: 'Zed', status: 'planned' }],
    operating_principles: [{ name: text, description: text }],
    stakeholders: [{ name: text, title: text }],
  };
}

describe('hostile text in the PDF (Typst escaping)', () => {
  it('never becomes Typst code or markup: the PDF prints exactly the input', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const view = buildView(charter(text));
        const pdf = await renderPdf(view, { paper: 'a4' });
        const read = await readPdf(pdf.bytes);
        // The roadmap's milestone cell: after its header row, before its due date.
        const start = read.text.indexOf('Milestone Due Owner Status ') + 'Milestone Due Owner Status '.length;
        const end = read.text.lastIndexOf(' 1 Jan 2026 Zed');
        expect(start).toBeGreaterThan(30);
        expect(end).toBeGreaterThan(start);
        const missing = new Set([...pdf.warnings.join('').matchAll(/'(.+?)' \(U\+/gu)].flatMap((m) => [...m[1]!]));
        const expected = [...stripped(oneLine(text))].map((c) => (missing.has(c) ? '\u0000' : c)).join('');
        expect(stripped(read.text.slice(start, end)).replace(/\u0000+/g, '\u0000')).toBe(expected.replace(/\u0000+/g, '\u0000'));
        expect(read.info['Title']).toBe(oneLine(view.title.name));
        expect(read.info['Author']).toBe(oneLine(view.title.owner!));
      }),
      { seed: SEED, numRuns: 40, endOnFailure: true },
    );
  });
});
