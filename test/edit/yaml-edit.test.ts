import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits, detectEol, type Edit } from '../../src/edit/yaml-edit.js';
import { CharterError } from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';
import { lineDiff } from '../helpers/line-diff.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const REFERENCE = REFERENCE_DIR;
const sources = [
  ...readdirSync(REFERENCE)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(REFERENCE, f)),
  ...readdirSync(join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(ROOT, 'examples', f)),
];

const SIGNER = { name: 'Dana Whitfield', title: 'Chief Revenue Officer, Americas', role: 'stakeholder', date: '2026-11-23', version: '9.0' };
const REVISION = { version: '9.0', date: '2026-11-23', author: 'Maya Okafor', summary: 'Yearly review: no changes.' };

describe('lineDiff (test helper)', () => {
  it('finds removed and added lines, in order', () => {
    expect(lineDiff('a\nb\nc\n', 'a\nx\nc\ny\n')).toEqual({ removed: ['b'], added: ['x', 'y'] });
    expect(lineDiff('a\n', 'a\n')).toEqual({ removed: [], added: [] });
  });
});

describe('applyEdits on the reference charters and examples', () => {
  it('found the files', () => {
    expect(sources.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of sources) {
    const name = file.replace(/^.*\/(reference|examples)\//, '$1/');
    const text = readFileSync(file, 'utf8');
    const data = parse(text) as Record<string, any>;

    describe(name, () => {
      it('changes only the version line when setting meta.version', () => {
        const out = applyEdits(text, [{ op: 'set', path: ['meta', 'version'], value: '9.0' }]);
        const before = text.split('\n').find((l) => /^ {2}version: /.test(l))!;
        expect(lineDiff(text, out)).toEqual({ removed: [before], added: [before.replace(/(["']?)[\d.]+\1/, (m, q: string) => `${q || '"'}9.0${q || '"'}`)] });
        expect(parse(out).meta.version).toBe('9.0');
      });

      it('adds one line (or one block) when appending a signature, in the style of the others', () => {
        const out = applyEdits(text, [{ op: 'append', path: ['signatures'], value: SIGNER }]);
        const d = lineDiff(text, out);
        const sigs = (data['signatures'] ?? []) as unknown[];
        if (sigs.length === 0) {
          // `signatures: []` becomes a block list holding the new item.
          expect(d.removed).toEqual(['signatures: []']);
          expect(d.added[0]).toBe('signatures:');
        } else {
          expect(d.removed).toEqual([]);
        }
        const flowSiblings = /^ {2}- \{/m.test(text.slice(text.indexOf('\nsignatures:')));
        if (flowSiblings) {
          expect(d.added).toEqual(['  - {name: Dana Whitfield, title: "Chief Revenue Officer, Americas", role: stakeholder, date: 2026-11-23, version: "9.0"}']);
        }
        expect(parse(out).signatures.at(-1)).toEqual(SIGNER);
        expect(parse(out).signatures.slice(0, -1)).toEqual(sigs);
      });

      it('adds only the entry lines when appending to meta.revision_history (or creates it after next_review)', () => {
        const out = applyEdits(text, [{ op: 'append', path: ['meta', 'revision_history'], value: REVISION }]);
        const d = lineDiff(text, out);
        expect(d.removed).toEqual([]);
        const entry = [
          '    - version: "9.0"',
          '      date: 2026-11-23',
          '      author: Maya Okafor',
          '      summary: "Yearly review: no changes."',
        ];
        expect(d.added).toEqual(data['meta'].revision_history ? entry : ['  revision_history:', ...entry]);
        expect(parse(out).meta.revision_history.at(-1)).toEqual(REVISION);
      });

      it('replaces one signature line in place', () => {
        const sigs = (data['signatures'] ?? []) as unknown[];
        if (sigs.length === 0) return expect(() => applyEdits(text, [{ op: 'set', path: ['signatures', 0], value: SIGNER }])).toThrow(CharterError);
        const out = applyEdits(text, [{ op: 'set', path: ['signatures', 0], value: SIGNER }]);
        const d = lineDiff(text, out);
        expect(d.removed).toHaveLength(1);
        expect(d.added).toHaveLength(1);
        expect(parse(out).signatures).toEqual([SIGNER, ...sigs.slice(1)]);
      });

      it('sets last_reviewed and next_review (creating them in format order when missing)', () => {
        const out = applyEdits(text, [
          { op: 'set', path: ['meta', 'last_reviewed'], value: '2026-11-23' },
          { op: 'set', path: ['meta', 'next_review'], value: '2027-11-23' },
        ]);
        const d = lineDiff(text, out);
        const old = text.split('\n').filter((l) => /^ {2}(last_reviewed|next_review):/.test(l));
        expect(d.removed).toEqual(old);
        expect(d.added).toEqual(['  last_reviewed: 2026-11-23', '  next_review: 2027-11-23']);
        const keys = Object.keys(parse(out).meta);
        expect(keys.indexOf('next_review')).toBe(keys.indexOf('last_reviewed') + 1);
        expect(keys.indexOf('last_reviewed')).toBeGreaterThan(keys.indexOf('effective_date'));
      });

      it('keeps CRLF line endings and changes the same lines', () => {
        const crlf = text.replace(/\n/g, '\r\n');
        const edits: Edit[] = [
          { op: 'set', path: ['meta', 'version'], value: '9.0' },
          { op: 'append', path: ['signatures'], value: SIGNER },
          { op: 'append', path: ['meta', 'revision_history'], value: REVISION },
        ];
        const out = applyEdits(crlf, edits);
        expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        expect(out).toBe(applyEdits(text, edits).replace(/\n/g, '\r\n'));
      });
    });
  }
});

describe('applyEdits layouts', () => {
  it('detects the line ending', () => {
    expect(detectEol('a: 1\r\nb: 2\r\n')).toBe('\r\n');
    expect(detectEol('a: 1\nb: 2\r\n')).toBe('\n');
    expect(detectEol('a: 1')).toBe('\n');
  });

  it('keeps the quoting style of a scalar it replaces, and quotes when a plain scalar would change type', () => {
    const text = "meta:\n  version: '1.0'   # quoted\n  last_reviewed: \"2026-01-01\"\n  status: draft\n";
    const out = applyEdits(text, [
      { op: 'set', path: ['meta', 'version'], value: '1.1' },
      { op: 'set', path: ['meta', 'last_reviewed'], value: '2026-11-23' },
      { op: 'set', path: ['meta', 'status'], value: '2.0' },
    ]);
    expect(out).toBe("meta:\n  version: '1.1'   # quoted\n  last_reviewed: \"2026-11-23\"\n  status: \"2.0\"\n");
  });

  it('creates a missing top-level list at its format position, after a blank line like the other sections', () => {
    const text = 'charter: 1\n\nmeta:\n  id: x\n\ngovernance:\n  review: {cadence: annual}\n\n# the end\n';
    const out = applyEdits(text, [{ op: 'append', path: ['signatures'], value: { name: 'A', date: '2026-01-01' } }]);
    expect(out).toBe('charter: 1\n\nmeta:\n  id: x\n\ngovernance:\n  review: {cadence: annual}\n\nsignatures:\n  - name: A\n    date: 2026-01-01\n\n# the end\n');
  });

  it('creates a missing key before a later one, above the comments that introduce it', () => {
    const text = 'meta:\n  id: x\n  # when to look again\n  next_review: 2027-01-01\n';
    // last_reviewed comes after id and before next_review: it goes right after id.
    const out = applyEdits(text, [{ op: 'set', path: ['meta', 'last_reviewed'], value: '2026-01-01' }]);
    expect(out).toBe('meta:\n  id: x\n  last_reviewed: 2026-01-01\n  # when to look again\n  next_review: 2027-01-01\n');
    const noPrev = '# top\nmeta:\n  # review dates\n  next_review: 2027-01-01\n';
    expect(applyEdits(noPrev, [{ op: 'set', path: ['meta', 'id'], value: 'x' }])).toBe(
      '# top\nmeta:\n  id: x\n  # review dates\n  next_review: 2027-01-01\n',
    );
  });

  it('edits flow mappings and flow sequences in place', () => {
    const text = 'meta: { id: x, version: "1.0" }\nsignatures: [{name: A, date: 2026-01-01}]\n';
    const out = applyEdits(text, [
      { op: 'set', path: ['meta', 'last_reviewed'], value: '2026-02-02' },
      { op: 'append', path: ['signatures'], value: { name: 'B, Jr.', date: '2026-01-02' } },
    ]);
    expect(out).toBe('meta: { id: x, version: "1.0", last_reviewed: 2026-02-02 }\nsignatures: [{name: A, date: 2026-01-01}, {name: "B, Jr.", date: 2026-01-02}]\n');
  });

  it('fills an empty list or key (`key:`, `key: ~`, `key: []`) and keeps a trailing comment', () => {
    const item = { name: 'A', date: '2026-01-01' };
    expect(applyEdits('a: 1\nsignatures:\nb: 2\n', [{ op: 'append', path: ['signatures'], value: item }])).toBe(
      'a: 1\nsignatures:\n  - name: A\n    date: 2026-01-01\nb: 2\n',
    );
    expect(applyEdits('signatures: ~ # none yet\n', [{ op: 'append', path: ['signatures'], value: item }])).toBe(
      'signatures:\n  - name: A\n    date: 2026-01-01 # none yet\n',
    );
    expect(applyEdits('meta:\n  next_review:\n  id: x\n', [{ op: 'set', path: ['meta', 'next_review'], value: '2027-01-01' }])).toBe(
      'meta:\n  next_review: 2027-01-01\n  id: x\n',
    );
  });

  it('follows the file’s list indentation and handles a file without a final line break', () => {
    const text = 'meta:\n  revision_history:\n  - version: "1"\n    date: 2026-01-01';
    const out = applyEdits(text, [{ op: 'append', path: ['meta', 'revision_history'], value: { version: '2', date: '2026-02-01' } }]);
    expect(out).toBe('meta:\n  revision_history:\n  - version: "1"\n    date: 2026-01-01\n  - version: "2"\n    date: 2026-02-01');
  });

  it('edits the fields of a block item in place, keeping the comments around them', () => {
    const text = 'approvals:\n  # first\n  - name: A\n    decision: pending # waiting\n  - name: B\n    decision: approved\n    date: 2026-01-01\n';
    const out = applyEdits(text, [
      { op: 'set', path: ['approvals', 0, 'decision'], value: 'approved' },
      { op: 'set', path: ['approvals', 0, 'date'], value: '2026-02-02' },
    ]);
    expect(out).toBe(
      'approvals:\n  # first\n  - name: A\n    decision: approved # waiting\n    date: 2026-02-02\n  - name: B\n    decision: approved\n    date: 2026-01-01\n',
    );
  });

  it('replaces a whole block item at its indentation', () => {
    const text = 'approvals:\n  # first\n  - name: A\n    decision: pending\n  - name: B\n    decision: approved\n';
    const out = applyEdits(text, [{ op: 'set', path: ['approvals', 1], value: { name: 'C', decision: 'rejected' } }]);
    expect(out).toBe('approvals:\n  # first\n  - name: A\n    decision: pending\n  - name: C\n    decision: rejected\n');
  });

  it('applies several edits at one place in their order, and edits under a just-created node', () => {
    const text = 'meta:\n  id: x\n  parent_charter: y\n';
    const out = applyEdits(text, [
      { op: 'set', path: ['meta', 'last_reviewed'], value: '2026-01-01' },
      { op: 'set', path: ['meta', 'next_review'], value: '2027-01-01' },
      { op: 'append', path: ['meta', 'revision_history'], value: { version: '1', date: '2026-01-01' } },
      { op: 'append', path: ['signatures'], value: { name: 'A', date: '2026-01-01' } },
      { op: 'set', path: ['signatures', 0, 'version'], value: '1' },
      { op: 'append', path: ['approvals'], value: { name: 'A', decision: 'pending' } },
    ]);
    expect(out).toBe(
      'meta:\n  id: x\n  last_reviewed: 2026-01-01\n  next_review: 2027-01-01\n  parent_charter: y\n  revision_history:\n    - version: "1"\n      date: 2026-01-01\n' +
        'approvals:\n  - name: A\n    decision: pending\nsignatures:\n  - name: A\n    date: 2026-01-01\n    version: "1"\n',
    );
  });

  it('refuses edits under something that is not a mapping, and appending to a non-list', () => {
    expect(() => applyEdits('meta: [a]\n', [{ op: 'set', path: ['meta', 'version'], value: '1' }])).toThrow(/is missing or not a mapping/);
    expect(() => applyEdits('signatures: yes\n', [{ op: 'append', path: ['signatures'], value: {} }])).toThrow(/not a list/);
    expect(() => applyEdits('a: 1\n', [{ op: 'set', path: ['meta', 'version'], value: '1' }])).toThrow(CharterError);
  });

  it('keeps multi-line values valid', () => {
    const text = 'meta:\n  revision_history:\n    - version: "1"\n      date: 2026-01-01\n';
    const value = { version: '2', date: '2026-02-01', summary: 'line one\nline two: "quoted" # not a comment' };
    const out = applyEdits(text, [{ op: 'append', path: ['meta', 'revision_history'], value }]);
    expect(parse(out).meta.revision_history[1]).toEqual(value);
    expect(out.startsWith(text)).toBe(true);
  });
});

describe('applyEdits and the digest', () => {
  it('signing edits never change the digest; a content edit always does (property)', async () => {
    const fc = (await import('fast-check')).default;
    const { stringify } = await import('yaml');
    const { charterDigest } = await import('../../src/digest.js');
    const { parseCharter } = await import('../../src/model/document.js');
    const dataOf = (t: string) => parseCharter(t, 't.yaml').data;
    const key = fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !['__proto__', '<<', 'signatures', 'approvals', 'meta'].includes(k));
    const charter = fc.record({
      meta: fc.record({ version: fc.constantFrom('1.0', '2.3') }),
      rest: fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      flow: fc.boolean(),
    });
    fc.assert(
      fc.property(charter, fc.string({ minLength: 1, maxLength: 20 }), ({ meta, rest, flow }, name) => {
        const text = stringify({ ...rest, meta, signatures: [{ name: 'First', date: '2026-01-01' }] }, flow ? { collectionStyle: 'flow' } : {});
        const before = charterDigest(dataOf(text));
        const signed = applyEdits(text, [
          { op: 'append', path: ['signatures'], value: { name, date: '2026-11-23', digest: before } },
          { op: 'set', path: ['signatures', 0, 'date'], value: '2026-11-23' },
          { op: 'append', path: ['approvals'], value: { name, decision: 'approved', date: '2026-11-23' } },
        ]);
        expect(charterDigest(dataOf(signed))).toBe(before);
        const bumped = applyEdits(signed, [{ op: 'set', path: ['meta', 'version'], value: meta.version + '.1' }]);
        expect(charterDigest(dataOf(bumped))).not.toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('applyEdits: rename a key', () => {
  it('changes only the key, keeping its value, comments, place and quoting', () => {
    const text = 'statement:\n  # why we exist\n  mision: Help customers win. # one sentence\n  vision: "x"\n';
    const out = applyEdits(text, [{ op: 'rename', path: ['statement', 'mision'], to: 'mission' }]);
    expect(out).toBe(text.replace('mision:', 'mission:'));
    const quoted = applyEdits('a: {"mision": 1, b: 2}\n', [{ op: 'rename', path: ['a', 'mision'], to: 'mission' }]);
    expect(quoted).toBe('a: {"mission": 1, b: 2}\n');
  });

  it('refuses a key that is missing, or a name that is taken', () => {
    expect(() => applyEdits('a:\n  b: 1\n', [{ op: 'rename', path: ['a', 'x'], to: 'y' }])).toThrow(CharterError);
    expect(() => applyEdits('a:\n  b: 1\n  c: 2\n', [{ op: 'rename', path: ['a', 'b'], to: 'c' }])).toThrow(/'c' is there already/);
  });
});
