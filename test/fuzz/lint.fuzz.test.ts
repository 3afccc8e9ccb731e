/**
 * Fuzzing of `lint` through the library API (in-process): generated near-charters, as data and as
 * damaged YAML text (see arbitraries.ts), must never make the linter throw, and every finding
 * must be well-formed and located inside the file. Linting is deterministic and does not depend
 * on the line-break convention. CI runs a few thousand cases; `npm run fuzz` runs many more.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import fc from 'fast-check';
import { lint, lintText } from '../../src/lint.js';
import { loadCharterText } from '../../src/load.js';
import { CharterError } from '../../src/errors.js';
import { crossRules, rules } from '../../src/rules/support/registry.js';
import type { Finding } from '../../src/model/types.js';
import { AS_OF } from '../helpers/base-charter.js';
import { BASES, charterData, charterText, mutateText, randomText, runs, serialise, timeout, toCrlf } from './arbitraries.js';

const MESSAGES = new Map<string, Set<string>>([...rules, ...crossRules].map((r) => [r.id, new Set(Object.keys(r.meta.messages))]));
// Findings that come from the parser and from suppression comments rather than from a rule.
const ENGINE_IDS = new Set(['yaml-syntax', 'unused-disable']);
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** The lines of a text as the linter numbers them (the byte order mark is not part of line 1). */
function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
}

/** What is wrong with a finding of `file` (whose text is `text`); empty when nothing is. */
function findingProblems(f: Finding, text: string, file: string): string[] {
  const out: string[] = [];
  const lines = linesOf(text);
  const where = `${f.ruleId} ${JSON.stringify(f.range)}`;
  if (!MESSAGES.has(f.ruleId) && !ENGINE_IDS.has(f.ruleId)) out.push(`unknown rule id: ${where}`);
  if (MESSAGES.has(f.ruleId) && !MESSAGES.get(f.ruleId)!.has(f.messageId)) out.push(`unknown messageId ${f.messageId}: ${where}`);
  if (!SEVERITIES.has(f.severity)) out.push(`bad severity ${String(f.severity)}: ${where}`);
  if (typeof f.message !== 'string' || f.message.trim() === '') out.push(`empty message: ${where}`);
  else if (/[\r\n]/.test(f.message)) out.push(`multi-line message: ${where}: ${JSON.stringify(f.message)}`);
  if (f.file !== file) out.push(`file ${f.file} instead of ${file}: ${where}`);
  if (!Array.isArray(f.path) || f.path.some((s) => typeof s !== 'string' && typeof s !== 'number')) out.push(`bad path: ${where}`);
  for (const [name, p] of [['start', f.range.start], ['end', f.range.end]] as const) {
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines.length) {
      out.push(`${name} line ${p.line} outside 1..${lines.length}: ${where}`);
      continue;
    }
    const len = lines[p.line - 1]!.length;
    if (!Number.isInteger(p.column) || p.column < 1 || p.column > len + 1) out.push(`${name} column ${p.column} outside 1..${len + 1}: ${where}`);
  }
  const { start, end } = f.range;
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) out.push(`end before start: ${where}`);
  return out;
}

function allProblems(findings: readonly Finding[], text: string, file: string): string[] {
  return findings.flatMap((f) => findingProblems(f, text, file));
}

const FILE = 'fuzz.yaml';
const lintAt = (text: string) => lintText(text, FILE, { asOf: AS_OF });
/**
 * What the CRLF comparison looks at: rule, message id and start position; for yaml-syntax
 * findings the line only. yaml itself places some syntax errors one column apart in the two forms
 * (`    {\n    [ {\n    ]\n}\n`: "Flow map must end with a }" is on the `}` with LF, after it with
 * CRLF), and its range of some errors stops one character short with LF only (e.g. "Implicit keys
 * need to be on a single line" on `  |- name: x`); its messages quote the source, line breaks
 * included. Rule findings must agree exactly.
 */
const located = (fs: readonly Finding[]) =>
  fs.map((f) => `${f.ruleId}/${f.messageId}@${f.range.start.line}${f.ruleId === 'yaml-syntax' ? '' : `:${f.range.start.column}`}`);

