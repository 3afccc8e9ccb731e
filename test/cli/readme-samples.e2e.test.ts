// The README's sample outputs, run: every ```console block of README.md is marked
// `<!-- sample: SETUP ... -->` (or `<!-- sample: SETUP; exit N ... -->`), and each of its `$ charter …`
// or `$ npx charter …` lines runs through the built bin (both are the same bin), in README order,
// in the folder SETUP names (below). What the command prints (stdout, then stderr; no colour) must
// be the lines that follow it, up to the next `$` line, and it must exit N (0 when not stated).
//
// A sample may shorten what does not fit a README, only in these ways, which the comparison
// understands (a shown part that is wrong still fails: counts, line:col, names, digests):
//   - a line `...` (indented or not) stands for one or more lines of output;
//   - `(...)` in a line stands for any text within that line (the end of a long message, or the
//     middle of a long list);
//   - a hex digest cut short with `…` (`sha256:155f8542fb7b…`) stands for one that begins so.
// Trailing white space is ignored, nothing else.
//
// The one ```json sample of a report (the lint JSON format) is marked
// `<!-- sample-json: SETUP $ COMMAND -->`: the command's JSON must have the sample's keys and
// values, and each finding shown must be one of the report's (the sample shows one finding of
// many). A ```json sample of a file the samples above it wrote is marked
// `<!-- sample-file: SETUP PATH -->`: the file in that setup's folder must have the sample's keys
// and values, and each item of a list the sample shows must be in the file's list.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempTree, type CliResult } from '../helpers/cli.js';
import { REFERENCE_DIR } from '../helpers/reference.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const CSM = readFileSync(join(REFERENCE_DIR, 'csm.yaml'), 'utf8');

/** Replaces `from` by `to` in the text, which must contain it. */
function edit(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found`);
  return next;
}

/**
 * The folders the samples run in, by the name their marker gives. A setup's samples share one
 * folder and run in README order, so each shows the state the ones above it left.
 */
const SETUPS: Record<string, () => string> = {
  /** This repository (its examples/), read only. */
  repository: () => ROOT,
  /** A new, empty folder. */
  'new-folder': () => tempTree({}),
  /** `charters/weak.yaml`: the weak example (examples/needs-work/), before a baseline is written. */
  adopting: () => tempTree({ 'charters/weak.yaml': readFileSync(join(ROOT, 'examples/needs-work/weak.yaml'), 'utf8') }),
  /** `charters/csm.yaml`: the reference CSM charter, version 3.0, signed by hand by 10 people (no digests). */
  living: () => tempTree({ 'charters/csm.yaml': CSM }),
  /**
   * `old/csm.yaml`: the reference CSM charter, then signed by Dana Whitfield with `charter sign`
   * (2026-11-20); `charters/csm.yaml`: the same with the NRR target lowered from 110 to 105,
   * mid-market renewals moved from the CSMs to Sales' account executives, and the logo-churn
   * metric removed (an objective still uses it).
   */
  diff: () => {
    const dir = tempTree({ 'old/csm.yaml': CSM });
    const signed = runCli(['sign', 'old/csm.yaml', '--name', 'Dana Whitfield', '--title', 'Chief Revenue Officer', '--role', 'stakeholder', '--date', '2026-11-20'], { cwd: dir });
    if (signed.code !== 0) throw new Error(`test setup: ${signed.stdout}${signed.stderr}`);
    let text = readFileSync(join(dir, 'old/csm.yaml'), 'utf8');
    text = edit(text, 'target: {value: 110, by: 2028-12-31}', 'target: {value: 105, by: 2028-12-31}');
    text = edit(text, '    segment: [mid-market]\n    accountable: {team: csm, role: csm}', '    segment: [mid-market]\n    accountable: {team: sales, role: account-executive}');
    text = edit(text, /  - id: logo-churn\n[\s\S]*?(?=  - id: renewal-rate\n)/, '');
    mkdirSync(join(dir, 'charters'));
    writeFileSync(join(dir, 'charters/csm.yaml'), text);
    return dir;
  },
};

interface Command {
  line: string;
  args: string[];
  exit: number;
  expected: string[];
}
interface Sample {
  setup: string;
  /** Line of the marker in README.md (1-based), to name the sample. */
  at: number;
  commands: Command[];
}

/** The words of a command line as `sh` would split it: '…' and "…" quoting, nothing else. */
function shellWords(line: string): string[] {
  if (/[`$|&;<>*?\\]/.test(line)) throw new Error(`README sample: only plain words and quotes are supported: ${line}`);
  const words: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    if (m.index! > 0 && line[m.index! - 1] !== ' ') throw new Error(`README sample: a quote inside a word: ${line}`);
    words.push(m[1] ?? m[2] ?? m[3]!);
  }
  return words;
}

