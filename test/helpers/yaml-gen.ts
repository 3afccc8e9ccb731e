import fc from 'fast-check';
import { stringify } from 'yaml';

/** Scalars whose YAML reading is easy to get wrong (types, quoting, indicators). */
export const tricky = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~', '',
  '0', '-0', '+0', '007', '0o17', '0O17', '0x1F', '0X1F', '0b101', '1_000', '1,000', '+12', '-12', '1.', '1.0', '.5', '+.5',
  '-.5', '1e3', '1E3', '1e+3', '1.5e-3', '+1e3', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', 'inf',
  'nan', '2024-01-01', '2024-02-30', '12:30:00', '1:30', '190:20:30', '0.1.2', '1.10', '3.0', '1e', '0x', '0o', 'e3',
  '.e3', '123456789012345678901234567890', '9007199254740993', '1e400', '-1e400', '0.0000001', '08', '09', '0123', '=',
  '<<', '!', '-', '"quoted"', "'single'", '"a\\tb"', '""', "''", 'a b', 'a #b', 'a# b', '[]', '{}', '[a, b]', '{a: 1}',
  '|\n  x', '>\n  x\n  y', '|-\n  x\n', '>+\n  x\n\n', '|2\n   x', 'a:b', 'http://x.y/z', '@x', '`x', '%x', '*x', '&x y',
  '!x y', '? x', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '"\\u0000"', '"\\x41"', '"\\U0001F600"',
];

/** Generated YAML: random data printed by `yaml` in random styles, then mutated as text. */
const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/);
const yamlish = fc.constantFrom(...tricky.filter((s) => !s.includes('\n')));
const unicode = fc.string({ unit: 'grapheme', maxLength: 12 });
const scalar = fc.oneof(
  word,
  yamlish,
  unicode,
  fc.string({ unit: fc.constantFrom(...'ab :-#?&*![]{},|>\'"%@`\\\n'.split('')), maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(word, yamlish, unicode), tie('node'), { maxKeys: 4 }),
})).node;
const printOptions = fc.record({
  indent: fc.constantFrom(2, 3, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
} as const);
export const printed = fc
  .tuple(fc.dictionary(fc.oneof(word, yamlish), value, { minKeys: 1, maxKeys: 5 }), printOptions)
  .map(([data, o]) => stringify({ charter: 1, ...data }, o));
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), s: fc.constantFrom(...' :-#?&*![]{},|>\'"%\n  \t'.split(''), '- ', ': ', '\n  ', '\n- ', '---\n', '...\n', '# c\n') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ kind: fc.constant('dupLine' as const), line: fc.nat() }),
);
/** A text edit drawn by {@link mutation}. */
export type Mutation = { kind: string; [k: string]: unknown };

/** Applies the edits in order; positions wrap around the text. */
export function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    if (m.kind === 'insert') {
      const at = (m['at'] as number) % (t.length + 1);
      t = t.slice(0, at) + (m['s'] as string) + t.slice(at);
    } else if (m.kind === 'delete') {
      const at = (m['at'] as number) % (t.length + 1);
      t = t.slice(0, at) + t.slice(at + (m['n'] as number));
    } else {
      const lines = t.split('\n');
      const i = (m['line'] as number) % lines.length;
      if (m.kind === 'dupLine') lines.splice(i, 0, lines[i]!);
      else {
        const by = m['by'] as number;
        lines[i] = by > 0 ? ' '.repeat(by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-by}}`), '');
      }
      t = lines.join('\n');
    }
  }
  return t;
}


/** YAML-like text built line by line from tokens: structure the printer never produces (odd indentation, stray indicators, unclosed quotes and brackets). */
export const tokenLines = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 6 }),
      fc.array(
        fc.constantFrom(
          'a', 'b: ', 'c:', '- ', '-', '? ', ': ', '[', ']', '{', '}', ', ', '"x', 'y"', "'z", "w'", '|', '>', '|-', '>+',
          ' # c', '#d', 'e f', '1', '~', 'null', 'true', '0x1', '.5', '---', '...', '&a ', '*a', '!t ', '%Y', '\\', '@', '`',
          'é', '😀', '"q"', "'s'", 'k: v', '- k: v', '[a, b]', '{a: b}',
        ),
        { maxLength: 4 },
      ),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((lines) => `charter: 1\n${lines.map(([n, ts]) => ' '.repeat(n) + ts.join('')).join('\n')}\n`);