describe('lint never throws and locates every finding (fuzz)', () => {
  // Nothing may reach the terminal behind the formatters' back (yaml warns through process.emitWarning).
  let warnings: MockInstance<typeof process.emitWarning>;
  beforeEach(() => {
    warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
  });
  afterEach(() => {
    const calls = warnings.mock.calls.map((c) => String(c[0]));
    warnings.mockRestore();
    expect(calls, 'process warnings').toEqual([]);
  });

  it(
    'on mutated charter data, serialised as YAML',
    () => {
      fc.assert(
        fc.property(charterData, fc.nat(8), (data, style) => {
          const text = serialise(data, style);
          const findings = lintAt(text);
          expect(allProblems(findings, text, FILE)).toEqual([]);
        }),
        { numRuns: runs(300) },
      );
    },
    timeout(30_000),
  );

  it(
    'on damaged YAML text (deleted characters, metacharacters, raw scalars, tabs, ---, CRLF, BOM)',
    () => {
      fc.assert(
        fc.property(charterText, (text) => {
          const findings = lintAt(text);
          expect(allProblems(findings, text, FILE)).toEqual([]);
        }),
        { numRuns: runs(400) },
      );
    },
    timeout(30_000),
  );

  it(
    'on random text',
    () => {
      fc.assert(
        fc.property(randomText, (text) => {
          expect(allProblems(lintAt(text), text, FILE)).toEqual([]);
        }),
        { numRuns: runs(400) },
      );
    },
    timeout(30_000),
  );

  it(
    'on raw bytes: decoding throws only a CharterError (UTF-16, invalid UTF-8), and lint of what decodes does not throw',
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc
          .tuple(charterText, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }), fc.constantFrom('', '\uFEFF'))
          .map(([t, flips, bom]) => {
            const b = new TextEncoder().encode(bom + t);
            for (const [at, v] of flips) if (b.length > 0) b[at % b.length] = v;
            return b;
          }),
      );
      fc.assert(
        fc.property(bytes, (b) => {
          let loaded;
          try {
            loaded = loadCharterText(b, FILE);
          } catch (err) {
            expect(err).toBeInstanceOf(CharterError);
            expect((err as CharterError).exitCode).toBe(2);
            expect((err as Error).message).toMatch(/^fuzz\.yaml:\d+:\d+: file is (UTF-16 encoded|not valid UTF-8 text)/);
            return;
          }
          const [result] = lint([loaded], { asOf: AS_OF });
          expect(allProblems(result!.findings, loaded.text, FILE)).toEqual([]);
        }),
        { numRuns: runs(150) },
      );
    },
    timeout(30_000),
  );
});

describe('lint is deterministic (fuzz)', () => {
  it(
    'linting the same text twice gives the same findings',
    () => {
      fc.assert(
        fc.property(charterText, (text) => {
          expect(lintAt(text)).toEqual(lintAt(text));
        }),
        { numRuns: runs(100) },
      );
    },
    timeout(30_000),
  );

  it(
    'the same text with CRLF line breaks gives the same findings at the same places',
    () => {
      fc.assert(
        fc.property(charterText, (raw) => {
          const lf = raw.replace(/\r/g, '');
          const crlf = toCrlf(lf);
          const a = lintAt(lf);
          const b = lintAt(crlf);
          expect(located(b)).toEqual(located(a));
          expect(allProblems(b, crlf, FILE)).toEqual([]);
        }),
        { numRuns: runs(150) },
      );
    },
    timeout(30_000),
  );
});

// Cross-charter rules need charters that refer to each other: the examples, the base charter and
// its onboarding partner do; mutations then break the references in random ways.
const crossSet = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(charterData, fc.nat(8)).map(([d, s]) => serialise(d, s)) },
    { weight: 1, arbitrary: charterText },
    { weight: 1, arbitrary: fc.constantFrom(...BASES.map((b) => serialise(b.data))) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...BASES.map((b) => serialise(b.data))), fc.array(fc.record({ op: fc.constant('insert' as const), pos: fc.nat(), n: fc.constant(1), text: fc.constantFrom(':', '- ', '[', '#') }), { maxLength: 2 }))
        .map(([t, ms]) => mutateText(t, ms)),
    },
  ),
  { minLength: 2, maxLength: 5 },
);

