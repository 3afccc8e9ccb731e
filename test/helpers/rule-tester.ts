import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCharter } from '../../src/model/document.js';
import { lintCharter } from '../../src/engine/place.js';
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
}

export interface ExpectedError {
  messageId: string;
  /** JSON Pointer of the reported path. */
  path?: string;
  line?: number;
  column?: number;
  /** A substring the message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

function toText(code: string | Data): string {
  return typeof code === 'string' ? code : stringify(code, { lineWidth: 0 });
}

/** Lints `code` with only `rule` active. */
export function runRule(rule: AnyRule, c: ValidCase): Finding[] {
  const loaded = parseCharter(toText(c.code), 'test.yaml');
  expect(loaded.fatal, 'the case must be valid YAML').toEqual([]);
  return lintCharter(loaded, {
    rules: [rule],
    asOf: c.asOf ?? AS_OF,
    ruleOptions: c.options ? { [rule.id]: c.options } : undefined,
  });
}

/**
 * ESLint-style RuleTester: valid cases must report nothing; invalid cases must report exactly
 * the listed findings (same order as sorted findings); messageIds must exist; names are unique.
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
        const findings = runRule(rule, c);
        expect(findings.map((f) => `${f.messageId} ${toPointer(f.path)}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expect(c.errors.length, 'an invalid case lists at least one expected finding').toBeGreaterThan(0);
        for (const e of c.errors) expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
        const findings = runRule(rule, c);
        const actual = findings.map((f, i) => {
          const e = c.errors[i];
          return {
            messageId: f.messageId,
            ...(e?.path !== undefined ? { path: toPointer(f.path) } : {}),
            ...(e?.line !== undefined ? { line: f.range.start.line } : {}),
            ...(e?.column !== undefined ? { column: f.range.start.column } : {}),
            ...(e?.message !== undefined && f.message.includes(e.message) ? { message: e.message } : e?.message !== undefined ? { message: f.message } : {}),
          };
        });
        expect(actual).toEqual(c.errors);
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.range.start.line).toBeGreaterThanOrEqual(1);
          expect(f.range.start.column).toBeGreaterThanOrEqual(1);
        }
      });
    }
  });
}
