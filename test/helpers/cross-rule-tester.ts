import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCharter } from '../../src/model/document.js';
import { lint } from '../../src/lint.js';
import { toPointer } from '../../src/model/pointer.js';
import type { AnyCrossRule } from '../../src/rules/support/types.js';
import type { Finding } from '../../src/model/types.js';
import { AS_OF, type Data } from './base-charter.js';

/** A cross-charter case: several charters by file name (YAML text, or data written out as YAML). */
export interface CrossValidCase {
  name: string;
  charters: Record<string, string | Data>;
  strictRefs?: boolean;
}

export interface CrossExpectedError {
  file: string;
  messageId: string;
  /** JSON Pointer of the reported path. */
  path?: string;
  line?: number;
  /** A substring the message must contain. */
  message?: string;
  severity?: string;
}

export interface CrossInvalidCase extends CrossValidCase {
  errors: CrossExpectedError[];
}

function toText(code: string | Data): string {
  return typeof code === 'string' ? code : stringify(code, { lineWidth: 0 });
}

/** Lints the charters of a case together with only `rule` active; findings by file, then position. */
export function runCrossRule(rule: AnyCrossRule, c: CrossValidCase): Finding[] {
  const loaded = Object.entries(c.charters).map(([file, code]) => parseCharter(toText(code), file));
  for (const l of loaded) expect(l.fatal, `${l.file} must be valid YAML`).toEqual([]);
  return lint(loaded, { rules: [], crossRules: [rule], asOf: AS_OF, strictRefs: c.strictRefs })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((r) => r.findings);
}

/** The cross-charter counterpart of `ruleTester`: the same strictness, with a file per finding. */
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
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runCrossRule(rule, c);
        expect(findings.map((f) => `${f.file} ${f.messageId} ${toPointer(f.path)}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one expected finding').toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        const findings = runCrossRule(rule, c);
        const actual = findings.map((f, i) => {
          const e = c.errors[i];
          return {
            file: f.file,
            messageId: f.messageId,
            ...(e?.path !== undefined ? { path: toPointer(f.path) } : {}),
            ...(e?.line !== undefined ? { line: f.range.start.line } : {}),
            ...(e?.severity !== undefined ? { severity: f.severity } : {}),
            ...(e?.message !== undefined ? { message: f.message.includes(e.message) ? e.message : f.message } : {}),
          };
        });
        expect(actual).toEqual(c.errors);
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.range.start.line).toBeGreaterThanOrEqual(1);
        }
      });
    }
  });
}
