import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/model/document.js';
import { locate, pathAt } from '../../src/model/locate.js';
import { fromPointer, toPointer } from '../../src/model/pointer.js';
import type { PathSegment } from '../../src/model/types.js';

const TEXT = `# comment
charter: 1
meta:
  id: csm
  owner: {name: Maya, title: Director}
  summary: >-
    first line
    second line
team:
  roles:
    - id: a
      title: A
    - id: b
empty:
`;

const loaded = parseCharter(TEXT, 't.yaml');

function at(path: PathSegment[], target: 'key' | 'value' = 'value') {
  const r = locate(loaded.doc!, loaded.text, loaded.lineCounter, path, target);
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

describe('locate', () => {
  it('points at a scalar value', () => expect(at(['meta', 'id'])).toBe('4:7-4:10'));
  it('points at a key when asked', () => expect(at(['meta', 'id'], 'key')).toBe('4:3-4:5'));
  it('finds values inside flow mappings', () => expect(at(['meta', 'owner', 'title'])).toBe('5:30-5:38'));
  it('covers a multi-line scalar', () => expect(at(['meta', 'summary'])).toBe('6:12-8:16'));
  it('indexes sequences', () => expect(at(['team', 'roles', 1])).toBe('13:7-13:12'));
  it('falls back to the closest existing key for a missing child', () => expect(at(['meta', 'nope', 'deeper'])).toBe('3:1-3:5'));
  it('falls back to the key for an out-of-range index', () => expect(at(['team', 'roles', 5])).toBe('10:3-10:8'));
  it('points at the key of an empty value', () => expect(at(['empty'])).toBe('14:1-14:6'));
  it('points at the first key for a missing top-level key', () => expect(at(['cost_metric'])).toBe('2:1-2:8'));
  it('points at the first key for the root', () => expect(at([])).toBe('2:1-2:8'));
});

describe('pathAt', () => {
  it('finds the innermost node at an offset', () => {
    expect(pathAt(loaded.doc!, TEXT.indexOf('Director'))).toEqual(['meta', 'owner', 'title']);
    expect(pathAt(loaded.doc!, TEXT.indexOf('id: b') + 4)).toEqual(['team', 'roles', 1, 'id']);
    expect(pathAt(loaded.doc!, 0)).toEqual([]);
  });
});

describe('JSON Pointers', () => {
  it('round-trips escaped segments', () => {
    const path = ['a/b', 'c~d', 0, 'x'];
    expect(toPointer(path)).toBe('/a~1b/c~0d/0/x');
    expect(fromPointer(toPointer(path))).toEqual(path);
    expect(fromPointer('')).toEqual([]);
  });
});
