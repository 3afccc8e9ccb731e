import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quickLint } from '../../src/engine/run-rules.js';
import { lintCharter, placeReported } from '../../src/engine/place.js';
import { parseCharter } from '../../src/model/document.js';
import { fastData, needsFullParse } from '../../src/model/fast.js';
import { rules } from '../../src/rules/support/registry.js';
import { AS_OF, baseCharter } from '../helpers/base-charter.js';
import { ROOT } from '../helpers/cli.js';
import { mutate, mutation, printed, tokenLines, tricky } from '../helpers/yaml-gen.js';

/*
 * The fast path (js-yaml, no positions) may only ever say "clean", and only when the full
 * `yaml` parse agrees: same data, no syntax finding. These tests hold it to that, on every
 * charter in the repository and on generated YAML of many shapes and styles.
 */

/** The fast path either declines or reads exactly what the full parse reads. */
function agrees(text: string): void {
  const fast = fastData(text);
  if (fast === undefined) return;
  const slow = parseCharter(text, 'x.yaml');
  expect(slow.fatal.map((f) => f.message), `fast path accepted a file the full parse refuses:\n${text}`).toEqual([]);
  deepStrictEqual(fast, slow.data, `fast and full parse read different data from:\n${text}`);
  // Key order too (rules report in document order before sorting).
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
}

function charterFiles(): string[] {
  const dirs = ['examples', 'test/fixtures/reference', 'test/fixtures/init', 'test/fixtures/bad'];
  const out: string[] = [];
  for (const d of dirs) {
    let names: string[];
    try {
      names = readdirSync(join(ROOT, d));
    } catch {
      continue;
    }
    for (const n of names) if (/\.ya?ml$/.test(n)) out.push(join(ROOT, d, n));
  }
  return out;
}

/** `FUZZ_RUNS=10` runs every property ten times as long (see scripts/fuzz.mjs). */
const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 1));

describe('fast path: agreement with the full parse', () => {
  it('reads every charter in the repository exactly like the full parse', () => {
    const files = charterFiles();
    expect(files.length).toBeGreaterThan(5);
    let taken = 0;
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        continue;
      }
      agrees(text);
      if (fastData(text) !== undefined) taken++;
    }
    // The clean examples and reference charters do take the fast path.
    expect(taken).toBeGreaterThanOrEqual(5);
  });

  it('is clean exactly when the full lint has no finding, on the repository charters', () => {
    for (const f of charterFiles()) {
      const text = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const options = { rules, asOf: AS_OF };
      const full = lintCharter(parseCharter(text, f), options);
      const quick = quickLint(text, options);
      const clean = quick !== undefined && quick.reported.length === 0 ? quick.data : undefined;
      if (clean !== undefined) expect(full, f).toEqual([]);
      // A file with no finding takes the fast path unless it uses a construct the fast path declines.
      if (full.length === 0 && !needsFullParse(text)) expect(clean, f).toBeDefined();
    }
  });

  it('places the fast path\'s findings exactly where the full lint puts them (what lint does for files with findings)', () => {
    const sources = charterFiles().map((f) => readFileSync(f, 'utf8').replace(/^\uFEFF/, ''));
    const same = (t: string): boolean => {
      const options = { rules, asOf: AS_OF };
      const quick = quickLint(t, options);
      if (quick === undefined) return false;
      const loaded = parseCharter(t, 'x.yaml', quick);
      expect(loaded.fatal).toEqual([]);
      expect(placeReported(loaded, quick.reported)).toEqual(lintCharter(parseCharter(t, 'x.yaml'), options));
      return quick.reported.length > 0;
    };
    expect(sources.filter(same).length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 3 }), (t, ms) => {
        same(mutate(t, ms));
      }),
      { numRuns: 300 * RUNS },
    );
  }, 60_000 * RUNS);

  it('resolves plain scalars like the full parse (YAML 1.2 core schema), as values and as keys', () => {
    for (const s of tricky) {
      agrees(`charter: 1\nk: ${s}\n`);
      agrees(`charter: 1\nlist:\n  - ${s}\n`);
      if (!s.includes('\n')) {
        agrees(`charter: 1\n${s}: v\n`);
        agrees(`charter: 1\nm:\n  ${s}: v\n`);
        agrees(`charter: 1\nm: {${s}: v}\n`);
        agrees(`charter: 1\nm: [${s}]\n`);
      }
    }
  });

  it('declines the constructs it does not take', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '? a\n: b\n',
      '[a, b]: c\n',
      '{a: 1}: c\n',
      '--- a: 1\n',
      'a:\n\t- 1\n',
      'a: 1\r\nb: 2\r\n',
      '- &x a\n',
      'a:\n  - *x\n',
      'a: 1\n<<: {b: 2}\n',
      `a: [${'1,'.repeat(100_001)}1]\n`,
    ];
    for (const t of declined) expect(needsFullParse(t), JSON.stringify(t)).toBe(true);
    for (const t of ['a: 1\nb: 2\n', 'a: R&D *not* an alias\n', 'a: x!y\n', 'a: why?\n', 'a: [b]\n'])
      expect(needsFullParse(t), JSON.stringify(t)).toBe(false);
    // Keys that a null or empty key could have produced.
    expect(fastData('a: 1\n~: 2\n')).toBeUndefined();
    expect(fastData('a: 1\n"": 2\n')).toBeUndefined();
    // Errors, several documents, a top level that is not a mapping.
    for (const t of ['a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', '- a\n', 'x\n', '', '# only\n', 'a: [1\n', 'a: "x\n'])
      expect(fastData(t), JSON.stringify(t)).toBeUndefined();
  });

  it('agrees on YAML printed in every style (property)', () => {
    fc.assert(fc.property(printed, (t) => agrees(t)), { numRuns: 1500 * RUNS });
  }, 60_000 * RUNS);

  it('agrees on mutated YAML (property)', () => {
    fc.assert(
      fc.property(printed, fc.array(mutation, { minLength: 1, maxLength: 3 }), (t, ms) => agrees(mutate(t, ms))),
      { numRuns: 3000 * RUNS },
    );
  }, 60_000 * RUNS);

  it('agrees on mutated real charters (property)', () => {
    const sources = charterFiles()
      .map((f) => readFileSync(f, 'utf8'))
      .filter((t) => fastData(t) !== undefined);
    sources.push(stringify(baseCharter()));
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 2 }), (t, ms) => agrees(mutate(t, ms))),
      { numRuns: 400 * RUNS },
    );
  }, 60_000 * RUNS);

  it('agrees on YAML-like lines of random tokens (property)', () => {
    fc.assert(fc.property(tokenLines, (t) => agrees(t)), { numRuns: 4000 * RUNS });
  }, 60_000 * RUNS);
});
