/*
 * Placing findings in a file: the parts of the lint engine that need the `yaml` parse (node
 * positions). `charter lint` loads this module only when a file has findings to place.
 */
import type { Finding, PathSegment, Severity } from '../model/types.js';
import type { LoadedCharter } from '../model/document.js';
import { locate, pathAt } from '../model/locate.js';
import { formatMessage, runRules, sortFindings, withWhere, type LintOptions, type PendingFinding, type Reported } from './run-rules.js';

/** The offset where 1-based `line` starts (the end of the text past the last line). */
function lineOffset(loaded: LoadedCharter, line: number): number {
  return loaded.lineCounter.lineStarts[line - 1] ?? loaded.text.length;
}

/** Runs every single-charter rule on one parsed charter. Findings are sorted and de-duplicated. */
export function lintCharter(loaded: LoadedCharter, options: LintOptions): Finding[] {
  if (loaded.fatal.length > 0) return sortFindings(loaded.fatal);
  const reported: Reported[] = [];
  runRules(loaded.data, loaded.text, options, (r) => {
    reported.push(r);
  });
  return placeReported(loaded, reported);
}

/** Places the findings rules reported (on this charter's data) in the parsed file; sorted and de-duplicated. */
export function placeReported(loaded: LoadedCharter, reported: readonly Reported[]): Finding[] {
  const doc = loaded.doc!;
  const findings: Finding[] = [];
  for (const { ruleId, severity, message, descriptor: d, template } of reported) {
    let path: PathSegment[];
    let range;
    if (d.loc) {
      const start = lineOffset(loaded, d.loc.line) + d.loc.column - 1;
      path = pathAt(doc, start);
      range = {
        start: { line: d.loc.line, column: d.loc.column },
        end: { line: d.loc.line, column: d.loc.column + d.loc.length },
      };
    } else {
      path = d.path ?? [];
      range = locate(doc, loaded.text, loaded.lineCounter, path, d.at);
    }
    // A raw-text finding names its field only now that it has a path.
    const text = template === undefined ? message : formatMessage(template, withWhere(template, d.data, loaded.data, path), ruleId);
    findings.push({ ruleId, messageId: d.messageId, message: text, severity, path, range, file: loaded.file });
  }
  return sortFindings(findings);
}

/**
 * Locates the pending cross-charter findings of one parsed charter. `severities` (the file's own
 * configuration) may turn a rule off or re-level it for this file.
 */
export function placeFindings(
  loaded: LoadedCharter,
  pending: readonly PendingFinding[],
  severities?: Record<string, Severity | 'off'>,
): Finding[] {
  const doc = loaded.doc;
  const out: Finding[] = [];
  for (const p of pending) {
    if (p.file !== loaded.file) continue;
    const configured = severities?.[p.ruleId];
    if (configured === 'off') continue;
    const severity = p.unresolved || configured === undefined ? p.severity : configured;
    const range = doc
      ? locate(doc, loaded.text, loaded.lineCounter, p.path, p.at)
      : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    out.push({ ruleId: p.ruleId, messageId: p.messageId, message: p.message, severity, path: p.path, range, file: p.file });
  }
  return out;
}
