import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { replacementEdit, toLspRange } from '../../src/lsp/positions.js';
import { lintOne } from '../../src/engine/run.js';

describe('positions between findings and LSP', () => {
  it('shifts 1-based lines and columns to 0-based ones', () => {
    expect(toLspRange({ start: { line: 1, column: 1 }, end: { line: 3, column: 8 } })).toEqual({
      start: { line: 0, character: 0 },
      end: { line: 2, character: 7 },
    });
  });

  it('never goes below zero', () => {
    expect(toLspRange({ start: { line: 0, column: 0 }, end: { line: 0, column: 0 } }).start).toEqual({ line: 0, character: 0 });
  });

  it('columns are UTF-16 code units: an astral emoji counts 2, an accented letter 1, on LF and CRLF files', async () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['charter: 1', 'meta:', '  id: x', '  company: "🚀 Société [Your Company Name]"', ''].join(eol);
      const { findings } = await lintOne({ file: 'x.yaml', text });
      const f = findings.find((x) => x.ruleId === 'placeholder-text')!;
      const range = toLspRange(f.range);
      const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, text);
      expect(range.start.line).toBe(3);
      // The editor's offset of the LSP position is the placeholder's index in the JavaScript string.
      expect(doc.offsetAt(range.start)).toBe(text.indexOf('[Your Company Name]'));
      expect(doc.offsetAt(range.end)).toBe(text.indexOf('[Your Company Name]') + '[Your Company Name]'.length);
      // 🚀 is one code point but two UTF-16 units: the character is past 13 units of `  company: "`, 2 + space + 7.
      expect(range.start.character).toBe('  company: "🚀 Société '.length);
      expect(range.start.character).toBe(23);
    }
  });
});

describe('replacementEdit', () => {
  const apply = (before: string, after: string): string => {
    const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, before);
    return TextDocument.applyEdits(doc, [replacementEdit(doc, before, after)]);
  };

  it('replaces only the span that changed', () => {
    const before = 'a: 1\nb: 2\nc: 3\n';
    const doc = TextDocument.create('file:///x.yaml', 'yaml', 1, before);
    const edit = replacementEdit(doc, before, 'a: 1\nb: "2"\nc: 3\n');
    expect(edit.range).toEqual({ start: { line: 1, character: 3 }, end: { line: 1, character: 4 } });
    expect(edit.newText).toBe('"2"');
  });

  it('gives the new text, whatever changed: insertions, deletions, astral characters, CRLF', () => {
    const cases: Array<[string, string]> = [
      ['a: 1\n', 'a: 1\nb: 2\n'],
      ['a: 1\nb: 2\n', 'a: 1\n'],
      ['x: "🚀"\n', 'x: "🚁"\n'],
      ['x: "😀a"\n', 'x: "😁a"\n'],
      ['a: 1\r\nb: 2\r\n', 'a: 1\r\n# c\r\nb: 2\r\n'],
      ['', 'a: 1\n'],
      ['same\n', 'same\n'],
    ];
    for (const [before, after] of cases) expect(apply(before, after)).toBe(after);
  });
});
