/**
 * The Markdown format of `charter diff`: a pull-request comment or a job summary. Every user
 * string is escaped (render/escape.ts) and the result tidied (render/markdown.ts) so that it
 * passes markdownlint's default rules.
 */
import { escapeMarkdown } from '../render/escape.js';
import { tidyMarkdown } from '../render/markdown.js';
import { describeChange, fileTitle, summaryText } from './describe.js';
import type { DiffReport } from './report.js';

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

/** Options of {@link diffMarkdown}. */
export interface DiffMarkdownOptions {
  /** Level of the top heading (default 1; the GitHub Action's job summary nests it at 2). */
  level?: number;
}

/** The report as Markdown. */
export function diffMarkdown(report: DiffReport, options: DiffMarkdownOptions = {}): string {
  const level = options.level ?? 1;
  const h = (n: number) => '#'.repeat(level + n);
  const quote = (s: string) => `'${escapeMarkdown(s)}'`;
  const out: string[] = [
    // Long table rows and headings cannot wrap; prose is wrapped at 80 columns.
    '<!-- markdownlint-configure-file {"MD013":{"tables":false,"headings":false}} -->',
    '',
    `${h(0)} Charter changes`, '', `${summaryText(report.summary)}.`, ''];
  if (report.failed.length > 0) out.push(`**Fails on:** ${report.failed.join(', ')}.`, '');
  for (const f of report.files) {
    out.push(`${h(1)} ${fileTitle(f, escapeMarkdown)}`, '');
    if (f.changes.length > 0) {
      for (const c of f.changes) out.push(`- ${describeChange(c, quote)}`);
      out.push('');
    } else if (f.status === 'modified' || f.status === 'renamed') {
      out.push('No change in what the charter commits to.', '');
    }
    if (f.signaturesStale.length > 0) {
      const names = f.signaturesStale.map((s) => escapeMarkdown(s.title ? `${s.name} (${s.title})` : s.name)).join(', ');
      out.push(`**${f.signaturesStale.length} signature${f.signaturesStale.length === 1 ? '' : 's'} made stale by this change:** ${names}`, '');
    }
    const findings = [
      ...f.findings.introduced.map((x) => ({ x, what: 'introduced' })),
      ...f.findings.fixed.map((x) => ({ x, what: 'fixed' })),
    ];
    if (findings.length > 0) {
      out.push(`**Findings:** ${f.findings.introduced.length} introduced, ${f.findings.fixed.length} fixed`, '');
      out.push(row(['Finding', 'Line', 'Severity', 'Rule', 'Message']), row(['---', '---', '---', '---', '---']));
      for (const { x, what } of findings) out.push(row([what, String(x.line), x.severity, `\`${x.ruleId}\``, escapeMarkdown(x.message)]));
      out.push('');
    }
  }
  return tidyMarkdown(out.join('\n'));
}
