import { describe, expect, it } from 'vitest';
import { decodeCharter, parseCharter, MAX_ALIAS_COUNT } from '../../src/model/document.js';
import { CharterError } from '../../src/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);

function syntax(text: string) {
  const loaded = parseCharter(text, 'x.yaml');
  return loaded.fatal.map((f) => ({ rule: f.ruleId, line: f.range.start.line, column: f.range.start.column, message: f.message }));
}

describe('parseCharter', () => {
  it('keeps dates as strings and reads a mapping', () => {
    const c = parseCharter('charter: 1\nmeta:\n  effective_date: 2026-01-15\n', 'x.yaml');
    expect(c.fatal).toEqual([]);
    expect(c.data).toEqual({ charter: 1, meta: { effective_date: '2026-01-15' } });
  });

  it('reports a syntax error at the parser position', () => {
    const f = syntax('charter: 1\nmeta:\n  id: [unclosed\n  name: x\n');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]!.rule).toBe('yaml-syntax');
    expect(f[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicate key as yaml-syntax at the second key', () => {
    const f = syntax('charter: 1\nmeta:\n  id: a\n  id: b\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'yaml-syntax', line: 4, column: 3 });
    expect(f[0]!.message).toBe('`id` appears twice in this mapping (first on line 3): a key may appear only once, so keep one of them (or merge their values)');
  });

  it('reports several documents', () => {
    const f = syntax('charter: 1\n---\ncharter: 1\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toMatch(/2 YAML documents/);
    expect(f[0]!.line).toBe(2);
  });

  it.each([
    ['a list', '- a\n- b\n', 'a list'],
    ['a scalar', 'just text\n', 'a single value'],
  ])('reports a top level that is %s', (_, text, kind) => {
    const f = syntax(text);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(kind);
    expect(f[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('reports an empty file and a file of comments only', () => {
    expect(syntax('')[0]!.message).toMatch(/no YAML content/);
    expect(syntax('# only a comment\n')[0]!.message).toMatch(/no YAML content|empty/);
  });

  it('stops alias bombs', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const name = String.fromCharCode(98 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const f = syntax(lines.join('\n') + '\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(String(MAX_ALIAS_COUNT));
  });

  it('does not crash on absurd nesting', () => {
    const deep = 'charter: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n';
    const c = parseCharter(deep, 'deep.yaml');
    // Either the parser copes (a list value) or the nesting becomes a located finding.
    if (c.fatal.length > 0) expect(c.fatal[0]!.ruleId).toBe('yaml-syntax');
    else expect(Array.isArray(c.data['charter'])).toBe(true);
  });

  it('reads a 1 MiB double-quoted string full of `[`, `<`, `{` and `:` normally (one node, not 300,000)', () => {
    const long = 'a [b] <c> {d: e}, f-g '.repeat(Math.ceil(1048576 / 22));
    const c = parseCharter(`charter: 1\nteam:\n  name: x\n  mission: "${long}"\n`, 'long.yaml');
    expect(c.fatal).toEqual([]);
    expect((c.data['team'] as Record<string, string>)['mission']).toBe(long);
  });

  it('still refuses a file that really holds more than 100,000 nodes', () => {
    const many = 'charter: 1\nlist:\n' + '  - a\n'.repeat(60_000);
    const f = syntax(many);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 1, column: 1 });
    expect(f[0]!.message).toBe(
      'the file holds more than 100,000 YAML nodes (values, keys, list items); a charter holds a few thousand. Is this really a charter?',
    );
    // 105,000 structural characters (`-`, `:` in quotes, line breaks) but 70,000 nodes: read normally.
    expect(syntax('charter: 1\nlist:\n' + '  - "a:b"\n'.repeat(35_000))).toEqual([]);
  });

  it('lints a BOM + CRLF file exactly like the plain one', () => {
    const plain = 'charter: 1\nmeta:\n  id: a\n  id: b\n';
    const crlf = '\uFEFF' + plain.replace(/\n/g, '\r\n');
    expect(syntax(crlf)).toEqual(syntax(plain));
    const ok = 'charter: 1\nmeta:\n  id: x\n';
    expect(parseCharter('\uFEFF' + ok.replace(/\n/g, '\r\n'), 'x').data).toEqual(parseCharter(ok, 'x').data);
  });
});

describe('decodeCharter', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeCharter(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('charter: 1')]), 'x')).toBe('charter: 1');
  });

  it('refuses invalid UTF-8 with the file, line and column', () => {
    const bytes = new Uint8Array([...enc('charter: 1\nmeta: ab'), 0xff, ...enc('\n')]);
    expect(() => decodeCharter(bytes, 'bad.yaml')).toThrow(CharterError);
    expect(() => decodeCharter(bytes, 'bad.yaml')).toThrow(/^bad\.yaml:2:9: .*not valid UTF-8/);
  });

  it('refuses overlong and truncated sequences', () => {
    expect(() => decodeCharter(new Uint8Array([0x61, 0xc0, 0x80]), 'x')).toThrow(/x:1:2/);
    expect(() => decodeCharter(new Uint8Array([0x61, 0xe2, 0x82]), 'x')).toThrow(/x:1:2/);
  });

  it('accepts multi-byte text', () => {
    expect(decodeCharter(enc('name: Zoë — 東京 ✓'), 'x')).toBe('name: Zoë — 東京 ✓');
  });

  it('refuses UTF-16 with a hint', () => {
    expect(() => decodeCharter(new Uint8Array([0xff, 0xfe, 0x63, 0x00]), 'u16.yaml')).toThrow(/UTF-16.*UTF-8/);
  });

  it('refuses oversized files before parsing', () => {
    expect(() => decodeCharter(new Uint8Array(6 * 1024 * 1024), 'big.yaml')).toThrow(/MiB/);
    // Just over the limit: the size does not read as the limit itself.
    expect(() => decodeCharter(new Uint8Array(5 * 1024 * 1024 + 60_000), 'big.yaml')).toThrow(/file is 5\.05 MiB; charters are limited to 5 MiB/);
  });
});
