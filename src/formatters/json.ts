import { toPointer } from '../model/pointer.js';
import { docsUrl } from '../rules/support/docs.js';
import { summarize, type Formatter } from './types.js';

/** Machine-readable output; its shape is documented in the README and versioned by `version`. */
const json: Formatter = (results, { asOf }) => {
  const out = {
    version: 1,
    asOf,
    files: results.map((r) => ({
      file: r.file,
      findings: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        path: toPointer(f.path),
        line: f.range.start.line,
        column: f.range.start.column,
        endLine: f.range.end.line,
        endColumn: f.range.end.column,
        docs: docsUrl(f.ruleId),
      })),
    })),
    summary: summarize(results),
  };
  return JSON.stringify(out, null, 2) + '\n';
};

export default json;
