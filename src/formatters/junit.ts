import type { Finding } from '../model/types.js';
import { docsUrl } from '../rules/support/docs.js';
import type { Formatter } from './types.js';

/** Escapes text for XML 1.0 attributes and content, dropping characters XML cannot hold. */
function xml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: line breaks kept as character references (a parser turns raw ones into spaces). */
function attr(s: string): string {
  return xml(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function line(f: Finding): string {
  return `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message} (${f.ruleId}, ${docsUrl(f.ruleId)})`;
}

/**
 * JUnit XML: one testsuite per file, one testcase per rule that ran on it. A testcase fails when
 * its rule reported an error or a warning; info findings go to the testcase's system-out.
 */
const junit: Formatter = (results, { rules }) => {
  const ran = (rules ?? []).filter((r) => r.scope !== 'core').map((r) => r.id);
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of results) {
    const byRule = new Map<string, Finding[]>();
    // A file that could not be parsed ran no rules: only its own findings are test cases.
    const fatal = r.findings.some((f) => f.ruleId === 'yaml-syntax');
    for (const id of fatal ? [] : ran) byRule.set(id, []);
    for (const f of r.findings) {
      const list = byRule.get(f.ruleId);
      if (list) list.push(f);
      else byRule.set(f.ruleId, [f]);
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const [id, findings] of byRule) {
      const failing = findings.filter((f) => f.severity !== 'info');
      const infos = findings.filter((f) => f.severity === 'info');
      const head = `    <testcase classname="${attr(r.file)}" name="${attr(id)}" file="${attr(r.file)}"`;
      if (findings.length === 0) {
        cases.push(`${head}/>`);
        continue;
      }
      const body: string[] = [];
      if (failing.length > 0) {
        suiteFailures++;
        const type = failing.some((f) => f.severity === 'error') ? 'error' : 'warning';
        const message = failing.length === 1 ? failing[0]!.message : `${failing.length} problems`;
        body.push(`      <failure type="${type}" message="${attr(message)}">${xml(failing.map(line).join('\n'))}</failure>`);
      }
      if (infos.length > 0) body.push(`      <system-out>${xml(infos.map(line).join('\n'))}</system-out>`);
      cases.push(`${head}>\n${body.join('\n')}\n    </testcase>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${attr(r.file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="charter" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
  );
};

export default junit;
