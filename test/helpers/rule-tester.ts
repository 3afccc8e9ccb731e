import { describe, expect, it } from 'vitest';
import { appendFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseCharter } from '../../src/model/document.js';
import { lintCharter, placeFindings, placeReported } from '../../src/engine/place.js';
import { lintInputsSync, type Reader } from '../../src/engine/run.js';
import { defaultConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load.js';
import { fastData } from '../../src/model/fast.js';
import { toPointer } from '../../src/model/pointer.js';
import type { AnyRule } from '../../src/rules/support/types.js';
import type { Finding } from '../../src/model/types.js';
import { AS_OF, type Data } from './base-charter.js';

/** A case: YAML text, or data that is written out as YAML. */
export interface ValidCase {
  name: string;
  code: string | Data;
  options?: Record<string, unknown>;
  asOf?: string;
  /**
   * Why the fast reader declines this text (anchors, tags, ...): the case then runs on the full
   * parse only, and the tester checks that the fast reader does decline it.
   */
  fullOnly?: string;
}

/** One expected finding, exactly: the message as printed and where it starts. */
export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  message: string;
  /** JSON Pointer of the reported path (optional: line and column already pin the place). */
  path?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export function toText(code: string | Data): string {
  return typeof code === 'string' ? code : stringify(code, { lineWidth: 0 });
}

/** The full parse, imported statically, for the engine's synchronous driver. */
export const FULL = { parseCharter, lintCharter, placeReported, placeFindings };

/** The readers a case runs through: both, or the full parse only for a text the fast reader declines. */
export function readersOf(c: { fullOnly?: string }): Reader[] {
  return c.fullOnly !== undefined ? ['full'] : ['fast', 'full'];
}

/**
 * Lints `code` through the engine (engine/run.ts, as `charter lint` does) with only `rule` active
 * and the given reader forced: `fast` (js-yaml data, the CLI's path for clean files) or `full`.
 */
export function runRule(rule: AnyRule, c: ValidCase, reader: Reader = 'auto'): Finding[] {
  const text = toText(c.code);
  const config = defaultConfig(process.cwd());
  config.rules[rule.id] = { severity: rule.meta.severity, options: c.options ?? {} };
  const result = lintInputsSync([{ file: 'test.yaml', text, explicit: true }], { config, rules: [rule], crossRules: [], asOf: c.asOf ?? AS_OF, reader }, FULL, loadConfig);
  const file = result.files[0]!;
  expect(file.parsed, 'the case must be valid YAML').toBe(true);
  return file.findings;
}

/** Checks a case's reader choice: without `fullOnly` the fast reader must read it, with it the fast reader must decline it. */
export function checkReaders(c: { fullOnly?: string }, texts: string[]): void {
  for (const text of texts) {
    if (c.fullOnly !== undefined) expect(fastData(text), `the fast reader reads this text: remove fullOnly ('${c.fullOnly}')`).toBeUndefined();
    else expect(fastData(text), 'the fast reader declines this text: set fullOnly to say why').toBeDefined();
  }
}

/** With RULE_TESTER_RECORD=<file>, every invalid case's actual findings are appended there (JSON lines) to write expectations from. */
export function record(entry: object): void {
  const file = process.env['RULE_TESTER_RECORD'];
  if (file) appendFileSync(file, JSON.stringify(entry) + '\n');
}

/**
 * ESLint-style RuleTester: valid cases must report nothing; invalid cases must report exactly the
 * listed findings (message, line and column, in sorted order), through both readers; messageIds
 * must exist; names and bodies are unique.
 */
export function ruleTester(rule: AnyRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has valid and invalid cases with unique names', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      expect(new Set(names).size, 'duplicate case names').toBe(names.length);
      const texts = [...cases.valid, ...cases.invalid].map((c) => toText(c.code) + JSON.stringify(c.options ?? {}) + (c.asOf ?? ''));
      expect(new Set(texts).size, 'duplicate case bodies').toBe(texts.length);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        checkReaders(c, [toText(c.code)]);
        for (const reader of readersOf(c)) {
          const findings = runRule(rule, c, reader);
          expect(findings.map((f) => `${f.messageId} ${toPointer(f.path)}: ${f.message}`), `reader '${reader}'`).toEqual([]);
        }
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one expected finding').toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        checkReaders(c, [toText(c.code)]);
        const runs = readersOf(c).map((reader) => ({ reader, findings: runRule(rule, c, reader) }));
        for (const { reader, findings } of runs) {
          record({ rule: rule.id, name: c.name, reader, findings: findings.map((f) => ({ messageId: f.messageId, line: f.range.start.line, column: f.range.start.column, message: f.message, path: toPointer(f.path) })) });
        }
        for (const { reader, findings } of runs) {
          const actual = findings.map((f, i) => ({
            messageId: f.messageId,
            line: f.range.start.line,
            column: f.range.start.column,
            message: f.message,
            ...(c.errors[i]?.path !== undefined ? { path: toPointer(f.path) } : {}),
          }));
          expect(actual, `reader '${reader}'`).toEqual(c.errors);
          for (const f of findings) expect(f.ruleId).toBe(rule.id);
        }
      });
    }
  });
}
