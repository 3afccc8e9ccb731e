/**
 * YAML syntax errors in plain words (src/model/syntax.ts): the mistakes people make most, each
 * giving one finding, at the line and column where the fix goes, that says what is wrong and
 * how to fix it, and never the parser's phrase alone. The same holds with CRLF line breaks.
 */
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/model/document.js';

/** yaml's own phrases: none may be a finding's whole story. */
const PARSER_PHRASES = /Implicit keys need|Nested mappings are not allowed|Implicit map keys need|All mapping items must|must be sufficiently indented|Missing closing|Map keys must be unique|Unexpected scalar|Plain value cannot start|Tabs are not allowed|Invalid escape sequence|A block sequence may not|Unresolved alias/;

// [mistake, text, line:col of the finding, message]
const CASES: [string, string, string, string][] = [
  [
    'a key indented more than the key above it',
    'charter: 1\nmeta:\n  id: a\n    name: b\n  status: draft\n',
    '4:5',
    "this line is indented more than `id` above it, so YAML reads it as part of that value: indent it exactly like `id` (2 spaces), or, if `id` should hold it, remove the value 'a' after `id:`",
  ],
  [
    'a key indented less than its siblings',
    'charter: 1\nmeta:\n    id: a\n  name: b\n',
    '4:3',
    'this line is indented 2 spaces, but the keys above it are at 4 or 0 spaces: keys of one mapping start at the same column, so indent it exactly like the keys it belongs with',
  ],
  [
    'a tab as indentation',
    'charter: 1\nmeta:\n  id: a\n\tname: b\n',
    '4:1',
    'a tab indents this line, and YAML indents with spaces only: replace the tab with spaces (set your editor to insert spaces for YAML)',
  ],
  ['`key:value` without a space', 'charter: 1\nmeta:\n  id:a\n  name: b\n', '3:5', 'a key needs a space after its colon: write `id: a`'],
  [
    'an unquoted `: ` inside a value',
    'charter: 1\nteam:\n  name: Mission: help\n  x: 1\n',
    '3:9',
    'the value of `name` holds `:` followed by a space (or at its end), which YAML reads as another key: put the value in quotes: name: "Mission: help"',
  ],
  [
    'an unclosed double quote',
    'charter: 1\nteam:\n  name: "Acme\n  x: 1\n',
    '3:9',
    'this double quote is never closed: add the closing " at the end of the value (a " inside the value is written \\")',
  ],
  [
    'an unclosed single quote',
    "charter: 1\nteam:\n  name: 'Acme\n  x: 1\n",
    '3:9',
    "this single quote is never closed: add the closing ' at the end of the value (an apostrophe inside the value is written '')",
  ],
  [
    'an unclosed bracket',
    'charter: 1\ntags: [a, b\nx: 1\n',
    '2:7',
    'the list opened with `[` here is never closed: add `]` after its last entry (or write the list as lines that start with `- `)',
  ],
  [
    'an unclosed brace',
    'charter: 1\nbaseline: {value: 88, as_of: 2026-01-01\nx: 1\n',
    '2:11',
    'the mapping opened with `{` here is never closed: add `}` after its last entry',
  ],
  [
    'a duplicate key',
    'charter: 1\nmeta:\n  id: a\n  name: b\n  id: c\n',
    '5:3',
    '`id` appears twice in this mapping (first on line 3): a key may appear only once, so keep one of them (or merge their values)',
  ],
  [
    'a list item inside a mapping',
    'charter: 1\nmeta:\n  id: a\n  - b\n',
    '4:3',
    'a list item (`- `) in the middle of a mapping (after `id`): put the list under its own key (`key:` then the items indented below it), or write this line as `key: value`',
  ],
  [
    'a stray `-`',
    'charter: 1\n-\nmeta: 1\n',
    '2:1',
    'a stray `-` among the keys of a mapping: remove it, or write the list item after it on the same line under a key that holds a list',
  ],
  [
    'a key after list items at the same indentation',
    'charter: 1\nmeta:\n  - id: a\n  name: b\n',
    '4:3',
    'this key is at the same indentation as the list items above it, and a mapping cannot hold both: indent it under a list item, or put the list under a key of its own',
  ],
  [
    'a Windows path with backslashes in double quotes',
    'charter: 1\npath: "C:\\Users\\ana"\n',
    '2:10',
    "`\\U` is not a valid escape: inside double quotes a backslash starts an escape such as \\n; for a Windows path or any other backslash, use single quotes 'C:\\Users\\ana' or write each backslash twice (\\\\)",
  ],
  ['a value that starts with `@`', 'charter: 1\nowner: @ana\n', '2:8', 'a value cannot start with `@` unless it is quoted; put the value in quotes: owner: "@ana"'],
  [
    'a value that starts with `*`',
    'charter: 1\nnote: *important* thing\n',
    '2:7',
    'a value that starts with `*` is read as a YAML alias; put the value in quotes: note: "*important* thing"',
  ],
  [
    'a value that is only `*word`',
    'charter: 1\nnote: *important\n',
    '2:7',
    'a value that starts with `*` is read as a YAML alias, and no anchor `important` is set before it; put the value in quotes: note: "*important"',
  ],
  [
    'text after a closing double quote',
    'charter: 1\nname: "Acme" Corp\n',
    '2:14',
    'the double-quoted value ends before this text: inside double quotes a quote is written \\", or put the whole value in single quotes',
  ],
  [
    'an apostrophe inside single quotes',
    "charter: 1\nname: 'it's fine'\n",
    '2:11',
    "the single-quoted value ends before this text: inside single quotes an apostrophe is written twice ('it''s'), or put the whole value in double quotes",
  ],
  ['a key without its colon', 'charter: 1\nmeta\n  id: a\n', '2:5', '`meta` is followed by indented lines but has no colon: write `meta:`'],
  [
    'a continuation line that is not indented',
    'charter: 1\nteam:\n  mission: first\nsecond line\n',
    '4:1',
    'this line is not `key: value`: if it continues the text of the line above, indent it further than that key (or write the text as a block, `key: |`, with its lines indented below); otherwise add the key and a colon',
  ],
  [
    'a flow list whose lines are not indented',
    'charter: 1\ntags: [a,\nb]\n',
    '3:1',
    'the lines of this `[...]` list must be indented further than its key, and it must end with `]`: indent them, or write the list on one line',
  ],
  [
    'a `#` right after a quoted value',
    'charter: 1\nname: "a"#b\n',
    '2:10',
    '`#` starts a comment only after a space: put a space before the `#`, or quote the value if the `#` belongs to it',
  ],
];

