/** The terminal (stylish) and JSON formats of `charter diff`; Markdown is in diff/markdown.ts. */
import { Chalk } from 'chalk';
import { describeChange, fileTitle, summaryText } from './describe.js';
import type { DiffReport } from './report.js';

/** The JSON format: the report as is (docs/diff.md), two-space indented. */
export function diffJson(report: DiffReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** For the terminal: per file, one line per change, then the stale signatures and the findings. */
export function diffStylish(report: DiffReport, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const quote = (s: string) => `'${s}'`;
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(c.underline(fileTitle(f, (s) => s)));
    if (f.changes.length === 0 && f.status !== 'added' && f.status !== 'deleted') lines.push(c.dim('  no change in what the charter commits to'));
    for (const ch of f.changes) {
      const text = `  ${MARK[ch.kind]} ${describeChange(ch, quote)}`;
      const bad = ch.tags.some((t) => t === 'target-lowered' || t === 'baseline-lowered' || t === 'dangling-reference');
      const note = ch.tags.includes('ownership-moved');
      lines.push(bad ? c.red(text) : note ? c.yellow(text) : ch.kind === 'added' ? c.green(text) : text);
    }
    if (f.signaturesStale.length > 0) {
      const names = f.signaturesStale.map((s) => (s.title ? `${s.name} (${s.title})` : s.name)).join(', ');
      lines.push(c.yellow(`  ! ${f.signaturesStale.length} signature${f.signaturesStale.length === 1 ? '' : 's'} made stale by this change: ${names}`));
    }
    // Line numbers padded to the widest of the file, so the severities and messages line up.
    const width = Math.max(0, ...[...f.findings.introduced, ...f.findings.fixed].map((x) => String(x.line).length));
    for (const x of f.findings.introduced) lines.push(`  ${c.red('+')} ${String(x.line).padEnd(width)}  ${x.severity.padEnd(7)}  ${x.message}  ${c.dim(x.ruleId)}  ${c.dim('(introduced)')}`);
    for (const x of f.findings.fixed) lines.push(`  ${c.green('-')} ${String(x.line).padEnd(width)}  ${x.severity.padEnd(7)}  ${x.message}  ${c.dim(x.ruleId)}  ${c.dim('(fixed)')}`);
    lines.push('');
  }
  const text = summaryText(report.summary);
  lines.push(report.failed.length > 0 ? c.red.bold(`✖ ${text}; fails on ${report.failed.join(', ')}`) : c.bold(text));
  return lines.join('\n') + '\n';
}
