/**
 * The job summary of the GitHub Action: the findings table and the semantic diff, in Markdown that
 * passes markdownlint, kept under GitHub's 1 MiB cap per step summary (rows past the cap are
 * counted, not dropped silently).
 */
import { escapeMarkdown } from '../render/escape.js';
import { tidyMarkdown } from '../render/markdown.js';
import { diffMarkdown } from '../diff/markdown.js';
import type { DiffReport } from '../diff/report.js';
import { summarize } from '../formatters/types.js';
import type { FileResult, Severity } from '../model/types.js';

/** What the annotations left out, per type, because of GitHub's limits. */
export type Omitted = Record<Severity, number>;

/** GitHub refuses a step summary over 1 MiB; stay well below it. */
export const SUMMARY_BUDGET = 900 * 1024;

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The findings a baseline accepted: how many, and the baseline's path as the input gave it. */
export interface Accepted {
  count: number;
  file: string;
}

/** The summary's Markdown. */
export function actionSummary(results: readonly FileResult[], report: DiffReport | undefined, omitted: Omitted, accepted?: Accepted, budget = SUMMARY_BUDGET): string {
  const s = summarize(results);
  const head: string[] = [
    '<!-- markdownlint-configure-file {"MD013":{"tables":false,"headings":false}} -->',
    '',
    '# Charter lint',
    '',
    `${s.files} charter${s.files === 1 ? '' : 's'} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos.`,
    '',
  ];
  if (accepted !== undefined) {
    head.push(
      `${accepted.count} more finding${accepted.count === 1 ? ' is' : 's are'} accepted in the baseline ${escapeMarkdown(accepted.file)}: not annotated, not listed and not failing the step.`,
      '',
    );
  }
  const hidden = omitted.error + omitted.warning + omitted.info;
  if (hidden > 0) {
    head.push(
      `${hidden} finding${hidden === 1 ? ' is' : 's are'} not annotated on the files (${omitted.error} errors, ${omitted.warning} warnings, ${omitted.info} infos): GitHub shows 10 annotations of each kind per step. All are in the table below.`,
      '',
    );
  }
  const diff = report ? diffMarkdown(report, { level: 2 }).replace(/^<!--[^\n]*-->\n\n/, '') : '';
  let used = Buffer.byteLength(head.join('\n')) + Buffer.byteLength(diff) + 512;
  const rows: string[] = [];
  const all = results.flatMap((r) => r.findings);
  let cut = 0;
  for (const f of all) {
    const line = row([escapeMarkdown(f.file), String(f.range.start.line), f.severity, `\`${f.ruleId}\``, escapeMarkdown(f.message)]);
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) {
      cut = all.length - rows.length;
      break;
    }
    used += size;
    rows.push(line);
  }
  const out = [...head];
  if (rows.length > 0) {
    out.push('## Findings', '', row(['File', 'Line', 'Severity', 'Rule', 'Message']), row(['---', '---', '---', '---', '---']), ...rows, '');
    if (cut > 0) out.push(`${cut} more finding${cut === 1 ? '' : 's'} not listed (the summary is limited to 1 MiB): see the SARIF file or run charter lint.`, '');
  }
  if (diff !== '') out.push(diff);
  return tidyMarkdown(out.join('\n'));
}
