import type { Finding, Severity } from '../model/types.js';
import { docsUrl } from '../rules/support/docs.js';
import { summarize, type Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One finding as a workflow-command annotation (`::error file=…,line=…::message`). */
export function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file.replace(/\\/g, '/'))}`,
    `line=${f.range.start.line}`,
    `col=${f.range.start.column}`,
    `endLine=${f.range.end.line}`,
    `endColumn=${f.range.end.column}`,
    `title=${escapeProperty(f.ruleId)}`,
  ].join(',');
  return `::${COMMAND[f.severity]} ${props}::${escapeData(`${f.message}\n${docsUrl(f.ruleId)}`)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…::message`),
 * shown on the pull request's diff; then a plain summary line for the log.
 */
const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) for (const f of r.findings) lines.push(annotation(f));
  const s = summarize(results);
  lines.push(`charter: ${s.files} charter${s.files === 1 ? '' : 's'} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`);
  return lines.join('\n') + '\n';
};

export default github;
