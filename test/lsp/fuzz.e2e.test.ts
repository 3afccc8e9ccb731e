/**
 * Fuzzing of `charter lsp --stdio` (built bin, vscode-jsonrpc client): random edits, applied as
 * incremental didChange notifications to two open charters of one workspace folder, must never
 * crash the server and every request must be answered. The edits insert, delete and replace
 * ranges with hostile text: random binary and control characters, invalid YAML, a very long
 * line, deeply nested flow and block collections, alias chains, whole-text replacements. After
 * each edit (or burst of edits) the test sends a request — hover, completion, code actions — or
 * waits for the diagnostics of the document's current version, each with a timeout that only
 * catches a hang. At the end `shutdown` and `exit` must end the process with code 0.
 *
 * The edits come from fast-check with a fixed seed, so a failure is reproducible:
 * LSP_FUZZ_SEED=<n> picks another sequence, LSP_FUZZ_STEPS=<n> another length. A failure names the
 * seed, the step and the document's text (written to a temporary file) at that point.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempTree } from '../helpers/cli.js';
import { LspClient, uriOf, type LspDiagnostic } from '../helpers/lsp-client.js';
import { AS_OF, baseCharter } from '../helpers/base-charter.js';
import { pairWith } from '../helpers/cross-charters.js';
import { NASTY } from '../fuzz/arbitraries.js';

const SEED = Number(process.env['LSP_FUZZ_SEED'] ?? 20261206);
const STEPS = Number(process.env['LSP_FUZZ_STEPS'] ?? 120);
/** Generous: a request under load answers in well under a second; this only catches a hang. */
const ANSWER_MS = 15_000;

/** Text YAML cannot read, or reads in surprising ways. */
const INVALID_YAML: readonly string[] = [
  ': : :', '- - -\n  - :', '[', ']', '{', '}', '{a: [1, 2}', '"unterminated', "'also", '&', '*', '*nowhere', '&a &b x',
  '!!binary ###', '!<tag:x> y', '%YAML 1.3\n---\n', '---\n---\n...\n', '? complex\n: key', '\t- tab', 'key: value: other',
  '|-\n bad', '>\n\tx', '@reserved', '`reserved', 'a: *a', '<<: *x', '<<: [1, 2]', '- &x [*x]', '{? : }', '#!/bin/sh',
  '\uFEFF', 'charter: 1\ncharter: 2', '__proto__: {polluted: true}', 'constructor: {prototype: {x: 1}}',
];

/** Control characters, lone surrogates and other code units that are not text. */
const binaryChar = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.constantFrom(0xfeff, 0xfffe, 0xffff, 0x2028, 0x2029, 0x85, 0x202e),
  fc.integer({ min: 0, max: 0xffff }),
).map((c) => String.fromCharCode(c));

/** Nesting far deeper than any charter: flow, block and alias chains. */
const deep = fc.integer({ min: 50, max: 3000 }).chain((n) =>
  fc.constantFrom(
    '['.repeat(n) + ']'.repeat(n),
    '{a: '.repeat(n) + '1' + '}'.repeat(n),
    '['.repeat(n),
    Array.from({ length: Math.min(n, 400) }, (_, i) => `${' '.repeat(i)}- `).join('\n'),
    Array.from({ length: Math.min(n, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    ['a0: &a0 [x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `a${i + 1}: &a${i + 1} [${`*a${i}, `.repeat(8)}*a${i}]`)].join('\n'),
  ),
);

const payload: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(binaryChar, { maxLength: 60 }).map((cs) => cs.join('')) },
  { weight: 3, arbitrary: fc.constantFrom(...INVALID_YAML) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '  ', '\t', ': ', '- ', '#', '"', "'", 'charter-disable-next-line') },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: deep },
);

/** One edit: where (fractions of the text), how much to remove, what to insert; or a whole new text. */
type Edit = { kind: 'range'; at: number; remove: number; insert: string } | { kind: 'whole'; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('range' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.constant(0), insert: payload }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('range' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 400 }), insert: fc.constant('') }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('range' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 1, max: 80 }), insert: payload }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('whole' as const),
      text: fc.oneof(payload, fc.constant(''), fc.constant(stringify(baseCharter())), fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1'))),
    }),
  },
);

/** What the client does after an edit. */
type Check = 'diagnostics' | 'hover' | 'completion' | 'codeAction' | 'none';

