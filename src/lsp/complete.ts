/*
 * Completions of values: catalogue metric ids (`catalog:`), charter types, process ids, the team
 * ids declared by the workspace's charters, role ids (of this charter's team, or of the team the
 * entry names) in swim lanes and hand-offs, and this charter's metric ids in an objective.
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver';
import { KPI_CATALOG, PROCESS_CATALOG } from '../catalog.js';
import { pathAt } from '../model/locate.js';
import type { PathSegment } from '../model/types.js';
import { isRecord, records, text as textOf } from '../model/read.js';
import { kpiMarkdown } from './hover.js';
import { valuesAt } from './schema-nav.js';
import { dataOf, editorDocument } from './yaml-doc.js';

/** A charter of the workspace: its file (and how to name it), its team id and its roles' ids. */
export interface TeamEntry {
  file: string;
  name: string;
  team: string;
  roles: string[];
}

/** Where the cursor is: the key whose value is being typed, the word typed so far, and the data path. */
interface Context {
  key: string;
  word: string;
  /** Where the typed word starts and ends on the line (UTF-16 characters). */
  start: number;
  end: number;
  path: PathSegment[];
}

const WORD = /[A-Za-z0-9_-]*$/;

/**
 * How much of the cursor's line, before and after it, the completion context looks at. The
 * patterns below backtrack over the text they are given (quadratic in its length), so a very long
 * line (a pasted blob) is looked at through this window; a key and the value being typed fit in it.
 */
const LINE_WINDOW = 512;

/** The key a value on this line belongs to: `key: va`, `{team: cs`, `key: [a, b`, or a `- item` of the list under a key. */
function contextAt(text: string, offset: number): Omit<Context, 'path'> | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const windowStart = Math.max(lineStart, offset - LINE_WINDOW);
  const prefix = text.slice(windowStart, offset);
  const shift = windowStart - lineStart;
  const word = WORD.exec(prefix)![0];
  const start = prefix.length - word.length;
  const rest = /^[A-Za-z0-9_-]*/.exec(text.slice(offset, offset + LINE_WINDOW))![0];
  const base = { word, start: shift + start, end: shift + prefix.length + rest.length };
  const before = prefix.slice(0, start);
  const inline = /([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*(?:\[[^\]]*?)?(?:["'])?$/.exec(before) ?? /([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*\[[^\]]*,[ \t]*$/.exec(before);
  if (inline) return { key: inline[1]!, ...base };
  if (shift > 0) return undefined;
  const dash = /^([ \t]*)-[ \t]+$/.exec(before);
  if (!dash) return undefined;
  const indent = dash[1]!.length;
  const lines = text.slice(0, lineStart).split('\n').reverse();
  for (const line of lines) {
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const m = /^([ \t]*)(-[ \t]+)?([A-Za-z0-9_-]+)[ \t]*:[ \t]*(#.*)?$/.exec(line);
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (m && (lineIndent < indent || (lineIndent === indent && !m[2]))) return { key: m[3]!, ...base };
    if (lineIndent < indent) return undefined;
  }
  return undefined;
}

function dataAt(data: unknown, path: readonly PathSegment[]): unknown {
  let cur = data;
  for (const seg of path) cur = isRecord(cur) || Array.isArray(cur) ? (cur as Record<string, unknown>)[String(seg)] : undefined;
  return cur;
}

function item(label: string, kind: CompletionItemKind, range: Range, detail?: string, markdown?: string): CompletionItem {
  return {
    label,
    kind,
    textEdit: { range, newText: label },
    ...(detail ? { detail } : {}),
    ...(markdown ? { documentation: { kind: 'markdown', value: markdown } } : {}),
  };
}

/**
 * The completions at `offset` (a UTF-16 offset into `text`, whose cursor is on line `line`);
 * `teams` are the charters of the workspace, `self` this document's file.
 */
export function completionsAt(text: string, offset: number, line: number, teams: readonly TeamEntry[], self: string): CompletionItem[] {
  const ctx = contextAt(text, offset);
  if (!ctx) return [];
  const doc = editorDocument(text);
  if (!doc) return [];
  const data = dataOf(doc);
  // The entry the cursor is in: the path of the value, else of the character before it.
  const probe = [pathAt(doc, offset), pathAt(doc, Math.max(0, offset - 1))].find((p) => p.includes(ctx.key)) ?? pathAt(doc, Math.max(0, offset - 1));
  const keyAt = probe.lastIndexOf(ctx.key);
  const path = keyAt >= 0 ? probe.slice(0, keyAt + 1) : probe;
  const range: Range = { start: { line, character: ctx.start }, end: { line, character: ctx.end } };
  const own = isRecord(data) && isRecord(data['team']) ? textOf(data['team']['id']) : undefined;
  const others = teams.filter((t) => t.file !== self);

  switch (ctx.key) {
    case 'catalog':
      return KPI_CATALOG.map((k) => item(k.id, CompletionItemKind.Value, range, k.name, kpiMarkdown(k)));
    case 'charter_types':
      return valuesAt(['charter_types', 0]).values.map((v) => item(v, CompletionItemKind.EnumMember, range, 'charter type'));
    case 'process':
      return PROCESS_CATALOG.map((p) => item(p.id, CompletionItemKind.Value, range, 'process', p.description));
    case 'team':
    case 'to':
    case 'from': {
      if (ctx.key !== 'team' && path[0] !== 'commitments') return [];
      const ids = new Map<string, string>();
      if (own) ids.set(own, 'this charter');
      for (const t of others) if (!ids.has(t.team)) ids.set(t.team, `team of ${t.name}`);
      return [...ids].map(([id, where]) => item(id, CompletionItemKind.Reference, range, where));
    }
    case 'role': {
      // The team the entry names: this charter's own, or another charter's.
      const entry = dataAt(data, path.slice(0, -1));
      const team = isRecord(entry) ? textOf(entry['team']) : undefined;
      const roles =
        team === undefined || team === own
          ? records(isRecord(data) && isRecord(data['team']) ? data['team']['roles'] : undefined).map(({ item: r }) => textOf(r['id'])).filter((r): r is string => r !== undefined)
          : (others.find((t) => t.team === team)?.roles ?? []);
      return roles.map((r) => item(r, CompletionItemKind.Reference, range, team === undefined || team === own ? 'role of this team' : `role of ${team}`));
    }
    case 'metrics': {
      if (path[0] !== 'objectives') return [];
      const ids = records(isRecord(data) ? data['metrics'] : undefined).map(({ item: m }) => textOf(m['id'])).filter((m): m is string => m !== undefined);
      return ids.map((m) => item(m, CompletionItemKind.Reference, range, 'metric of this charter'));
    }
    default: {
      const { values, closed } = valuesAt(path);
      return closed ? values.map((v) => item(v, CompletionItemKind.EnumMember, range)) : [];
    }
  }
}
