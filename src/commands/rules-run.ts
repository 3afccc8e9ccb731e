import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { ruleInfos } from '../rules/support/info.js';
import { docsDir, docsUrl } from '../rules/support/docs.js';
import { closest } from '../rules/support/suggest.js';
import { CharterError } from '../errors.js';
import { useColor, type Io } from '../terminal/io.js';

/** Options of `charter rules`. */
export interface RulesCommandOptions {
  format: 'text' | 'json';
}

/** Prints the rule list; returns the exit code. */
export function runRules(options: RulesCommandOptions, io: Io): number {
  const infos = ruleInfos();
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ version: 1, rules: infos }, null, 2) + '\n');
    return 0;
  }
  const c = new Chalk({ level: useColor(io) ? 1 : 0 });
  const idW = Math.max(...infos.map((r) => r.id.length));
  const lines: string[] = [];
  const groups: Array<[string, typeof infos]> = [
    ['Single-charter rules', infos.filter((r) => r.scope === 'single')],
    ['Cross-charter rules (several charters linted together)', infos.filter((r) => r.scope === 'cross')],
    ['Reported by the engine', infos.filter((r) => r.scope === 'core')],
  ];
  for (const [title, list] of groups) {
    lines.push(c.bold(title));
    for (const r of list) {
      const sev = r.severity.padEnd(7);
      const colored = r.severity === 'error' ? c.red(sev) : r.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      lines.push(`  ${r.id.padEnd(idW)}  ${colored}  ${r.description} ${c.dim(`[${r.tags.join(', ')}]`)}`);
    }
    lines.push('');
  }
  lines.push(`${infos.length} rules. Read one with 'charter explain <rule-id>'.`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
}


/** Renders a rule doc (Markdown) for the terminal: headings in bold, code indented. */
export function renderDoc(markdown: string, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    if (/^<!--.*-->$/.test(line)) continue; // the markers of the generated header (scripts/gen-rules.mjs)
    if (line.startsWith('```')) {
      inCode = !inCode;
      continue;
    }
    if (inCode) out.push(c.cyan(`    ${line}`));
    else if (line.startsWith('# ')) out.push(c.bold.underline(line.slice(2)));
    else if (line.startsWith('## ')) out.push(c.bold(line.slice(3)));
    else out.push(line.replace(/`([^`]+)`/g, (_, t: string) => c.cyan(t)));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** Prints one rule's documentation; an unknown id is a usage error (exit 2) with a suggestion. */
export function runExplain(ruleId: string, io: Io): number {
  const ids = ruleInfos().map((r) => r.id);
  if (!ids.includes(ruleId)) {
    const hint = closest(ruleId, ids);
    throw new CharterError(`unknown rule '${ruleId}'${hint ? `; did you mean '${hint}'?` : ''} (run 'charter rules' for the list)`);
  }
  const file = join(docsDir(), `${ruleId}.md`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CharterError(`${file}: the doc of '${ruleId}' is missing from this installation; see ${docsUrl(ruleId)}`);
  }
  io.stdout(renderDoc(text, useColor(io)) + `\nOnline: ${docsUrl(ruleId)}\n`);
  return 0;
}
