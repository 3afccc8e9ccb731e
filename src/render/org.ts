/**
 * The organisation overview (`charter render <folder> --org`): one Markdown document for all the
 * charters of a folder: a table of charters with their open findings, a RACI matrix of processes
 * across teams, the hand-offs between teams as a Mermaid `flowchart LR` (GitHub draws it), every
 * expectation between teams matched against the other team's commitments, and the cross-charter
 * conflicts found by the lint. User text is escaped as in the charter Markdown.
 */
import type { FileResult, Finding } from '../model/types.js';
import { escapeMarkdown, oneLine } from './escape.js';
import { formatDate, formatLabel } from './format.js';
import { tidyMarkdown } from './markdown.js';
import { handoffSvg } from './svg/org.js';
import { isRecord, record, recordItems, text, texts } from '../model/read.js';

const md = (s: string | null | undefined): string => (s ? escapeMarkdown(s) : '');

function row(cells: string[]): string {
  return `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
}

function table(header: string[], rows: string[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function findingSummary(findings: readonly Finding[]): string {
  const e = findings.filter((f) => f.severity === 'error').length;
  const w = findings.filter((f) => f.severity === 'warning').length;
  const i = findings.filter((f) => f.severity === 'info').length;
  const parts = [e ? plural(e, 'error', 'errors') : '', w ? plural(w, 'warning', 'warnings') : '', i ? plural(i, 'info', 'infos') : ''];
  return parts.filter((p) => p).join(', ') || 'none';
}

/** A Mermaid node id from a team id (letters, digits and underscores only). */
function nodeId(team: string, ids: Map<string, string>): string {
  let id = ids.get(team);
  if (!id) {
    id = `t${ids.size}_${team.replace(/[^A-Za-z0-9]/g, '_').slice(0, 20)}`;
    ids.set(team, id);
  }
  return id;
}

/**
 * Text inside a quoted Mermaid label: shortened (so the block's lines stay within markdownlint's
 * 80 columns), quotes and markup characters as entity codes.
 */
function mermaidText(s: string, max: number): string {
  const line = oneLine(s);
  const short = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return short.replace(/["#<>`|\\[\]{}]/g, (c) => `#${c.charCodeAt(0)};`);
}

/**
 * A charter of the overview: its file and data (a LoadedCharter, or the engine's linted
 * file with its data kept). One that does not parse is listed by its findings only.
 */
export interface OrgCharter {
  file: string;
  data?: Record<string, unknown>;
  /** False when the file does not parse (the engine's LintedFile). */
  parsed?: boolean;
  /** `yaml-syntax` findings (a LoadedCharter). */
  fatal?: readonly unknown[];
}

function usable(c: OrgCharter): boolean {
  return c.data !== undefined && c.parsed !== false && (c.fatal?.length ?? 0) === 0;
}

/** Options of {@link renderOrgMarkdown}. */
export interface OrgOptions {
  /**
   * How to draw the hand-offs: a Mermaid block (GitHub draws it), or, for HTML and PDF, an SVG in
   * a fenced `svg` block (which those renderers embed), followed by a table with the triggers.
   */
  diagram?: 'mermaid' | 'svg';
}

/** The charters that parsed, and their teams: what every section reads. */
interface Org {
  loaded: ReadonlyArray<OrgCharter & { data: Record<string, unknown> }>;
  /** Team id → team name, from the first charter that names the team. */
  teamName: Map<string, string>;
  /** Charter → its team id. */
  teamOf: Map<OrgCharter, string>;
  /** `Team name (id)`, or the id of a team without a charter here. */
  teamLabel: (id: string) => string;
}

function orgOf(charters: readonly OrgCharter[]): Org {
  const loaded = charters.filter((c): c is OrgCharter & { data: Record<string, unknown> } => usable(c));
  const teamName = new Map<string, string>();
  const teamOf = new Map<OrgCharter, string>();
  for (const c of loaded) {
    const team = record(c.data['team']);
    const id = text(team['id']);
    if (!id) continue;
    teamOf.set(c, id);
    if (!teamName.has(id)) teamName.set(id, text(team['name']) ?? id);
  }
  const teamLabel = (id: string) => (teamName.has(id) ? `${teamName.get(id)} (${id})` : id);
  return { loaded, teamName, teamOf, teamLabel };
}

/**
 * Renders the organisation overview of several charters (see the module comment): one function
 * per section, in the order they appear.
 */