describe('cross-charter lint (fuzz)', () => {
  it(
    'never throws and locates each finding in its own file',
    () => {
      fc.assert(
        fc.property(crossSet, fc.boolean(), (texts, strictRefs) => {
          const loaded = texts.map((t, i) => loadCharterText(t, `team-${i}.yaml`));
          const results = lint(loaded, { asOf: AS_OF, strictRefs });
          expect(results.map((r) => r.file)).toEqual(loaded.map((l) => l.file));
          for (const [i, r] of results.entries()) expect(allProblems(r.findings, texts[i]!, r.file)).toEqual([]);
        }),
        { numRuns: runs(80) },
      );
    },
    timeout(30_000),
  );
});

describe('regressions found by fuzzing', () => {
  it('after a multi-line plain scalar outside the document, positions are still on the right line', () => {
    // yaml's LineCounter does not count the line break inside "multi\n  line" here; locate.ts now
    // takes the line starts from the text.
    const text = '---\n  x: y\nb: multi\n  line\nc: d\n';
    const findings = lintAt(text);
    expect(allProblems(findings, text, FILE)).toEqual([]);
    expect(findings.map((f) => `${f.range.start.line}:${f.range.start.column}`)).toEqual(['3:1', '5:1']);
    expect(findings[1]!.message).toContain('(the parser says: "Unexpected scalar token in YAML stream: "c"")');
  });

  it('an error at the end of a CRLF line is placed at the end of the line, as with LF', () => {
    const lf = '    [\n      {\n    ]\n';
    const crlf = toCrlf(lf);
    const at = (t: string) => lintAt(t).map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
    expect(at(crlf)).toEqual(at(lf));
    expect(at(crlf)).toContain('3:5 the lines of this `[...]` list must be indented further than its key, and it must end with `]`: indent them, or write the list on one line');
    expect(allProblems(lintAt(crlf), crlf, FILE)).toEqual([]);
  });

  // Found by fuzzing: rules copied user values into messages verbatim, so a value or key with a
  // line break gave a message of several lines; formatMessage now flattens control characters.
  it.each([
    ['an enum value (schema-violation)', 'charter: 1\nmeta:\n  status: "a\\nb"\n'],
    ['an unknown key (schema-violation)', '"a\\rb": 1\n'],
    ['an objective id (objective-without-metric, objective-without-strategy-link)', 'charter: 1\nobjectives:\n  - id: "a\\nb"\n'],
  ])('a line break in %s gives one-line messages', (_, text) => {
    expect(lintAt(text).filter((f) => /[\r\n]/.test(f.message)).map((f) => f.message)).toEqual([]);
  });

  // Found by fuzzing (`>\r`): yaml's syntax messages quote the source, here a lone carriage
  // return; yaml-syntax messages now write control characters as escapes.
  it('a syntax error that quotes a carriage return gives a one-line message that shows it', () => {
    const messages = lintAt('>\r').map((f) => f.message);
    expect(messages.some((m) => m.includes('(the parser says: "Not a YAML token: \\r")'))).toBe(true);
    expect(allProblems(lintAt('>\r'), '>\r', FILE)).toEqual([]);
  });

  // Found by the language server's fuzz test (test/lsp/fuzz.e2e.test.ts): yaml turns a list used
  // as a key into text whose length grows with the square of its depth, so a key a few hundred
  // levels deep took minutes to lint (and to hover in the editor). Such a key is now refused.
  it('a list used as a key, nested hundreds of levels deep, is refused with one yaml-syntax finding', () => {
    for (const key of ['[a, '.repeat(400) + ']'.repeat(400), '{a: '.repeat(400) + '1' + '}'.repeat(400)]) {
      const text = `charter: 1\n? ${key}\n: v\n`;
      const findings = lintAt(text);
      expect(findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).toEqual([['yaml-syntax', 2, 3]]);
      expect(findings[0]!.message).toMatch(/nests more than 16 levels deep/);
      expect(allProblems(findings, text, FILE)).toEqual([]);
    }
    // A shallow one is still an unknown key, reported where it is.
    expect(lintAt('charter: 1\n? [a, [b]]\n: v\n').some((f) => f.ruleId === 'schema-violation' && f.range.start.line === 2)).toBe(true);
  });

  // Found by fuzzing: doc.toJS() of a mapping with a collection as a key made yaml call
  // process.emitWarning, so `charter lint` printed a Node warning (document.ts now parses with
  // logLevel 'silent').
  it('a collection as a mapping key does not make Node print a warning', () => {
    const spy = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      lintAt('charter: 1\n? [a]\n: b\n');
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