/** The marked ```console blocks of the README, in order. */
function samples(): Sample[] {
  const out: Sample[] = [];
  for (const m of README.matchAll(/<!-- sample: ([\w-]+)(?:; exit (\d+))?[^>]*-->\n```console\n([\s\S]*?)```/g)) {
    const [, setup, exit, body] = m as unknown as [string, string, string | undefined, string];
    const at = README.slice(0, m.index).split('\n').length;
    const commands: Command[] = [];
    for (const line of body.replace(/\n$/, '').split('\n')) {
      const cmd = /^\$ (?:npx )?charter (.*)$/.exec(line);
      if (cmd) commands.push({ line, args: shellWords(cmd[1]!), exit: Number(exit ?? 0), expected: [] });
      else if (line.startsWith('$')) throw new Error(`README line ${at}: a sample command that is not charter's: ${line}`);
      else if (commands.length === 0) throw new Error(`README line ${at}: the sample does not start with a '$ charter' line`);
      else commands.at(-1)!.expected.push(line);
    }
    out.push({ setup, at, commands });
  }
  return out;
}

/** One line of a sample as a pattern for one line of output (the shortenings above). */
function linePattern(sample: string): RegExp {
  let source = '';
  let last = 0;
  for (const m of sample.matchAll(/\(\.\.\.\)|([0-9a-f]{8,})…/g)) {
    source += escape(sample.slice(last, m.index));
    source += m[1] === undefined ? '.+' : `${m[1]}[0-9a-f]*…?`;
    last = m.index! + m[0].length;
  }
  return new RegExp(`^${source}${escape(sample.slice(last))}$`);
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the output lines are the sample's, with its shortenings (a `...` line: one or more lines). */
function matchesSample(expected: string[], actual: string[]): boolean {
  const want = expected.map((l) => l.trimEnd());
  const got = actual.map((l) => l.trimEnd());
  const patterns = want.map((l) => (l.trim() === '...' ? null : linePattern(l)));
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    if (i === want.length) return j === got.length;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const p = patterns[i];
    let ok = false;
    if (p === null) for (let k = j + 1; k <= got.length && !ok; k++) ok = match(i + 1, k);
    else ok = j < got.length && p!.test(got[j]!) && match(i + 1, j + 1);
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0);
}

function outputLines(r: CliResult): string[] {
  const text = `${r.stdout}${r.stderr}`;
  return text.replace(/\n$/, '').split('\n');
}

describe('the sample matcher', () => {
  const out = ['charters/csm.yaml: version 3.0, content sha256:155f8542fb7b75a08d167df46a69b2673d97243995716d03372ee3d5ad975554', '  9:13    error    placeholder left in meta.company: replace it  placeholder-text', '  17:18   warning  review overdue  review-overdue', '✖ 43 problems (17 errors, 17 warnings, 9 infos) in 1 charter'];

  it('takes the output as is, and its shortenings', () => {
    expect(matchesSample(out, out)).toBe(true);
    expect(matchesSample(['charters/csm.yaml: version 3.0, content sha256:155f8542fb7b…', '...', '✖ 43 problems (17 errors, 17 warnings, 9 infos) in 1 charter'], out)).toBe(true);
    expect(matchesSample([out[0]!, '  9:13    error    placeholder left in meta.company: (...)  placeholder-text', '  ...'], out)).toBe(true);
    expect(matchesSample(['sha256:155f8542fb7b…'], ['sha256:155f8542fb7b…'])).toBe(true); // printed short
  });

  it('fails on any shown part that is wrong, and on lines missing or left over', () => {
    expect(matchesSample(['...', '✖ 42 problems (17 errors, 17 warnings, 9 infos) in 1 charter'], out)).toBe(false);
    expect(matchesSample([out[0]!, '  9:14    error    placeholder left in meta.company: (...)  placeholder-text', '...'], out)).toBe(false);
    expect(matchesSample([out[0]!, '  9:13    error    placeholder left in meta.company: (...)  other-rule', '...'], out)).toBe(false);
    expect(matchesSample(['charters/csm.yaml: version 3.0, content sha256:9c0e…', '...'], out)).toBe(false);
    expect(matchesSample([out[0]!, out[1]!, out[3]!], out)).toBe(false); // a line left out without '...'
    expect(matchesSample(out.slice(0, 3), out)).toBe(false); // output left over
    expect(matchesSample([...out, '...'], out)).toBe(false); // '...' stands for at least one line
    expect(matchesSample(['(...)'], [''])).toBe(false); // '(...)' stands for some text
  });

  it('splits command lines as sh does, and refuses what it cannot run', () => {
    expect(shellWords(`sign charters/csm.yaml --name "Dana Whitfield" --summary 'a: b'`)).toEqual(['sign', 'charters/csm.yaml', '--name', 'Dana Whitfield', '--summary', 'a: b']);
    expect(() => shellWords('sign --verify examples/*.yaml')).toThrow(/plain words/);
    expect(() => shellWords('lint > out.txt')).toThrow(/plain words/);
  });
});