export function renderOrgMarkdown(charters: readonly OrgCharter[], results: readonly FileResult[], options: OrgOptions = {}): string {
  const org = orgOf(charters);
  return tidyMarkdown(
    [
      ...headingSection(charters, org),
      ...chartersSection(charters, results, org),
      ...raciSection(org),
      ...handoffsSection(org, options),
      ...dependenciesSection(org),
      ...conflictsSection(results),
    ].join('\n'),
  );
}

/** The title (with the company, when all charters name the same one) and what the document is. */
function headingSection(charters: readonly OrgCharter[], { loaded }: Org): string[] {
  const companies = [...new Set(loaded.map((c) => text(record(c.data['meta'])['company'])).filter((s): s is string => s !== undefined))];
  return [
    '<!-- markdownlint-configure-file {"MD013":{"tables":false,"headings":false}} -->',
    '<!-- Generated by charter render. Edit the charter YAML, not this file. -->',
    '',
    `# ${companies.length === 1 ? `${md(companies[0])}: Customer Success team charters` : 'Customer Success team charters'}`,
    '',
    `${plural(charters.length, 'charter', 'charters')}, linted together; the open findings include the cross-charter checks.`,
    '',
  ];
}

/** A table of the charters with their open findings. */
function chartersSection(charters: readonly OrgCharter[], results: readonly FileResult[], { teamOf, teamLabel }: Org): string[] {
  const findingsOf = new Map(results.map((r) => [r.file, r.findings]));
  return [
    '## Charters',
    '',
    table(
      ['Team', 'Charter', 'Types', 'Owner', 'Status', 'Last review', 'Open findings'],
      charters.map((c) => {
        const data = c.data ?? {};
        const meta = record(data['meta']);
        const team = teamOf.get(c);
        return [
          team ? md(teamLabel(team)) : md(c.file),
          md(text(meta['name']) ?? c.file),
          md(texts(data['charter_types']).join(', ')),
          md(text(record(meta['owner'])['name'])),
          md(formatLabel(text(meta['status']))),
          md(formatDate(text(meta['last_reviewed']) ?? text(meta['effective_date']))),
          findingSummary(findingsOf.get(c.file) ?? []),
        ];
      }),
    ),
    '',
  ];
}
/** RACI matrix: one row per process and segment, one column per team. */
function raciSection({ loaded, teamOf }: Org): string[] {
  const out: string[] = [];
  const columns: string[] = [];
  const addColumn = (t: string) => {
    if (!columns.includes(t)) columns.push(t);
  };
  for (const t of teamOf.values()) addColumn(t);
  const raci = new Map<string, { process: string; segment: string; cells: Map<string, Set<string>>; owners: Set<string> }>();
  for (const c of loaded) {
    const declaredBy = teamOf.get(c) ?? c.file;
    for (const lane of recordItems(c.data['swim_lanes'])) {
      const process = text(lane['process']);
      if (!process) continue;
      const segment = texts(lane['segment']).join(', ');
      const key = `${process}\0${segment}`;
      let entry = raci.get(key);
      if (!entry) raci.set(key, (entry = { process, segment, cells: new Map(), owners: new Set() }));
      entry.owners.add(declaredBy);
      const mark = (v: unknown, letter: string) => {
        for (const tr of isRecord(v) ? [v] : recordItems(v)) {
          const t = text(tr['team']);
          if (!t) continue;
          addColumn(t);
          let set = entry!.cells.get(t);
          if (!set) entry!.cells.set(t, (set = new Set()));
          set.add(letter);
        }
      };
      mark(lane['accountable'], 'A');
      mark(lane['responsible'], 'R');
      mark(lane['consulted'], 'C');
      mark(lane['informed'], 'I');
    }
  }
  if (raci.size > 0) {
    const rows = [...raci.values()].sort((a, b) => (a.process + a.segment < b.process + b.segment ? -1 : 1));
    out.push(
      '## Process ownership (RACI across teams)',
      '',
      'A = accountable, R = responsible, C = consulted, I = informed. A process with two accountable teams for the same segment is a conflict (listed below).',
      '',
      table(
        ['Process', 'Segment', ...columns.map(md)],
        rows.map((r) => [
          md(r.process),
          md(r.segment || 'all'),
          ...columns.map((t) => ['A', 'R', 'C', 'I'].filter((l) => r.cells.get(t)?.has(l)).join(', ')),
        ]),
      ),
      '',
    );
  }
  return out;
}

