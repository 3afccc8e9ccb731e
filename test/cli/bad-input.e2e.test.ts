/**
 * The bad-input corpus, end to end on the built bin: every case must end with one of three
 * outcomes, never a crash, a hang or a stack trace:
 *
 *   (a) it lints exactly like its clean twin (test/fixtures/bad/twin.yaml), modulo the file name;
 *   (b) a located finding (`yaml-syntax` or a schema finding), exit 1, at a line:col of the file;
 *   (c) one line on stderr, exit 2, naming the file (and line:col where one applies).
 *
 * Small cases are files in test/fixtures/bad/; the big and special ones (20 MB, a 1 MB line,
 * 5,000 levels of nesting, an alias bomb, binary, other encodings, a folder named x.yaml, an
 * unreadable file, symbolic links) are written by scripts/gen-bad-corpus.mjs into a temporary
 * folder. Each run has its own time limit (a hang fails its case), and the cases that could blow
 * the memory run with a 256 MB heap.
 *
 * Tests marked `it.fails` state the behaviour a user should get and does not yet; each carries a
 * `// lead:` comment naming the file to fix. Once fixed, they fail and should become `it`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli, tmpEnv, type CliResult } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/sarif-schema.js';
import { lintText } from '../../src/lint.js';
import { tempDir } from '../helpers/temp.js';

const AS_OF = '2026-11-22';
/** Per run: far above the slowest case (about 2 s on a busy 2-core machine), far below a hang. */
const TIMEOUT = 20_000;
/** For the cases that could exhaust memory: a 20 MB file, deep nesting, an alias bomb, a 1 MB line. */
const SMALL_HEAP = ['--max-old-space-size=256'];
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

let dir = '';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface Run extends CliResult {
  /** The findings of the JSON report (stdout), per file; empty when the run printed no report. */
  files: Array<{ file: string; findings: Finding[] }>;
}

/** Runs the bin in the corpus folder, with a time limit. */
function cli(args: string[], options: { nodeArgs?: string[] } = {}): CliResult {
  return runCli(args, { cwd: dir, timeout: TIMEOUT, ...options });
}

/** Lints with the JSON report on stdout. */
function lint(args: string[], options: { nodeArgs?: string[] } = {}): Run {
  const r = cli(['lint', '--as-of', AS_OF, '-f', 'json', ...args], options);
  let files: Run['files'] = [];
  if (r.code !== 2 && r.signal === undefined && r.stdout !== '') files = (JSON.parse(r.stdout) as { files: Run['files'] }).files;
  return { ...r, files };
}

/** Not killed, a documented exit code, and nothing of node's own on either stream. */
function expectSane(r: CliResult): void {
  expect(r.signal, `killed by ${r.signal}: a hang (over ${TIMEOUT} ms) or a crash; stderr: ${r.stderr.slice(0, 500)}`).toBeUndefined();
  expect([0, 1, 2]).toContain(r.code);
  for (const out of [r.stdout, r.stderr]) {
    expect(out).not.toMatch(/^\s+at /m); // a stack trace
    expect(out).not.toMatch(/^(?:\w*Error|Uncaught|FATAL ERROR)\b|\b(?:Range|Type|Syntax|Reference)Error\b/m);
    expect(out).not.toMatch(/internal error|This is a bug in charter/);
    expect(out).not.toMatch(/JavaScript heap out of memory|Allocation failed/);
    expect(out).not.toMatch(/^\(node:\d+\)/m); // a process warning
  }
}

