/*
 * Quick fixes. Each one is computed as the new text of the document — through the project's
 * comment-preserving YAML editing (edit/yaml-edit.ts) for changes to the data, or as one inserted
 * comment line for a suppression — and offered only when linting that text again (through the
 * engine, with the workspace) gives YAML that parses and no longer has the finding it fixes.
 */
import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { applyEdits, detectEol, type Edit } from '../edit/yaml-edit.js';
import { findKpi } from '../catalog.js';
import { closest } from '../rules/support/suggest.js';
import { isBlank, isRecord } from '../model/read.js';
import { pathAt } from '../model/locate.js';
import type { Finding, PathSegment } from '../model/types.js';
import { diagnosticData } from './diagnostics.js';
import { replacementEdit, type OffsetMap } from './positions.js';
import { keysAt, schemasAt, skeletonAt } from './schema-nav.js';
import { dataOf, editorDocument } from './yaml-doc.js';

/** The document the fixes are for. */
export interface FixDocument extends OffsetMap {
  uri: string;
  getText(): string;
  offsetAt(position: { line: number; character: number }): number;
}

/** A candidate fix: its title and the text it leads to. */
interface Candidate {
  title: string;
  text: string;
  preferred: boolean;
}

/** Lints the document's text as it would be after a fix (with the rest of the workspace). */
export type Relint = (text: string) => Promise<{ parsed: boolean; findings: Finding[] }>;

const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => String(s) === String(b[i]));
}

function parse(text: string): Document.Parsed | undefined {
  const doc = editorDocument(text, { uniqueKeys: true });
  return doc?.errors.length === 0 ? doc : undefined;
}

function edited(text: string, edits: readonly Edit[]): string | undefined {
  try {
    return applyEdits(text, edits);
  } catch {
    return undefined;
  }
}

function pairAt(doc: Document.Parsed, path: readonly PathSegment[]): Pair | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = String(path[path.length - 1]);
  return parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
}

/** `[Insert Team Name]` read as a list, `version: 2.0` read as a number: the same characters, as text. */
function quoteFix(text: string, doc: Document.Parsed, path: readonly PathSegment[]): Candidate | undefined {
  const node = doc.getIn(path, true) as Node | undefined;
  if (!node?.range) return undefined;
  const misread = (isSeq(node) && node.flow === true && node.items.length === 1 && isScalar(node.items[0])) || (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean'));
  if (!misread) return undefined;
  const source = text.slice(node.range[0], node.range[1]).trim();
  const out = edited(text, [{ op: 'set', path, value: source }]);
  return out === undefined ? undefined : { title: `Quote ${source} so YAML reads it as text`, text: out, preferred: true };
}

/** An unknown key close to one the schema allows there: rename it. */
function renameFix(text: string, path: readonly PathSegment[]): Candidate | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  const suggestion = closest(key, keysAt(path.slice(0, -1)));
  if (suggestion === undefined) return undefined;
  const out = edited(text, [{ op: 'rename', path, to: suggestion }]);
  return out === undefined ? undefined : { title: `Rename '${key}' to '${suggestion}'`, text: out, preferred: true };
}

/** A required key missing from the mapping at `path`: add its skeleton at its format.md place. */
function requiredFix(text: string, data: unknown, path: readonly PathSegment[], message: string): Candidate | undefined {
  let here: unknown = data;
  for (const seg of path) here = isRecord(here) || Array.isArray(here) ? (here as Record<string, unknown>)[String(seg)] : undefined;
  if (!isRecord(here)) return undefined;
  const required = new Set<string>();
  for (const s of schemasAt(path)) if (Array.isArray(s['required'])) for (const k of s['required']) if (typeof k === 'string' && !(k in here)) required.add(k);
  const missing = [...required];
  const field = missing.length === 1 ? missing[0] : missing.find((k) => message.includes(`'${k}'`));
  if (field === undefined) return undefined;
  const out = edited(text, [{ op: 'set', path: [...path, field], value: skeletonAt([...path, field]) }]);
  const what = path.length === 0 ? 'section' : 'field';
  return out === undefined ? undefined : { title: `Add the missing ${what} '${field}' (a skeleton to fill in)`, text: out, preferred: true };
}

/** The metric (or cost metric) a path is in. */
function metricPath(path: readonly PathSegment[]): PathSegment[] | undefined {
  if (path[0] === 'metrics' && typeof path[1] === 'number') return ['metrics', path[1]];
  if (path[0] === 'cost_metric') return ['cost_metric'];
  return undefined;
}