/** Hand-offs, each once even when both teams' charters declare it: a diagram and, with SVG, a table of triggers. */
function handoffsSection({ loaded, teamOf, teamName, teamLabel }: Org, options: OrgOptions): string[] {
  const out: string[] = [];
  const handoffs = new Map<string, { id: string; from: string; to: string; trigger: string | undefined; declaredIn: string[] }>();
  for (const c of loaded) {
    for (const h of recordItems(c.data['handoffs'])) {
      const from = text(record(h['from'])['team']);
      const to = text(record(h['to'])['team']);
      if (!from || !to) continue;
      const id = text(h['id']) ?? `${from}-to-${to}`;
      const key = `${id}\0${from}\0${to}`;
      const existing = handoffs.get(key);
      if (existing) existing.declaredIn.push(teamOf.get(c) ?? c.file);
      else handoffs.set(key, { id, from, to, trigger: text(h['trigger']), declaredIn: [teamOf.get(c) ?? c.file] });
    }
  }
  if (handoffs.size > 0) {
    out.push('## Hand-offs between teams', '');
    const teams = new Set<string>();
    for (const h of handoffs.values()) teams.add(h.from).add(h.to);
    if (options.diagram === 'svg') {
      const { svg } = handoffSvg(
        [...teams].map((t) => ({ id: t, label: teamName.get(t) ?? t })),
        [...handoffs.values()].map((h) => ({ from: h.from, to: h.to, label: h.id })),
      );
      out.push('```svg', svg, '```', '');
      out.push(
        table(
          ['Hand-off', 'From', 'To', 'Trigger'],
          [...handoffs.values()].map((h) => [md(h.id), md(teamLabel(h.from)), md(teamLabel(h.to)), md(h.trigger)]),
        ),
        '',
      );
    } else {
      const ids = new Map<string, string>();
      const lines = ['```mermaid', 'flowchart LR'];
      for (const t of teams) lines.push(`  ${nodeId(t, ids)}["${mermaidText(teamName.get(t) ?? t, 40)}"]`);
      for (const h of handoffs.values()) {
        const from = nodeId(h.from, ids);
        const to = nodeId(h.to, ids);
        // As much of the label as fits in 80 columns with the rest of the line.
        lines.push(`  ${from} -->|"${mermaidText(h.id, Math.max(12, 80 - 11 - from.length - to.length))}"| ${to}`);
      }
      lines.push('```');
      for (const l of lines) out.push(l);
      out.push('');
    }
  }
  return out;
}

/** Expectations between teams, matched by id with the other team's commitments. */
function dependenciesSection({ loaded, teamOf }: Org): string[] {
  const out: string[] = [];
  const byTeam = new Map<string, OrgCharter>();
  for (const [c, t] of teamOf) if (!byTeam.has(t)) byTeam.set(t, c);
  const deps: string[][] = [];
  for (const c of loaded) {
    const team = teamOf.get(c);
    if (!team) continue;
    for (const dep of recordItems(c.data['dependencies'])) {
      const other = text(dep['team']);
      if (!other || other === team) continue;
      const target = byTeam.get(other);
      for (const e of recordItems(dep['expectations'])) {
        const id = text(e['id']);
        let status: string;
        if (!target) status = 'not checked: no charter for this team here';
        else {
          const commitment = recordItems(target.data?.['commitments']).find(
            (k) => id !== undefined && text(k['id']) === id && (text(k['to']) === team || text(k['to']) === '*'),
          );
          status = commitment ? `committed (${id})` : 'no matching commitment';
        }
        deps.push([md(team), md(other), md(text(e['expectation']) ?? id), md(status)]);
      }
    }
  }
  if (deps.length > 0) {
    out.push('## Dependencies and commitments', '', table(['Team', 'Depends on', 'Expectation', 'Commitment'], deps), '');
  }
  return out;
}

/** The cross-charter findings of the lint. */
function conflictsSection(results: readonly FileResult[]): string[] {
  const out: string[] = [];
  const cross = results.flatMap((r) => r.findings.filter((f) => f.ruleId.startsWith('cross-')));
  out.push('## Conflicts and mismatches between charters', '');
  if (cross.length === 0) out.push('None: the charters agree on process ownership, hand-offs and commitments.', '');
  else {
    out.push(
      table(
        ['File', 'Line', 'Severity', 'Rule', 'Finding'],
        cross.map((f) => [md(f.file), `${f.range.start.line}:${f.range.start.column}`, formatLabel(f.severity), md(f.ruleId), md(f.message)]),
      ),
      '',
    );
  }
  return out;
}
