/**
 * Inline suppressions in YAML comments (each on a line of its own):
 *   # charter-disable-next-line rule-a, rule-b -- reason
 *   # charter-disable rule-a -- reason   …   # charter-enable rule-a
 *   # charter-disable-file rule-a -- reason
 * Without a rule list a comment applies to every rule. Suppressions that suppress nothing, name
 * an unknown rule or (when reasons are required) give no reason become `unused-disable` findings.
 */
import type { Finding, Severity } from '../model/types.js';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable' | 'disable-file';

/** One suppression comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason?: string;
  line: number;
  column: number;
  endColumn: number;
}

const DIRECTIVE = /^(\s*)#\s*charter-(disable-next-line|disable-file|disable|enable)(?=\s|$)(.*)$/;

/** Whether the text holds any suppression comment (a cheap test before parsing them). */
export function hasDirectives(text: string): boolean {
  return text.includes('charter-disable') || text.includes('charter-enable');
}

/**
 * The suppression comments of a file. Lines inside block scalars (`|`, `>`) are text, not
 * comments, and are skipped.
 */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  const lines = text.split(/\r?\n/);
  let blockIndent = -1;
  lines.forEach((raw, i) => {
    const indent = raw.length - raw.trimStart().length;
    if (blockIndent >= 0) {
      if (raw.trim() === '' || indent > blockIndent) return;
      blockIndent = -1;
    }
    if (/:\s*[|>][+-]?\d*\s*(#.*)?$/.test(raw) || /^\s*-\s*[|>][+-]?\d*\s*(#.*)?$/.test(raw)) blockIndent = indent;
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const [body, reason] = splitReason(m[3]!);
    out.push({
      kind: m[2] as DirectiveKind,
      rules: body
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
      ...(reason !== undefined ? { reason } : {}),
      line: i + 1,
      column: m[1]!.length + 1,
      endColumn: raw.trimEnd().length + 1,
    });
  });
  return out;
}

function splitReason(rest: string): [string, string | undefined] {
  const at = rest.indexOf(' -- ');
  const trimmed = rest.trimEnd();
  if (at < 0) return trimmed.endsWith(' --') ? [trimmed.slice(0, -3), undefined] : [rest, undefined];
  const reason = rest.slice(at + 4).trim();
  return [rest.slice(0, at), reason === '' ? undefined : reason];
}

export interface SuppressOptions {
  /** Every known rule id (a directive naming another id is reported). */
  knownRules: ReadonlySet<string>;
  /** Severity of `unused-disable` findings for this file; `off` reports none. */
  unusedSeverity: Severity | 'off';
  requireReasons: boolean;
}

interface Entry {
  directive: Directive;
  rule: string | undefined;
  used: boolean;
  /** Lines the entry covers, inclusive. */
  from: number;
  to: number;
}

/** Drops the findings the directives suppress, and adds `unused-disable` findings. */
export function applyDirectives(file: string, findings: readonly Finding[], directives: readonly Directive[], options: SuppressOptions): Finding[] {
  const entries: Entry[] = [];
  const problems: Array<{ d: Directive; message: string; messageId: string }> = [];
  const open = new Map<string, Entry[]>();
  for (const d of directives) {
    const targets = d.rules.length === 0 ? [undefined] : d.rules;
    for (const rule of targets) {
      if (rule !== undefined && !options.knownRules.has(rule)) {
        problems.push({ d, messageId: 'unknownRule', message: `charter-${d.kind} names unknown rule '${rule}' (run 'charter rules' for the list)` });
        continue;
      }
      const key = rule ?? '*';
      if (d.kind === 'enable') {
        const started = open.get(key);
        if (started && started.length > 0) for (const e of started.splice(0)) e.to = d.line - 1;
        else problems.push({ d, messageId: 'unmatchedEnable', message: `charter-enable${rule ? ` ${rule}` : ''} has no charter-disable before it` });
        continue;
      }
      const e: Entry =
        d.kind === 'disable-next-line'
          ? { directive: d, rule, used: false, from: d.line + 1, to: d.line + 1 }
          : d.kind === 'disable-file'
            ? { directive: d, rule, used: false, from: 1, to: Number.MAX_SAFE_INTEGER }
            : { directive: d, rule, used: false, from: d.line + 1, to: Number.MAX_SAFE_INTEGER };
      entries.push(e);
      if (d.kind === 'disable') open.set(key, [...(open.get(key) ?? []), e]);
    }
    if (options.requireReasons && d.kind !== 'enable' && d.reason === undefined) {
      problems.push({ d, messageId: 'missingReason', message: `charter-${d.kind} gives no reason: add ' -- why this finding does not apply'` });
    }
  }
  const kept = findings.filter((f) => {
    if (f.ruleId === 'unused-disable') return true;
    let suppressed = false;
    for (const e of entries) {
      if ((e.rule === undefined || e.rule === f.ruleId) && f.range.start.line >= e.from && f.range.start.line <= e.to) {
        e.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
  if (options.unusedSeverity === 'off') return kept;
  for (const e of entries) {
    if (e.used) continue;
    const what = e.rule ? `'${e.rule}'` : 'any rule';
    problems.push({ d: e.directive, messageId: 'unused', message: `charter-${e.directive.kind} for ${what} suppresses nothing; remove it` });
  }
  const severity = options.unusedSeverity;
  return [
    ...kept,
    ...problems.map(({ d, message, messageId }) => ({
      ruleId: 'unused-disable',
      messageId,
      message,
      severity,
      path: [],
      range: { start: { line: d.line, column: d.column }, end: { line: d.line, column: d.endColumn } },
      file,
    })),
  ];
}
