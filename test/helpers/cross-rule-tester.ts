import { describe, expect, it } from 'vitest';
import { lintInputsSync, type Reader } from '../../src/engine/run.js';
import { defaultConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load.js';
import { toPointer } from '../../src/model/pointer.js';
import type { AnyCrossRule } from '../../src/rules/support/types.js';
import type { Finding } from '../../src/model/types.js';
import { AS_OF, type Data } from './base-charter.js';
import { FULL, checkReaders, readersOf, record, toText } from './rule-tester.js';

/** A cross-charter case: several charters by file name (YAML text, or data written out as YAML). */
export interface CrossValidCase {
  name: string;
  charters: Record<string, string | Data>;
  strictRefs?: boolean;
  /** Why the fast reader declines one of the texts: the case then runs on the full parse only. */
  fullOnly?: string;
}

/** One expected finding, exactly: its file, the message as printed and where it starts. */
export interface CrossExpectedError {
  file: string;
  messageId: string;
  line: number;
  column: number;
  message: string;
  /** JSON Pointer of the reported path (optional: line and column already pin the place). */
  path?: string;
  /** Checked when given (references to charters that are not loaded are `info`). */
  severity?: string;
}

export interface CrossInvalidCase extends CrossValidCase {
  errors: CrossExpectedError[];
}

/**
 * Lints the charters of a case together through the engine (engine/run.ts) with only `rule`
 * active and the reader forced; findings by file, then position.
 */
export function runCrossRule(rule: AnyCrossRule, c: CrossValidCase, reader: Reader = 'auto'): Finding[] {
  const inputs = Object.entries(c.charters).map(([file, code]) => ({ file, text: toText(code), explicit: true }));
  const config = defaultConfig(process.cwd());
  const result = lintInputsSync(inputs, { config, rules: [], crossRules: [rule], asOf: AS_OF, strictRefs: c.strictRefs, reader }, FULL, loadConfig);
  for (const f of result.files) expect(f.parsed, `${f.file} must be valid YAML`).toBe(true);
  return [...result.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)).flatMap((f) => f.findings);
}

/** The cross-charter counterpart of `ruleTester`: the same strictness and both readers, with a file per finding. */
export function crossRuleTester(rule: AnyCrossRule, cases: { valid: CrossValidCase[]; invalid: CrossInvalidCase[] }): void {
  describe(rule.id, () => {
    it('has valid and invalid cases with unique names and bodies', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const all = [...cases.valid, ...cases.invalid];
      expect(new Set(all.map((c) => c.name)).size, 'duplicate case names').toBe(all.length);
      const bodies = all.map((c) => JSON.stringify(Object.entries(c.charters).map(([f, v]) => [f, toText(v)])) + String(c.strictRefs));
      expect(new Set(bodies).size, 'duplicate case bodies').toBe(all.length);
    });
    const texts = (c: CrossValidCase) => Object.values(c.charters).map(toText);
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        checkReaders(c, texts(c));
        for (const reader of readersOf(c)) {
          const findings = runCrossRule(rule, c, reader);
          expect(findings.map((f) => `${f.file} ${f.messageId} ${toPointer(f.path)}: ${f.message}`), `reader '${reader}'`).toEqual([]);
        }
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one expected finding').toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        checkReaders(c, texts(c));
        const runs = readersOf(c).map((reader) => ({ reader, findings: runCrossRule(rule, c, reader) }));
        for (const { reader, findings } of runs) {
          record({ rule: rule.id, name: c.name, reader, findings: findings.map((f) => ({ file: f.file, messageId: f.messageId, line: f.range.start.line, column: f.range.start.column, message: f.message, path: toPointer(f.path), severity: f.severity })) });
        }
        for (const { reader, findings } of runs) {
          const actual = findings.map((f, i) => {
            const e = c.errors[i];
            return {
              file: f.file,
              messageId: f.messageId,
              line: f.range.start.line,
              column: f.range.start.column,
              message: f.message,
              ...(e?.path !== undefined ? { path: toPointer(f.path) } : {}),
              ...(e?.severity !== undefined ? { severity: f.severity } : {}),
            };
          });
          expect(actual, `reader '${reader}'`).toEqual(c.errors);
          for (const f of findings) expect(f.ruleId).toBe(rule.id);
        }
      });
    }
  });
}