function found(text: string): string[] {
  return parseCharter(text, 'x.yaml').fatal.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
}

describe('YAML syntax errors in plain words', () => {
  it('covers at least 15 mistakes', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('%s: one finding at the mistake, with a fix', (_, text, at, message) => {
    const fatal = parseCharter(text, 'x.yaml').fatal;
    expect(fatal.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
    expect(found(text)).toEqual([`${at} ${message}`]);
    expect(message).not.toMatch(PARSER_PHRASES);
  });

  it.each(CASES)('%s: the same with CRLF line breaks', (_, text) => {
    expect(found(text.replace(/\n/g, '\r\n'))).toEqual(found(text));
  });

  it('reports two mistakes in one file as two findings', () => {
    const text = 'charter: 1\nmeta:\n  id:a\n  name: b\nteam:\n  name: Mission: help\n';
    expect(found(text).map((f) => f.split(' ')[0])).toEqual(['3:5', '6:9']);
  });

  it('keeps the parser phrase, with what to check, for an error it has no words for', () => {
    const [f] = found('charter: 1\nname: !a !b x\n');
    expect(f).toMatch(/^2:\d+ this line does not fit the YAML structure around it: check its indentation .* \(the parser says: ".+"\)$/);
  });
});

describe('syntax messages are one line', () => {
  it.each([['>\r:'], ['a: "x\u2028\u0085\r"y\n']])('%j', (text) => {
    const fatal = parseCharter(text, 'x.yaml').fatal;
    expect(fatal.length).toBeGreaterThan(0);
    expect(fatal.filter((f) => /[\r\n\u2028\u2029\u0085]/.test(f.message)).map((f) => f.message)).toEqual([]);
  });
});
