import { nodeCrypto } from '../lazy.js';
import { toPointer } from '../model/pointer.js';
import type { Finding, Severity } from '../model/types.js';
import { docsUrl, DOCS_BASE } from '../rules/support/docs.js';
import type { RuleInfo } from '../rules/support/info.js';
import type { Formatter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF URI reference: forward slashes, percent-encoded; absolute paths as file: URIs. */
export function toUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  const encoded = encodeURI(posix).replace(/[?#]/g, (c) => (c === '?' ? '%3F' : '%23'));
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${encoded}`;
  return posix.startsWith('/') ? `file://${encoded}` : encoded;
}

/**
 * A fingerprint that survives edits elsewhere in the file (no line numbers): the rule, the place
 * in the document as a JSON Pointer, and the message.
 */
export function fingerprint(f: Finding): string {
  return nodeCrypto().createHash('sha256').update(`${f.ruleId}\u0000${toPointer(f.path)}\u0000${f.message}`).digest('hex').slice(0, 32);
}

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule in the driver, one result per finding. */
const sarif: Formatter = (results, { rules, version }) => {
  const table: Array<Pick<RuleInfo, 'id' | 'description' | 'severity' | 'tags'>> = [...(rules ?? [])];
  const index = new Map(table.map((r, i) => [r.id, i]));
  for (const r of results)
    for (const f of r.findings) {
      if (index.has(f.ruleId)) continue;
      index.set(f.ruleId, table.length);
      table.push({ id: f.ruleId, description: f.ruleId, severity: f.severity, tags: [] });
    }
  const out = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'charter',
            ...(version ? { version, semanticVersion: version } : {}),
            informationUri: DOCS_BASE.replace(/blob\/main\/docs\/rules\/$/, ''),
            rules: table.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description },
              helpUri: docsUrl(r.id),
              help: { text: `${r.description} See ${docsUrl(r.id)}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: r.tags },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId)!,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(f.file) },
                  region: {
                    startLine: f.range.start.line,
                    startColumn: f.range.start.column,
                    endLine: f.range.end.line,
                    endColumn: Math.max(f.range.end.column, 1),
                  },
                },
              },
            ],
            partialFingerprints: { 'charterFinding/v1': fingerprint(f) },
            properties: { path: toPointer(f.path) },
          })),
        ),
      },
    ],
  };
  return JSON.stringify(out, null, 2) + '\n';
};

export default sarif;
