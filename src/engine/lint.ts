import type { Finding, FileResult, PathSegment, Severity } from '../model/types.js';
import type { LoadedCharter } from '../model/document.js';
import { locate, pathAt } from '../model/locate.js';
import type { AnyRule, MessageData, ReportDescriptor } from '../rules/types.js';

/** Options of a lint run. */
export interface LintOptions {
  /** Reference date for date rules (`YYYY-MM-DD`); defaults to today in UTC. */
  asOf?: string;
  /** The rules to run (the public API passes every built-in rule). */
  rules: readonly AnyRule[];
  /** Severity overrides per rule id; `off` disables a rule. */
  severities?: Record<string, Severity | 'off'>;
  /** Option overrides per rule id, merged over the rule's defaults. */
  ruleOptions?: Record<string, Record<string, unknown>>;
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Fills `{{name}}` placeholders; an unknown placeholder is a bug in the rule. */
export function formatMessage(template: string, data: MessageData | undefined, ruleId: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = data?.[name];
    if (v === undefined) throw new Error(`rule ${ruleId}: message placeholder '${name}' has no value`);
    return String(v);
  });
}

function lineOffset(text: string, line: number): number {
  let off = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return off;
}

/** Runs every single-charter rule on one parsed charter. Findings are sorted and de-duplicated. */
export function lintCharter(loaded: LoadedCharter, options: LintOptions): Finding[] {
  if (loaded.fatal.length > 0) return sortFindings(loaded.fatal);
  const asOf = options.asOf ?? todayUtc();
  const doc = loaded.doc!;
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    const configured = options.severities?.[rule.id];
    if (configured === 'off') continue;
    const severity: Severity = configured ?? rule.meta.severity;
    const ruleOpts = { ...(rule.meta.defaultOptions as object), ...(options.ruleOptions?.[rule.id] ?? {}) };
    const report = (d: ReportDescriptor): void => {
      const template = rule.meta.messages[d.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
      const message = formatMessage(template, d.data, rule.id);
      let path: PathSegment[];
      let range;
      if (d.loc) {
        const start = lineOffset(loaded.text, d.loc.line) + d.loc.column - 1;
        path = pathAt(doc, start);
        range = {
          start: { line: d.loc.line, column: d.loc.column },
          end: { line: d.loc.line, column: d.loc.column + d.loc.length },
        };
      } else {
        path = d.path ?? [];
        range = locate(doc, loaded.text, loaded.lineCounter, path, d.at);
      }
      findings.push({ ruleId: rule.id, messageId: d.messageId, message, severity, path, range, file: loaded.file });
    };
    rule.check({ data: loaded.data, options: ruleOpts, asOf, text: loaded.text, report });
  }
  return sortFindings(findings);
}

/** Runs the rules on each charter; one result per charter, in the order given. */
export function lint(charters: readonly LoadedCharter[], options: LintOptions): FileResult[] {
  return charters.map((c) => ({ file: c.file, findings: lintCharter(c, options) }));
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Sorts by file, line, column, rule and message, and drops exact duplicates. */
export function sortFindings(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort(compareFindings);
  return sorted.filter(
    (f, i) =>
      i === 0 ||
      compareFindings(f, sorted[i - 1]!) !== 0 ||
      f.range.end.line !== sorted[i - 1]!.range.end.line ||
      f.range.end.column !== sorted[i - 1]!.range.end.column,
  );
}