/** The lines of a corpus file as an editor shows them (no BOM, LF or CRLF). */
function linesOf(file: string): string[] {
  return readFileSync(join(dir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
}

/** Every finding points inside the file: a real line, a column at most one past its end. */
function expectInFile(file: string, findings: readonly Finding[]): void {
  const lines = linesOf(file);
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.line}:${f.column}-${f.endLine}:${f.endColumn} in ${file} (${lines.length} lines)`;
    expect(f.line, where).toBeGreaterThanOrEqual(1);
    expect(f.line, where).toBeLessThanOrEqual(lines.length);
    expect(f.column, where).toBeGreaterThanOrEqual(1);
    expect(f.column, where).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
    expect(f.endLine, where).toBeGreaterThanOrEqual(f.line);
    expect(f.endLine, where).toBeLessThanOrEqual(lines.length);
    expect(f.endColumn, where).toBeLessThanOrEqual(lines[f.endLine - 1]!.length + 1);
  }
}

/** Outcome (b): exit 1 with located findings in `file`, one of them an error of `ruleId` when given; returns them. */
function expectLocated(r: Run, file: string, ruleId?: 'yaml-syntax' | 'schema-violation'): Finding[] {
  expectSane(r);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  expect(r.files.map((f) => f.file)).toEqual([file]);
  const findings = r.files[0]!.findings;
  expectInFile(file, findings);
  if (ruleId) expect(findings.some((f) => f.ruleId === ruleId && f.severity === 'error')).toBe(true);
  return findings;
}

/** Outcome (c): exit 2, nothing on stdout, one line on stderr naming the file. */
function expectOneLine(r: CliResult, pattern: RegExp): void {
  expectSane(r);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^charter: /);
  expect(lines[0]).toMatch(pattern);
}

let twinFindings: Finding[] = [];
/** The twin's findings (linted once, in beforeAll). */
function twin(): Finding[] {
  expect(twinFindings.length, 'the twin was not linted').toBeGreaterThan(0);
  return twinFindings;
}

/** Outcome (a): the run lints `file` exactly like the twin (same findings, same places). */
function expectLikeTwin(r: Run, file: string): void {
  expectSane(r);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  expect(r.files.map((f) => f.file)).toEqual([file]);
  expect(r.files[0]!.findings).toEqual(twin());
}

/** A finding's fields that do not depend on line numbers. */
const unplaced = (fs: readonly Finding[]) => fs.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, path: f.path }));

function canRunAs(uid: number): boolean {
  if (!isRoot || process.platform === 'win32') return false;
  const r = spawnSync(process.execPath, [BIN, '--version'], { uid, gid: uid, cwd: tmpdir(), timeout: TIMEOUT, encoding: 'utf8' });
  return r.status === 0;
}
const asNobody = canRunAs(NOBODY);

beforeAll(() => {
  dir = tempDir('charter-bad-');
  chmodSync(dir, 0o755); // so that the run as nobody (below) can enter it
  cpSync(join(ROOT, 'test/fixtures/bad'), dir, { recursive: true });
  const g = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-bad-corpus.mjs'), dir], { encoding: 'utf8', timeout: 60_000 });
  if (g.status !== 0) throw new Error(`gen-bad-corpus failed: ${g.stderr}`);
  twinFindings = lint(['twin.yaml']).files[0]?.findings ?? [];
}, 60_000);

describe('charter lint on bad input (built bin)', { timeout: 60_000 }, () => {
  it('the clean twin is not trivially clean: four findings of three severities at known places', () => {
    expect(twinFindings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual([
      '36:12 error placeholder-text',
      '60:5 warning objective-without-strategy-link',
      '87:14 error metric-value-out-of-range',
      '224:3 info team-member-unsigned',
    ]);
  });

  it('(b) an empty file: yaml-syntax at 1:1', () => {
    const [f] = expectLocated(lint(['empty.yaml']), 'empty.yaml', 'yaml-syntax');
    expect(f).toMatchObject({ ruleId: 'yaml-syntax', line: 1, column: 1 });
    expect(f!.message).toMatch(/no YAML content/);
  });

  it('(b) a file of comments only: yaml-syntax at 1:1', () => {
    const [f] = expectLocated(lint(['only-comments.yaml']), 'only-comments.yaml', 'yaml-syntax');
    expect(f).toMatchObject({ line: 1, column: 1 });
    expect(f!.message).toMatch(/no YAML content/);
  });

  it.each([
    ['top-level-list.yaml', 'a list'],
    ['top-level-scalar.yaml', 'a single value'],
  ])('(b) %s: the top level must be a mapping, at 2:1', (file, kind) => {
    const findings = expectLocated(lint([file]), file, 'yaml-syntax');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 2, column: 1 });
    expect(findings[0]!.message).toContain(kind);
  });

  it.each([
    // [file, line of the first finding, its message]
    ['syntax-bad-indentation.yaml', 6, /^this line is indented more than `name` above it, so YAML reads it as part of that value: indent it exactly like `name` \(2 spaces\)/],
    ['syntax-unclosed-flow-mapping.yaml', 5, /^the mapping opened with `\{` here is never closed: add `\}` after its last entry$/],
    ['syntax-stray-colon.yaml', 5, /^the value of `name` holds `:` followed by a space .*: put the value in quotes: name: "Customer Success: Management Charter"$/],
    ['tab-indentation.yaml', 4, /^a tab indents this line, and YAML indents with spaces only: replace the tab with spaces/],
  ])('(b) %s: yaml-syntax at line %i', (file, line, message) => {
    const findings = expectLocated(lint([file]), file, 'yaml-syntax');
    expect(findings.every((f) => f.ruleId === 'yaml-syntax')).toBe(true);
    expect(findings[0]!.line).toBe(line);
    expect(findings[0]!.message).toMatch(message);
  });

  it('(b) an unclosed quote: yaml-syntax inside the file', () => {
    const findings = expectLocated(lint(['syntax-unclosed-quote.yaml']), 'syntax-unclosed-quote.yaml', 'yaml-syntax');
    expect(findings[0]!.message).toMatch(/^this double quote is never closed: add the closing " at the end of the value/);
    expect(findings[0]!.line).toBeGreaterThanOrEqual(5);
  });

  it('(b) an unclosed quote is reported where the quote opens (5:9)', () => {
    const findings = expectLocated(lint(['syntax-unclosed-quote.yaml']), 'syntax-unclosed-quote.yaml', 'yaml-syntax');
    expect(findings[0]).toMatchObject({ line: 5, column: 9 });
  });

  it('(b) duplicate keys: yaml-syntax at the second key, nested and at the top level', () => {
    const findings = expectLocated(lint(['duplicate-keys.yaml']), 'duplicate-keys.yaml', 'yaml-syntax');
    expect(findings.map((f) => `${f.line}:${f.column}`)).toEqual(['6:3', '9:1']);
    expect(findings.map((f) => f.message.replace(/ \(first.*/, ''))).toEqual(['`id` appears twice in this mapping', '`charter` appears twice in this mapping']);
  });

  it('(b) several documents: yaml-syntax at the second one', () => {
    const findings = expectLocated(lint(['several-documents.yaml']), 'several-documents.yaml', 'yaml-syntax');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 5, column: 1 });
    expect(findings[0]!.message).toMatch(/2 YAML documents/);
  });

  it('(b) an alias bomb is refused as a finding, in a 256 MB heap', () => {
    const findings = expectLocated(lint(['alias-bomb.yaml'], { nodeArgs: SMALL_HEAP }), 'alias-bomb.yaml', 'yaml-syntax');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/alias/i);
  });

  it.each(['deep-flow-list.yaml', 'deep-flow-map.yaml', 'deep-block-list.yaml'])(
    '(b) 5,000 levels of nesting (%s): a located finding, in a 256 MB heap',
    (file) => {
      const findings = expectLocated(lint([file], { nodeArgs: SMALL_HEAP }), file, 'yaml-syntax');
      expect(findings).toHaveLength(1);
    },
  );

  it('(b) 5,000 levels of nesting: the finding says the document is nested too deeply', () => {
    const findings = expectLocated(lint(['deep-flow-list.yaml'], { nodeArgs: SMALL_HEAP }), 'deep-flow-list.yaml', 'yaml-syntax');
    expect(findings[0]!.message).toMatch(/nested too deeply/);
    expect(findings[0]!.message).not.toMatch(/call stack/);
  });

  it('(b or c) 512 KiB of tiny nodes with a finding: no crash, in a 128 MB heap', () => {
    const r = lint(['dense-512k.yaml'], { nodeArgs: ['--max-old-space-size=128'] });
    expectSane(r);
    if (r.code === 2) expectOneLine(r, /^charter: dense-512k\.yaml: /);
    else expectLocated(r, 'dense-512k.yaml');
  });

  it('(c) a 20 MB file: refused in one line, in a 256 MB heap', () => {
    expectOneLine(
      cli(['lint', 'big-20mb.yaml'], { nodeArgs: SMALL_HEAP }),
      /^charter: big-20mb\.yaml: file is 20\.0 MiB; charters are limited to 5 MiB/,
    );
  });

  it.runIf(existsSync('/dev/zero'))('(c) a file that never ends (/dev/zero): refused in one line, not read to the end', () => {
    expectOneLine(cli(['lint', '/dev/zero'], { nodeArgs: SMALL_HEAP }), /^charter: \/dev\/zero: more than 5 MiB to read/);
  });

  it('(c) binary (a PNG header and random bytes): not UTF-8, at 1:1', () => {
    expectOneLine(cli(['lint', 'binary.yaml']), /^charter: binary\.yaml:1:1: file is not valid UTF-8/);
  });

  it('(c) invalid UTF-8: the line and column of the bad byte', () => {
    expectOneLine(cli(['lint', 'invalid-utf8.yaml']), /^charter: invalid-utf8\.yaml:7:19: file is not valid UTF-8 .*save it as UTF-8/);
  });

  it.each(['utf16le.yaml', 'utf16be.yaml'])('(c) UTF-16 with a byte order mark (%s): one line with a hint', (file) => {
    expectOneLine(cli(['lint', file]), new RegExp(`^charter: ${file.replace('.', '\\.')}:1:1: file is UTF-16 encoded; save it as UTF-8`));
  });

  it('(c) in a linted folder, a UTF-16 file stops the run and is named (a charter is never skipped silently)', () => {
    expectOneLine(cli(['lint', '--as-of', AS_OF, 'with-utf16']), /^charter: with-utf16\/utf16le\.yaml:1:1: .*UTF-16/);
  });

  it('(a) a UTF-8 byte order mark and CRLF line ends: lints like the twin', () => {
    expectLikeTwin(lint(['bom-crlf.yaml']), 'bom-crlf.yaml');
  });

  it('(b) __proto__, constructor and prototype keys: unknown keys where they are, nothing inherited', () => {
    const findings = expectLocated(lint(['proto-keys.yaml']), 'proto-keys.yaml', 'schema-violation');
    const unknown = findings.filter((f) => /^unknown key/.test(f.message)).map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`);
    expect(unknown).toEqual([
      "4:1 unknown key '__proto__' in the charter",
      "16:1 unknown key 'constructor' in the charter",
      "17:1 unknown key 'prototype' in the charter",
      "19:3 unknown key '__proto__' in meta",
      "21:3 unknown key 'constructor' in meta",
      "23:3 unknown key 'prototype' in meta",
      "84:5 unknown key '__proto__' in metrics[grr]",
    ]);
    // What sits under __proto__ is not inherited: the statement and meta.id are missing.
    const missing = findings.filter((f) => /^required field/.test(f.message)).map((f) => f.message);
    expect(missing).toEqual(["required field 'statement' is missing from the charter", "required field 'id' is missing from meta"]);
    // The rest of the charter lints as the twin does.
    for (const f of unplaced(twin())) expect(unplaced(findings)).toContainEqual(f);
  });

  it('(b) a clean charter with its statement under __proto__ is not clean: __proto__ is read as a plain key', () => {
    const findings = expectLocated(lint(['proto-only.yaml']), 'proto-only.yaml', 'schema-violation');
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.message.split(';')[0]}`)).toEqual([
      "3:1 required field 'statement' is missing from the charter",
      "4:1 unknown key '__proto__' in the charter",
    ]);
  });

  it('__proto__ keys do not pollute prototypes (library, in this process)', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const findings = lintText(readFileSync(join(dir, 'proto-keys.yaml'), 'utf8'), 'proto-keys.yaml', { asOf: AS_OF });
    expect(findings.some((f) => f.message.startsWith("unknown key '__proto__'"))).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const probe: Record<string, unknown> = {};
    expect(probe['polluted']).toBeUndefined();
    expect(probe['statement']).toBeUndefined();
    expect(probe['id']).toBeUndefined();
  });

  it('(b) non-string keys (1, true): unknown keys at their lines', () => {
    const r = lint(['non-string-keys.yaml']);
    expectSane(r);
    expect(r.code).toBe(1);
    const findings = r.files[0]!.findings;
    expectInFile('non-string-keys.yaml', findings);
    const unknown = findings.filter((f) => /^unknown key/.test(f.message));
    expect(unknown.map((f) => f.message.split(';')[0]).sort()).toEqual(
      [
        "unknown key '' in meta",
        "unknown key '' in the charter",
        "unknown key '1' in the charter",
        "unknown key '[ a, b ]' in the charter",
        "unknown key 'true' in the charter",
      ].sort(),
    );
    expect(unknown.find((f) => f.message.startsWith("unknown key '1'"))).toMatchObject({ line: 4, column: 1 });
    expect(unknown.find((f) => f.message.startsWith("unknown key 'true'"))).toMatchObject({ line: 8, column: 1 });
  });

  it('(b) a list as a key: no node warning on stderr (the parser prints nothing of its own)', () => {
    const r = lint(['non-string-keys.yaml']);
    expectSane(r);
    expect(r.stderr).toBe('');
  });

  it('(b) null, empty and list keys: unknown keys at their own lines', () => {
    const findings = lint(['non-string-keys.yaml']).files[0]!.findings;
    const at = (start: string) => findings.filter((f) => f.message.startsWith(start)).map((f) => `${f.line}:${f.column}`);
    expect(at("unknown key '[ a, b ]'")).toEqual(['5:3']); // the key itself, after '? '
    expect(at("unknown key '' in the charter")).toEqual(['7:1']);
    expect(at("unknown key '' in meta")).toEqual(['11:3']);
  });

  it('(b) a 1 MB line (the mission): quick, and the finding is at the mission, in a 256 MB heap', () => {
    const findings = expectLocated(lint(['long-line-1mb.yaml'], { nodeArgs: SMALL_HEAP }), 'long-line-1mb.yaml');
    const mission = findings.filter((f) => f.ruleId === 'mission-too-long');
    expect(mission).toHaveLength(1);
    expect(mission[0]).toMatchObject({ line: 40, column: 12, endLine: 40 });
    expect(mission[0]!.endColumn).toBeGreaterThan(1024 * 1024);
    // The other findings are the twin's, one line up (the mission took two lines there).
    expect(unplaced(findings.filter((f) => f.ruleId !== 'mission-too-long'))).toEqual(unplaced(twin()));
  });

  it('(b) merge keys (`<<: *base`): no crash, located findings', () => {
    const r = lint(['merge-keys.yaml']);
    expectSane(r);
    expect(r.code).toBe(1);
    expectInFile('merge-keys.yaml', r.files[0]!.findings);
  });

  it('(a) merge keys: lints like the twin with the keys written out (apart from line numbers)', () => {
    const r = lint(['merge-keys.yaml']);
    expectSane(r);
    expect(unplaced(r.files[0]!.findings)).toEqual(unplaced(twin()));
  });

  it('(a) a file name with a space and non-ASCII letters: lints like the twin, named as given', () => {
    const name = 'équipe succès.yaml';
    expectLikeTwin(lint([name]), name);
    const stylish = cli(['lint', '--as-of', AS_OF, name]);
    expectSane(stylish);
    expect(stylish.stdout.split('\n')[0]).toBe(name);
    const sarif = cli(['lint', '--as-of', AS_OF, '-f', 'sarif', name]);
    expectSane(sarif);
    const uris = (JSON.parse(sarif.stdout) as SarifLog).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBe(twin().length);
    for (const u of uris) expect(decodeURIComponent(u)).toBe(name);
  });

  it('(a) non-ASCII text in values: lints like the twin', () => {
    expectLikeTwin(lint(['non-ascii-values.yaml']), 'non-ascii-values.yaml');
  });

  it('(b) non-ASCII text before a finding: the column counts UTF-16 code units, as editors do', () => {
    const findings = expectLocated(lint(['non-ascii-column.yaml']), 'non-ascii-column.yaml');
    const f = findings.find((x) => x.message.includes('[Your Company Name]'))!;
    expect(f).toMatchObject({ ruleId: 'placeholder-text', line: 7 });
    const line = linesOf('non-ascii-column.yaml')[6]!;
    expect(line.slice(f.column - 1, f.endColumn - 1)).toBe('[Your Company Name]');
  });

  it('(c) a folder named x.yaml, given: no charter in it, one line', () => {
    expectOneLine(cli(['lint', 'x.yaml']), /^charter: no charters found in x\.yaml: /);
  });

  it('(a) a folder named x.yaml inside a linted folder: passed over, the charter beside it lints', () => {
    expectLikeTwin(lint(['with-folder']), 'with-folder/twin.yaml');
  });

  it.skipIf(isRoot)('(c) a file without read permission: one line (not run as root: root reads any file)', () => {
    expectOneLine(cli(['lint', 'unreadable.yaml']), /^charter: unreadable\.yaml: cannot read the file: permission denied$/);
    expectOneLine(cli(['lint', 'with-unreadable']), /^charter: with-unreadable\/secret\.yaml: cannot read the file: permission denied$/);
  });

  it.runIf(isRoot)('(a) a file without read permission, run as root: root reads it, so it lints like the twin', () => {
    expectLikeTwin(lint(['unreadable.yaml']), 'unreadable.yaml');
  });

  it.runIf(asNobody)('(c) a file without read permission, run as nobody (uid 65534) from root: one line', () => {
    const run = (args: string[]): CliResult => {
      const r = spawnSync(process.execPath, [BIN, 'lint', ...args], {
        cwd: dir,
        uid: NOBODY,
        gid: NOBODY,
        env: { PATH: process.env['PATH'] ?? '', ...tmpEnv(), NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: TIMEOUT,
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr, ...(r.signal !== null ? { signal: r.signal } : {}) };
    };
    expectOneLine(run(['unreadable.yaml']), /^charter: unreadable\.yaml: cannot read the file: permission denied$/);
    expectOneLine(run(['with-unreadable']), /^charter: with-unreadable\/secret\.yaml: cannot read the file: permission denied$/);
  });

  it('(a) symbolic link loops inside a linted folder: no hang; the loops are passed over, a link to a charter beside it lints once', () => {
    // symlink-loops/: twin.yaml, self -> ., a.yaml -> b.yaml -> a.yaml, dangling.yaml -> missing.yaml, same-twin.yaml -> twin.yaml
    expectLikeTwin(lint(['symlink-loops']), 'symlink-loops/twin.yaml');
  });

  it('(c) a symbolic link loop or a dangling link, given: one line naming it', () => {
    expectOneLine(cli(['lint', 'symlink-loops/a.yaml']), /^charter: symlink-loops\/a\.yaml: too many levels of symbolic links/);
    expectOneLine(cli(['lint', 'symlink-loops/dangling.yaml']), /^charter: symlink-loops\/dangling\.yaml: no such file or folder/);
  });

  it('(a) a symbolic link to a charter: lints like the twin, given or found in a folder, and once with its target', () => {
    expectLikeTwin(lint(['link-to-twin.yaml']), 'link-to-twin.yaml');
    expectLikeTwin(lint(['linked']), 'linked/charter.yaml');
    // The same charter three ways: linted once (no cross-duplicate-team-id with itself).
    expectLikeTwin(lint(['twin.yaml', './twin.yaml', 'link-to-twin.yaml']), 'twin.yaml');
  });
});

describe('report formats on bad input (built bin)', { timeout: 60_000 }, () => {
  const validate = sarifValidator();

  it.each([
    'syntax-unclosed-flow-mapping.yaml',
    'proto-keys.yaml',
    'non-string-keys.yaml',
    'long-line-1mb.yaml',
    'équipe succès.yaml',
    'bom-crlf.yaml',
  ])('sarif, junit and github reports of %s: well-formed, every region inside the file', (file) => {
    const r = cli([
      'lint',
      '--as-of',
      AS_OF,
      '-f',
      'sarif',
      '-f',
      `junit:${file}.junit.xml`,
      '-f',
      `github:${file}.github.txt`,
      '--force',
      file,
    ]);
    expectSane(r);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    if (validate) expect(validate(log).valid, validate(log).errors).toBe(true);
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    const lines = linesOf(file);
    for (const x of results) {
      const region = x.locations[0]!.physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.endLine).toBeLessThanOrEqual(lines.length);
      expect(region.startColumn).toBeLessThanOrEqual(lines[region.startLine - 1]!.length + 1);
    }
    const junit = readFileSync(join(dir, `${file}.junit.xml`), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    expect(junit).toMatch(/<failure /);
    const github = readFileSync(join(dir, `${file}.github.txt`), 'utf8')
      .trimEnd()
      .split('\n');
    expect(github.pop()).toMatch(/^charter: 1 charter checked: /); // the summary for the log
    expect(github.length).toBe(results.length);
    for (const g of github)
      expect(g).toMatch(/^::(?:error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/);
  });

  it.each(['binary.yaml', 'utf16be.yaml', 'big-20mb.yaml'])('json and sarif of %s (exit 2): no half-written report, one line', (file) => {
    for (const format of ['json', 'sarif']) {
      expectOneLine(cli(['lint', '-f', format, file], { nodeArgs: SMALL_HEAP }), new RegExp(`^charter: ${file.replace('.', '\\.')}`));
    }
  });
});

describe('charter render -f md on bad input (built bin)', { timeout: 60_000 }, () => {
  /** Renders next to the charter (the default output): the lint gate must leave nothing written. */
  function render(file: string, nodeArgs?: string[]): CliResult {
    const r = cli(['render', '-f', 'md', '--as-of', AS_OF, file], nodeArgs ? { nodeArgs } : {});
    expectSane(r);
    expect(existsSync(join(dir, file.replace(/\.yaml$/, '.md')))).toBe(false);
    return r;
  }

  it.each([
    ['empty.yaml', /1:1 +error +the file has no YAML content/],
    ['syntax-unclosed-flow-mapping.yaml', /5:10 +error +the mapping opened with `\{` here is never closed/],
    ['duplicate-keys.yaml', /6:3 +error +`id` appears twice in this mapping \(first on line 4\)/],
    ['deep-flow-map.yaml', /yaml-syntax/],
    ['alias-bomb.yaml', /alias/],
    ['proto-keys.yaml', /4:1 +error +unknown key '__proto__'/],
  ])('(b) %s: exit 1, the findings printed, nothing written', (file, finding) => {
    const r = render(file, SMALL_HEAP);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(finding);
  });

  it.each([
    ['binary.yaml', /^charter: binary\.yaml:1:1: file is not valid UTF-8/],
    ['utf16le.yaml', /^charter: utf16le\.yaml:1:1: file is UTF-16/],
    ['big-20mb.yaml', /^charter: big-20mb\.yaml: file is 20\.0 MiB/],
    ['x.yaml', /^charter: x\.yaml: cannot read the file: is a folder$/],
    ['symlink-loops/a.yaml', /^charter: symlink-loops\/a\.yaml: cannot read the file: too many levels of symbolic links$/],
  ])('(c) %s: exit 2, one line, nothing written', (file, line) => {
    const r = render(file, SMALL_HEAP);
    expectOneLine(r, line);
  });

  it('--draft renders a charter with __proto__ keys without taking anything from them', () => {
    const r = cli(['render', '-f', 'md', '--as-of', AS_OF, '--draft', '-o', '-', 'proto-keys.yaml']);
    expectSane(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/DRAFT/);
    expect(r.stdout).toMatch(/unknown key '\\_\\_proto\\_\\_'/); // listed in the open findings, escaped for Markdown
    expect(r.stdout).not.toMatch(/Help every customer/); // the statement under __proto__ is not rendered
  });
});

interface SarifLog {
  runs: Array<{
    results: Array<{
      ruleId: string;
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }>;
    }>;
  }>;
}