describe("the README's sample outputs, run", () => {
  const all = samples();
  const folders = new Map<string, string>();

  it('marks every console block of the README, with a known setup', () => {
    expect(README.match(/^```console$/gm)?.length).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const s of all) expect(Object.keys(SETUPS), `README line ${s.at}`).toContain(s.setup);
  });

  for (const sample of all) {
    it(`README line ${sample.at} (${sample.setup}): ${sample.commands.map((c) => c.line.slice(2)).join('; ')}`, () => {
      if (!folders.has(sample.setup)) folders.set(sample.setup, SETUPS[sample.setup]!());
      const cwd = folders.get(sample.setup)!;
      for (const c of sample.commands) {
        const r = runCli(c.args, { cwd });
        const actual = outputLines(r);
        if (!matchesSample(c.expected, actual)) {
          // Not the sample: show both, side by side in the diff.
          expect(actual.join('\n'), `README line ${sample.at}: ${c.line}`).toBe(c.expected.join('\n'));
          throw new Error(`README line ${sample.at}: ${c.line}: the output is not the sample`);
        }
        expect(r.code, `README line ${sample.at}: ${c.line}\n${r.stdout}${r.stderr}`).toBe(c.exit);
      }
    });
  }

  // After the console samples: the files they wrote.
  for (const m of README.matchAll(/<!-- sample-file: ([\w-]+) (\S+) -->\n```json\n([\s\S]*?)```/g)) {
    const [, setup, path, body] = m as unknown as [string, string, string, string];
    const at = README.slice(0, m.index).split('\n').length;
    it(`README line ${at} (${setup}): the file ${path} the samples above wrote`, () => {
      const cwd = folders.get(setup);
      expect(cwd, `README line ${at}: no console sample ran in setup '${setup}' before this one`).toBeDefined();
      const actual = JSON.parse(readFileSync(join(cwd!, path), 'utf8')) as unknown;
      expectShown(JSON.parse(body) as unknown, actual, path);
    });
  }
});

/** That `actual` has what the sample shows: equal scalars, the same keys, a list's items among its items. */
function expectShown(sample: unknown, actual: unknown, where: string): void {
  if (Array.isArray(sample)) {
    expect(Array.isArray(actual), where).toBe(true);
    expect(sample.length, `${where}: the sample shows some items`).toBeGreaterThan(0);
    for (const item of sample) expect(actual as unknown[], where).toContainEqual(item);
  } else if (sample !== null && typeof sample === 'object') {
    expect(actual, where).toBeTypeOf('object');
    expect(Object.keys(actual as object), where).toEqual(Object.keys(sample));
    for (const [k, v] of Object.entries(sample)) expectShown(v, (actual as Record<string, unknown>)[k], `${where}.${k}`);
  } else {
    expect(actual, where).toEqual(sample);
  }
}

describe("the README's JSON format sample, run", () => {
  const m = /<!-- sample-json: ([\w-]+) \$ (?:npx )?charter ([^>]*?) -->\n```json\n([\s\S]*?)```/.exec(README);
  let actual: { files: { findings: unknown[] }[] } & Record<string, unknown>;
  let code: number | null;

  beforeAll(() => {
    expect(m, 'the README marks its JSON sample').not.toBeNull();
    const r = runCli(shellWords(m![2]!), { cwd: SETUPS[m![1]!]!() });
    code = r.code;
    actual = JSON.parse(r.stdout);
  });

  it('has the keys and values the sample shows, and each finding shown is one of the report', () => {
    const sample = JSON.parse(m![3]!) as { files: { findings: unknown[] }[] } & Record<string, unknown>;
    expect(code).toBe(1);
    expect(Object.keys(actual)).toEqual(Object.keys(sample));
    for (const key of Object.keys(sample)) if (key !== 'files') expect(actual[key], key).toEqual(sample[key]);
    expect(actual.files).toHaveLength(sample.files.length);
    sample.files.forEach((file, i) => {
      const { findings, ...rest } = file;
      expect(actual.files[i]).toMatchObject(rest);
      for (const f of findings) expect(actual.files[i]!.findings).toContainEqual(f);
    });
  });
});

describe("docs/diff.md's JSON sample, run", () => {
  const doc = readFileSync(join(ROOT, 'docs/diff.md'), 'utf8');
  const m = /<!-- sample-json: ([\w-]+); exit (\d+) \$ charter ([^>]*?) -->\n```json\n([\s\S]*?)```/.exec(doc);

  it('is the whole report the command prints, with its exit code', () => {
    expect(m, 'docs/diff.md marks its JSON sample').not.toBeNull();
    const [, setup, exit, command, body] = m!;
    const r = runCli(shellWords(command!), { cwd: SETUPS[setup!]!() });
    expect(r.code).toBe(Number(exit));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(body!));
  });
});
