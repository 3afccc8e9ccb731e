/*
 * Hovers: on a finding, its rule's explanation; on a metric's `catalog:` id, the KPI catalogue's
 * definition, unit, direction and range; on any key or value, the charter schema's description
 * of it (the path found from the yaml parse's node positions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar } from 'yaml';
import type { Diagnostic, Hover } from 'vscode-languageserver';
import { findKpi, UNIT_RANGES, type KpiEntry } from '../catalog.js';
import { pathAt } from '../model/locate.js';
import { ruleInfos } from '../rules/support/info.js';
import { docsUrl } from '../rules/support/docs.js';
import { docsDir } from '../rules/support/docs.js';
import { dotted } from '../rules/schema-violation.js';
import { describeAt } from './schema-nav.js';
import { editorDocument } from './yaml-doc.js';

/** The rationale section of a rule's doc page, or undefined when the page cannot be read. */
function rationale(ruleId: string): string | undefined {
  let doc: string;
  try {
    doc = readFileSync(join(docsDir(), `${ruleId}.md`), 'utf8').replace(/\r\n/g, '\n');
  } catch {
    return undefined;
  }
  const m = /^## Rationale\n+([\s\S]*?)(?=\n## |\n*$)/m.exec(doc);
  return m?.[1]?.trim();
}

/** The explanation of the rule behind a diagnostic: id, severity, what it asks, why, and its page. */
export function ruleHover(d: Diagnostic): string {
  const id = String(d.code);
  const info = ruleInfos().find((r) => r.id === id);
  const lines = [`**${id}** (charter rule)`, ''];
  if (info) lines.push(info.description, '');
  const why = rationale(id);
  if (why) lines.push(why, '');
  lines.push(`[Read the rule's page](${docsUrl(id)}) · silence it here: \`# charter-disable-next-line ${id} -- <reason>\``);
  return lines.join('\n');
}

function rangeText(kpi: KpiEntry): string {
  const unit = kpi.units[0];
  const r = kpi.range.min !== null || kpi.range.max !== null ? kpi.range : unit !== undefined ? UNIT_RANGES[unit] : undefined;
  if (!r || (r.min === null && r.max === null)) return 'unbounded';
  if (r.min !== null && r.max !== null) return `${r.min} to ${r.max}`;
  return r.min !== null ? `${r.min} or more` : `${r.max} or less`;
}

/** The KPI catalogue's entry for a metric id, as Markdown. */
export function kpiMarkdown(kpi: KpiEntry): string {
  return [
    `**${kpi.name}** (\`${kpi.id}\`, KPI catalogue)`,
    '',
    kpi.definition,
    '',
    `- unit: ${kpi.units.map((u) => `\`${u}\``).join(', ')}`,
    `- direction: ${kpi.direction === null ? 'none (either way can be good)' : `${kpi.direction} is better`}`,
    `- range: ${rangeText(kpi)}`,
    `- cadence: ${kpi.cadence}`,
    ...(kpi.aliases.length > 0 ? [`- aliases: ${kpi.aliases.map((a) => `\`${a}\``).join(', ')}`] : []),
    `- source: ${kpi.source}`,
  ].join('\n');
}

/**
 * The hover at `offset` of `text`: the explanations of the findings there (`diagnostics`), then the
 * catalogue entry or the schema description of what is under the cursor.
 */
export function hoverAt(text: string, offset: number, diagnostics: readonly Diagnostic[]): Hover | null {
  const parts = diagnostics.map(ruleHover);
  const doc = editorDocument(text);
  const path = doc ? pathAt(doc, offset) : [];
  if (doc && path.length > 0) {
    const node = doc.getIn(path, true);
    const last = path[path.length - 1];
    const kpi = last === 'catalog' && isScalar(node) ? findKpi(node.value) : undefined;
    if (kpi) parts.push(kpiMarkdown(kpi));
    else {
      const description = describeAt(path);
      if (description) parts.push(`**${dotted(path)}**\n\n${description}`);
    }
  }
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}
