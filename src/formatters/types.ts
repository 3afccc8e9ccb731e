import type { FileResult } from '../model/types.js';
import type { RuleInfo } from '../rules/support/info.js';

/** What a formatter may know besides the findings. */
export interface FormatContext {
  /** The reference date of the run. */
  asOf: string;
  /** Whether to use ANSI colours (decided by the CLI: a TTY and no NO_COLOR). */
  color: boolean;
  /** The rules that ran (SARIF's rule table, JUnit's test cases); formatters fall back to the rule ids found. */
  rules?: readonly RuleInfo[];
  /** charter's version, for tool metadata (SARIF). */
  version?: string;
  /** With a baseline (`lint --baseline`): how many findings it accepted, left out of the results. */
  accepted?: number;
}

/** Totals of a run. */
export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** A pure function from results to text. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

/** Counts findings by severity. */
export function summarize(results: readonly FileResult[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  return s;
}