/** A catalogue metric (`catalog: grr`) without its definition, unit or direction: take them from the KPI catalogue. */
function catalogueFix(text: string, data: unknown, path: readonly PathSegment[]): Candidate | undefined {
  const at = metricPath(path);
  if (!at) return undefined;
  let metric: unknown = data;
  for (const seg of at) metric = isRecord(metric) || Array.isArray(metric) ? (metric as Record<string, unknown>)[String(seg)] : undefined;
  if (!isRecord(metric)) return undefined;
  const kpi = findKpi(metric['catalog']);
  if (!kpi) return undefined;
  const edits: Edit[] = [];
  if (isBlank(metric['definition'])) edits.push({ op: 'set', path: [...at, 'definition'], value: kpi.definition });
  if (isBlank(metric['unit']) && kpi.units[0] !== undefined) edits.push({ op: 'set', path: [...at, 'unit'], value: kpi.units[0] });
  if (isBlank(metric['direction']) && kpi.direction !== null) edits.push({ op: 'set', path: [...at, 'direction'], value: kpi.direction });
  if (edits.length === 0) return undefined;
  const out = edited(text, edits);
  const fields = edits.map((e) => String(e.path[e.path.length - 1]));
  return out === undefined ? undefined : { title: `Fill ${fields.join(', ')} from the KPI catalogue (${kpi.name})`, text: out, preferred: true };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** `# charter-disable-next-line <rule> -- <reason>` above the finding's line, at its indentation. */
function disableNextLine(text: string, offset: number, rule: string): Candidate {
  const start = lineStart(text, offset);
  const indent = /^[ \t]*/.exec(text.slice(start))![0];
  const comment = `${indent}# charter-disable-next-line ${rule} -- <reason>${detectEol(text)}`;
  return { title: `Disable ${rule} for this line (# charter-disable-next-line)`, text: text.slice(0, start) + comment + text.slice(start), preferred: false };
}

/**
 * For a finding inside a multi-line value (a block scalar, where a comment line would be text):
 * `# charter-disable <rule>` above the entry and `# charter-enable <rule>` after it.
 */
function disableAround(text: string, doc: Document.Parsed | undefined, path: readonly PathSegment[], rule: string): Candidate | undefined {
  if (!doc) return undefined;
  for (let n = path.length; n > 0; n--) {
    const sub = path.slice(0, n);
    const pair = typeof sub[sub.length - 1] === 'string' ? pairAt(doc, sub) : undefined;
    const key = pair?.key as Node | undefined;
    const value = pair?.value as Node | undefined;
    if (!key?.range || !value?.range) continue;
    const eol = detectEol(text);
    const start = lineStart(text, key.range[0]);
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    let end = value.range[1];
    while (end > key.range[0] && /\s/.test(text[end - 1]!)) end--;
    const after = text.indexOf('\n', end);
    const at = after < 0 ? text.length : after + 1;
    const tail = after < 0 ? eol : '';
    const out =
      text.slice(0, start) + `${indent}# charter-disable ${rule} -- <reason>${eol}` + text.slice(start, at) + `${tail}${indent}# charter-enable ${rule}${eol}` + text.slice(at);
    return { title: `Disable ${rule} for this entry (# charter-disable … charter-enable)`, text: out, preferred: false };
  }
  return undefined;
}

/** The quick fixes for the charter diagnostics of a code action request, each checked by linting its result. */
export async function quickFixes(doc: FixDocument, diagnostics: readonly Diagnostic[], cursor: { line: number; character: number }, relint: Relint): Promise<CodeAction[]> {
  const text = doc.getText();
  const parsed = parse(text);
  const data = parsed ? dataOf(parsed) : undefined;
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  const offer = (c: Candidate, fixes: Diagnostic[]): void => {
    if (offered.has(c.title)) return;
    offered.add(c.title);
    actions.push({
      title: c.title,
      kind: 'quickfix',
      ...(fixes.length > 0 ? { diagnostics: fixes } : {}),
      ...(c.preferred ? { isPreferred: true } : {}),
      edit: { changes: { [doc.uri]: [replacementEdit(doc, text, c.text)] } },
    });
  };
  /** The diagnostics among `candidates` that `c` fixes; undefined when its text does not parse. */
  const fixedBy = async (c: Candidate, candidates: readonly Diagnostic[]): Promise<Diagnostic[] | undefined> => {
    const after = await relint(c.text);
    if (!after.parsed) return undefined;
    return candidates.filter((d) => {
      const dd = diagnosticData(d)!;
      return !after.findings.some((f) => f.ruleId === d.code && f.message === messageOf(d) && samePath(f.path, dd.path));
    });
  };
  const ours = diagnostics.filter((d) => diagnosticData(d) !== undefined);

  for (const d of ours) {
    const { path, messageId } = diagnosticData(d)!;
    const rule = String(d.code);
    const fixes: Candidate[] = [];
    if (parsed && data !== undefined) {
      if (rule === 'schema-violation' && messageId === 'type') fixes.push(...[quoteFix(text, parsed, path)].filter((c): c is Candidate => c !== undefined));
      if (rule === 'schema-violation' && messageId === 'unknownKey') fixes.push(...[renameFix(text, path)].filter((c): c is Candidate => c !== undefined));
      if (rule === 'schema-violation' && messageId === 'required') fixes.push(...[requiredFix(text, data, path, messageOf(d))].filter((c): c is Candidate => c !== undefined));
      const fill = catalogueFix(text, data, path);
      if (fill) fixes.push(fill);
    }
    for (const c of fixes) {
      const fixed = await fixedBy(c, [d]);
      if (fixed && fixed.length > 0) offer(c, fixed);
    }
    if (rule === 'yaml-syntax') continue;
    // A suppression: the comment above the line, or around the entry when the line is inside a multi-line value.
    for (const c of [disableNextLine(text, doc.offsetAt(d.range.start), rule), disableAround(text, parsed, path, rule)]) {
      if (!c) continue;
      const fixed = await fixedBy(c, [d]);
      if (fixed && fixed.length > 0) {
        offer(c, fixed);
        break;
      }
    }
  }

  // Filling a catalogue metric is offered wherever the cursor is in one, with or without a finding there.
  if (parsed && data !== undefined) {
    const fill = catalogueFix(text, data, pathAt(parsed, doc.offsetAt(cursor)));
    if (fill && !offered.has(fill.title)) {
      const fixed = await fixedBy(fill, ours);
      if (fixed) offer(fill, fixed);
    }
  }
  return actions;
}
