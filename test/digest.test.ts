import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document, isScalar, stringify, visit } from 'yaml';
import { canonicalJson, charterDigest } from '../src/digest.js';
import { parseCharter } from '../src/model/document.js';
import { baseCharter } from './helpers/base-charter.js';

function dataOf(text: string): Record<string, unknown> {
  const loaded = parseCharter(text, 'test.yaml');
  expect(loaded.fatal).toEqual([]);
  return loaded.data;
}

const YAML_A = `charter: 1
meta:
  id: csm-charter
  version: "3.0"
  effective_date: 2026-10-01
  owner: {name: Maya Okafor, title: Director}
statement:
  mission: Help every customer translate their objectives into outcomes.
metrics:
  - {id: grr, target: {value: 91.0, by: 2027-12-31}, baseline: {value: 88}}
approvals:
  - {name: Elena Marsh, decision: approved, date: 2026-09-18}
signatures:
  - {name: Elena Marsh, date: 2026-09-18, version: "3.0"}
`;

/** The same content: other key order, quoting style, block vs flow, comments, no approvals or signatures. */
const YAML_B = `# Customer Success Management charter
statement:
  mission: 'Help every customer translate their objectives into outcomes.'   # one sentence
metrics:
  - baseline:
      value: 88
    id: "grr"
    target:
      by: "2027-12-31"
      value: 91
meta:
  owner:
    title: "Director"
    name: "Maya Okafor"
  effective_date: '2026-10-01'
  version: '3.0'
  id: csm-charter
charter: 1
`;

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units at every level, with no spaces', () => {
    expect(canonicalJson({ b: 1, a: [{ z: true, y: null }], A: 'x' })).toBe('{"A":"x","a":[{"y":null,"z":true}],"b":1}');
  });

  it('sorts integer-like keys as strings, unlike JSON.stringify', () => {
    const value = { b: 1, '10': 2, '2': 3 };
    expect(JSON.stringify(value)).toBe('{"2":3,"10":2,"b":1}');
    expect(canonicalJson(value)).toBe('{"10":2,"2":3,"b":1}');
  });

  it('orders by code units, not by code points or locale', () => {
    // U+FF5E (one unit, 0xFF5E) sorts after U+1F600 (surrogates 0xD83D 0xDE00); by code point it would be the other way.
    expect(canonicalJson({ '\uff5e': 1, '\u{1f600}': 2, B: 3, a: 4 })).toBe('{"B":3,"a":4,"\u{1f600}":2,"\uff5e":1}');
  });

  it('writes values as JSON.stringify does', () => {
    expect(canonicalJson({ n: 7.0, f: 0.1, neg: -0, big: 1e21, nan: NaN, u: undefined, s: 'é"\n' })).toBe(
      '{"big":1e+21,"f":0.1,"n":7,"nan":null,"neg":0,"s":"é\\"\\n"}',
    );
    expect(canonicalJson([undefined, () => 1])).toBe('[null,null]');
    expect(canonicalJson(new Date('2026-01-02T00:00:00Z'))).toBe('"2026-01-02T00:00:00.000Z"');
  });

  it('rejects cycles instead of looping', () => {
    const a: Record<string, unknown> = {};
    a['self'] = a;
    expect(() => canonicalJson(a)).toThrow(TypeError);
  });

  it('equals JSON.stringify of the same value when the keys are already sorted and not integer-like', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const sorted = (x: unknown): unknown =>
          Array.isArray(x)
            ? x.map(sorted)
            : x !== null && typeof x === 'object'
              ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted((x as Record<string, unknown>)[k])]))
              : x;
        const hasIntegerKey = (x: unknown): boolean =>
          Array.isArray(x)
            ? x.some(hasIntegerKey)
            : x !== null && typeof x === 'object'
              ? Object.entries(x).some(([k, y]) => /^(0|[1-9]\d*)$/.test(k) || hasIntegerKey(y))
              : false;
        fc.pre(!hasIntegerKey(v));
        expect(canonicalJson(v)).toBe(JSON.stringify(sorted(v)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('charterDigest', () => {
  it('is sha256:<hex> of the canonical JSON without signatures and approvals', () => {
    const data = { b: 1, a: 'x', signatures: [{ name: 'A' }], approvals: [] };
    const expected = 'sha256:' + createHash('sha256').update('{"a":"x","b":1}').digest('hex');
    expect(charterDigest(data)).toBe(expected);
    expect(charterDigest(data)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('is stable across key order, quoting style, comments and line ends of the YAML source', () => {
    const a = charterDigest(dataOf(YAML_A));
    expect(charterDigest(dataOf(YAML_B))).toBe(a);
    expect(charterDigest(dataOf(YAML_A.replace(/\n/g, '\r\n')))).toBe(a);
    expect(charterDigest(dataOf(YAML_B.replace(/\n/g, '\r\n')))).toBe(a);
    expect(charterDigest(dataOf('\uFEFF' + YAML_A))).toBe(a);
  });

  it('ignores signatures and approvals, but only at the top level', () => {
    const data = dataOf(YAML_A);
    const d = charterDigest(data);
    expect(charterDigest({ ...data, signatures: [], approvals: 'changed' })).toBe(d);
    const { signatures: _s, approvals: _a, ...rest } = data;
    expect(charterDigest(rest)).toBe(d);
    expect(charterDigest({ ...data, meta: { ...(data['meta'] as object), signatures: [] } })).not.toBe(d);
  });

  it('changes on any content change', () => {
    const base = charterDigest(dataOf(YAML_A));
    const edits = [
      YAML_A.replace('version: "3.0"', 'version: "3.1"'),
      YAML_A.replace('value: 91.0', 'value: 91.5'),
      YAML_A.replace('value: 91.0', 'value: "91"'),
      YAML_A.replace('outcomes.', 'outcomes!'),
      YAML_A.replace('Maya Okafor', 'Maya  Okafor'),
      YAML_A.replace('charter: 1', 'charter: 1\nx-note: added'),
      YAML_A.replace('{value: 88}', '{value: 88, as_of: 2026-06-30}'),
    ];
    for (const text of edits) {
      expect(text).not.toBe(YAML_A);
      expect(charterDigest(dataOf(text))).not.toBe(base);
    }
  });

  it('does not depend on the key order of any object (property)', () => {
    const shuffle = (x: unknown, seed: number): unknown => {
      if (Array.isArray(x)) return x.map((y, i) => shuffle(y, seed + i));
      if (x === null || typeof x !== 'object') return x;
      const keys = Object.keys(x);
      const order = keys.map((k, i) => ({ k, r: (Math.imul(seed + i + 1, 2654435761) >>> 0) % 1000 })).sort((p, q) => p.r - q.r);
      const out: Record<string, unknown> = {};
      for (const { k } of order) Object.defineProperty(out, k, { value: shuffle((x as Record<string, unknown>)[k], seed * 31 + k.length), enumerable: true, writable: true, configurable: true });
      return out;
    };
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer(), (data, seed) => {
        expect(charterDigest(shuffle(data, seed) as Record<string, unknown>)).toBe(charterDigest(data));
      }),
      { numRuns: 200 },
    );
  });

  it('changes when any leaf changes (property)', () => {
    type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
    /** Paths to every leaf (scalars, empty arrays and objects). */
    const leaves = (x: Json, path: Array<string | number> = []): Array<Array<string | number>> => {
      if (Array.isArray(x)) return x.length === 0 ? [path] : x.flatMap((y, i) => leaves(y, [...path, i]));
      if (x !== null && typeof x === 'object') {
        const keys = Object.keys(x);
        return keys.length === 0 ? [path] : keys.flatMap((k) => leaves(x[k]!, [...path, k]));
      }
      return [path];
    };
    const replaced = (x: Json, path: Array<string | number>, value: Json): Json => {
      if (path.length === 0) return value;
      const [head, ...rest] = path;
      if (Array.isArray(x)) return x.map((y, i) => (i === head ? replaced(y, rest, value) : y));
      const obj = x as { [k: string]: Json };
      const out: { [k: string]: Json } = {};
      for (const k of Object.keys(obj)) Object.defineProperty(out, k, { value: k === head ? replaced(obj[k]!, rest, value) : obj[k], enumerable: true, writable: true, configurable: true });
      return out;
    };
    const charter = fc
      .dictionary(fc.string().filter((k) => k !== 'signatures' && k !== 'approvals'), fc.jsonValue() as fc.Arbitrary<Json>, { minKeys: 1 })
      .map((d) => d as { [k: string]: Json });
    fc.assert(
      fc.property(charter, fc.nat(), fc.jsonValue() as fc.Arbitrary<Json>, (data, pick, value) => {
        const all = leaves(data);
        const path = all[pick % all.length]!;
        const before = path.reduce<Json>((x, k) => (x as Record<string, Json>)[k as string]!, data);
        fc.pre(canonicalJson(before) !== canonicalJson(value));
        const changed = replaced(data, path, value) as Record<string, unknown>;
        expect(charterDigest(changed)).not.toBe(charterDigest(data));
      }),
      { numRuns: 200 },
    );
  });

  it('is the same for every YAML rendering of the same data: key order, quoting, flow or block, comments, CRLF, BOM (property)', () => {
    const key = fc.string({ minLength: 1, maxLength: 6 }).filter((k) => k !== '__proto__' && k !== '<<');
    const leaf = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('3.0', '2026-11-23', 'yes', 'null', '~', '# not a comment', 'a: b', '- x', "it's", '"q"'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('map')),
      list: fc.array(tie('tree'), { maxLength: 3 }),
      map: fc.dictionary(key, tie('tree'), { maxKeys: 3 }),
    }));
    const charter = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });
    const reversed = (x: unknown): unknown =>
      Array.isArray(x)
        ? x.map(reversed)
        : x !== null && typeof x === 'object'
          ? Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reversed(v)]))
          : x;
    const commented = (data: unknown): string => {
      const doc = new Document(data);
      doc.commentBefore = ' a charter';
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key)) pair.key.commentBefore = ' about this key';
        },
      });
      return doc.toString();
    };
    fc.assert(
      fc.property(charter, (data) => {
        const expected = charterDigest(data);
        const renderings = [
          stringify(data),
          stringify(reversed(data)),
          stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }),
          stringify(data, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'QUOTE_SINGLE' }),
          stringify(data, { collectionStyle: 'flow' }),
          commented(data),
          '\uFEFF' + stringify(data, { indent: 4, indentSeq: false }),
        ];
        for (const text of [...renderings, ...renderings.map((t) => t.replace(/\n/g, '\r\n'))]) {
          expect(charterDigest(dataOf(text))).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is unchanged for the base charter after a YAML round trip', () => {
    const c = baseCharter();
    expect(charterDigest(dataOf(JSON.stringify(c)))).toBe(charterDigest(c));
  });
});
