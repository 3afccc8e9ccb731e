import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding, PathSegment, Severity } from '../model/types.js';
import { docsUrl } from '../rules/support/docs.js';
import { toLspRange } from './positions.js';

/** What a diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  /** The finding's path into the charter. */
  path: PathSegment[];
  messageId: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

/** A finding as an LSP diagnostic: the rule id as code, with a link to the rule's doc. */
export function toDiagnostic(f: Finding): Diagnostic {
  const data: DiagnosticData = { path: f.path, messageId: f.messageId };
  return {
    range: toLspRange(f.range),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    source: 'charter',
    message: f.message,
    data,
  };
}

/** The data of a diagnostic this server published, or undefined for anyone else's. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (d.source !== 'charter' || typeof d.code !== 'string' || !data || !Array.isArray(data.path) || typeof data.messageId !== 'string') return undefined;
  return { path: data.path, messageId: data.messageId };
}