const step = fc.record({
  doc: fc.integer({ min: 0, max: 1 }),
  edit,
  check: fc.constantFrom<Check>('diagnostics', 'diagnostics', 'hover', 'completion', 'codeAction', 'none'),
  where: fc.double({ min: 0, max: 1, noNaN: true }),
});

/** Rejects when `promise` has not settled within {@link ANSWER_MS}. */
function answered<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let client: LspClient | undefined;
afterEach(() => {
  // A failed run leaves the server to its fate; kill it so that the test run ends.
  if (client && client.child.exitCode === null) client.child.kill('SIGKILL');
  client = undefined;
});

describe('charter lsp: fuzzing with random edits', () => {
  it(`never crashes and answers every request (seed ${SEED}, ${STEPS} steps; LSP_FUZZ_SEED to change)`, async () => {
    const plan = fc.sample(step, { seed: SEED, numRuns: STEPS });
    const charters = pairWith();
    const dir = tempTree(Object.fromEntries(Object.entries(charters).map(([name, data]) => [name, stringify(data)])));
    const names = Object.keys(charters);
    client = await LspClient.start({ folder: dir, args: ['--as-of', AS_OF] });
    const c = client;
    const files = names.slice(0, 2).map((n) => join(dir, n));
    const docs: TextDocument[] = [];
    for (const file of files) {
      await answered(c.open(file), `didOpen of ${file}`);
      docs.push(TextDocument.create(uriOf(file), 'yaml', 1, c.text(file)));
    }
    const published = new Map<string, LspDiagnostic[]>();

    let i = 0;
    try {
      for (; i < plan.length; i++) {
        const { doc: which, edit: e, check, where } = plan[i]!;
        const stepStart = performance.now();
        const doc = docs[which]!;
        const file = files[which]!;
        const old = doc.getText();
        const change =
          e.kind === 'whole'
            ? { text: e.text }
            : (() => {
                const start = Math.floor(e.at * old.length);
                const end = Math.min(old.length, start + e.remove);
                return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: e.insert };
              })();
        const version = doc.version + 1;
        TextDocument.update(doc, [change], version);
        const diagnostics = check === 'diagnostics' ? c.next(file, (p) => p.version === undefined || p.version >= version) : undefined;
        await c.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [change] });
        const position = doc.positionAt(Math.floor(where * doc.getText().length));
        const textDocument = { uri: doc.uri };
        switch (check) {
          case 'diagnostics': {
            const p = await answered(diagnostics!, `the diagnostics of version ${version}`);
            published.set(doc.uri, p.diagnostics);
            for (const d of p.diagnostics) {
              expect(d.range.start.line).toBeGreaterThanOrEqual(0);
              expect(d.range.end.line).toBeLessThan(doc.lineCount);
            }
            break;
          }
          case 'hover':
            await answered(c.request('textDocument/hover', { textDocument, position }), 'hover');
            break;
          case 'completion':
            await answered(c.request('textDocument/completion', { textDocument, position }), 'completion');
            break;
          case 'codeAction':
            await answered(
              c.request('textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: published.get(doc.uri) ?? [] } }),
              'codeAction',
            );
            break;
          case 'none':
            break;
        }
        expect(c.child.exitCode, 'the server exited').toBeNull();
        if (process.env['LSP_FUZZ_VERBOSE']) console.log(i, check, Math.round(performance.now() - stepStart), 'ms', doc.getText().length, JSON.stringify(plan[i]).slice(0, 150));
      }
      // The last word: both documents' diagnostics for their current versions.
      for (const [k, doc] of docs.entries()) {
        const current = c.last(files[k]!);
        if (current?.version !== doc.version) await answered(c.next(files[k]!, (p) => p.version === doc.version), 'the final diagnostics');
      }
    } catch (err) {
      const dump = join(tmpdir(), `charter-lsp-fuzz-${SEED}-${i}.yaml`);
      writeFileSync(dump, docs.map((d) => `# ${d.uri} version ${d.version}\n${d.getText()}`).join('\n\n'));
      throw new Error(`seed ${SEED}, step ${i} (${JSON.stringify(plan[i]).slice(0, 300)}): ${(err as Error).message.slice(0, 500)}; the documents are in ${dump}; server stderr: ${c.stderr.join('').slice(-2000)}`);
    }
    expect(c.stderr.join('')).toBe('');
    expect(await answered(c.stop(), 'shutdown and exit')).toBe(0);
  }, 120_000);
});
