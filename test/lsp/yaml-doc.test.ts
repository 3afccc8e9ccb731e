import { describe, expect, it } from 'vitest';
import { editorDocument } from '../../src/lsp/yaml-doc.js';

describe('editorDocument: the parse behind hover, completion and quick fixes', () => {
  it('parses each new text, and serves the same text again from one parse', () => {
    const a = editorDocument('charter: 1\nmeta: {id: a}\n');
    expect(a?.toJS()).toEqual({ charter: 1, meta: { id: 'a' } });
    expect(editorDocument('charter: 1\nmeta: {id: a}\n')).toBe(a);
    const b = editorDocument('charter: 1\nmeta: {id: b}\n');
    expect(b).not.toBe(a);
    expect(b?.toJS()).toEqual({ charter: 1, meta: { id: 'b' } });
  });

  it('keys the parse by its options too: duplicate keys are an error only with uniqueKeys', () => {
    const text = 'a: 1\na: 2\n';
    expect(editorDocument(text, { uniqueKeys: true })?.errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
    expect(editorDocument(text, { uniqueKeys: false })?.errors).toEqual([]);
    expect(editorDocument(text)?.errors.map((e) => e.code)).toEqual(['DUPLICATE_KEY']);
  });
});
