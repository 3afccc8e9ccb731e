import { Chalk } from 'chalk';
import { docsUrl } from '../rules/support/docs.js';
import { summarize, type Formatter } from './types.js';

/** An OSC 8 terminal hyperlink (shown as plain text by terminals that do not support it). */
function link(text: string, url: string): string {
  return `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Human output in the style of ESLint's `stylish`: findings grouped by file, then a summary line. */
const stylish: Formatter = (results, { color, accepted }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  for (const r of results) {
    if (r.findings.length === 0) continue;
    lines.push(c.underline(r.file));
    const rows = r.findings.map((f) => ({
      pos: `${f.range.start.line}:${f.range.start.column}`,
      sev: f.severity,
      msg: f.message,
      rule: f.ruleId,
    }));
    const posW = rows.reduce((w, x) => Math.max(w, x.pos.length), 0);
    const sevW = 7;
    for (const x of rows) {
      const sevText = x.sev.padEnd(sevW);
      const sev = x.sev === 'error' ? c.red(sevText) : x.sev === 'warning' ? c.yellow(sevText) : c.blue(sevText);
      const rule = color ? link(c.dim(x.rule), docsUrl(x.rule)) : x.rule;
      lines.push(`  ${c.dim(x.pos.padEnd(posW))}  ${sev}  ${x.msg}  ${rule}`);
    }
    lines.push('');
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  // With a baseline, the footer says how many findings it accepted, so a clean run is not mistaken
  // for charters without findings.
  const baselined = accepted === undefined ? undefined : `${accepted} accepted in the baseline`;
  if (total === 0) {
    lines.push(c.green(`✔ ${plural(s.files, 'charter')} checked, ${baselined ? `no new problems (${baselined})` : 'no problems'}`));
  } else {
    const text = `✖ ${plural(total, baselined ? 'new problem' : 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')}) in ${plural(s.files, 'charter')}${baselined ? `; ${baselined}` : ''}`;
    lines.push(s.errors > 0 ? c.red.bold(text) : c.yellow.bold(text));
    lines.push(c.dim(`Rule docs: 'charter explain <rule-id>', or ${docsUrl('<rule-id>')}`));
  }
  return lines.join('\n') + '\n';
};

export default stylish;
