/**
 * The diff of a set of charters between two versions: each side is linted through the one lint
 * pipeline (engine/run.ts, texts given in memory), then each pair of files is compared: the
 * semantic changes (diff/semantic.ts), the signatures the change makes stale, and the findings
 * introduced and fixed (matched by fingerprint, never by line). The result is the JSON format
 * documented in docs/diff.md.
 */
import { lintInputs, type EngineOptions, type LintedFile } from '../engine/run.js';
import { findingSubject } from '../fingerprint.js';
import { keyedPath } from '../model/keys.js';
import type { Finding, Severity } from '../model/types.js';
import { signatureStatuses } from '../signatures.js';
import { semanticChanges, type Change, type ChangeTag } from './semantic.js';

/** One version of one file. */
export interface DiffSide {
  file: string;
  text: string;
}

/** A charter in both versions (or in one: added, deleted). */
export interface FilePair {
  status: 'added' | 'deleted' | 'modified' | 'renamed';
  old?: DiffSide;
  new?: DiffSide;
}

/** A finding as the diff reports it. */
export interface DiffFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Where, with item keys (`metrics[grr].target`). */
  path: string;
  /** The line in the version it occurs in (the new one when introduced, the old one when fixed). */
  line: number;
}

/** A signature valid before the change and stale after it. */
export interface StaleSignature {
  name: string;
  title?: string;
  role?: string;
}

/** One file of the report. */
export interface FileDiff {
  status: FilePair['status'];
  old: string | null;
  new: string | null;
  changes: Change[];
  signaturesStale: StaleSignature[];
  findings: { introduced: DiffFinding[]; fixed: DiffFinding[] };
}

/** The kinds of change `--fail-on` can turn into exit 1 (the choices are in commands/choices.ts). */
export type FailKind = 'lowered-target' | 'ownership-moved' | 'signatures-stale' | 'new-errors';

/** Totals over every file. */
export interface DiffSummary {
  files: number;
  changes: number;
  loweredTargets: number;
  ownershipMoves: number;
  signaturesStale: number;
  findingsIntroduced: number;
  findingsFixed: number;
  errorsIntroduced: number;
}

/** The whole report (`charter diff --format json`, version 1). */
export interface DiffReport {
  version: 1;
  files: FileDiff[];
  summary: DiffSummary;
  /** The `--fail-on` kinds that occur (and so fail the run). */
  failed: FailKind[];
}

function toDiffFinding(f: Finding, data: unknown): DiffFinding {
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, path: keyedPath(data, f.path), line: f.range.start.line };
}

/** Findings of `after` whose fingerprint `before` has not (as many times as it has them). */
function newFindings(after: LintedFile | undefined, before: LintedFile | undefined): DiffFinding[] {
  if (!after) return [];
  const seen = new Map<string, number>();
  for (const f of before?.findings ?? []) {
    const k = findingSubject(f, before?.data);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const out: DiffFinding[] = [];
  for (const f of after.findings) {
    const k = findingSubject(f, after.data);
    const n = seen.get(k) ?? 0;
    if (n > 0) seen.set(k, n - 1);
    else out.push(toDiffFinding(f, after.data));
  }
  return out;
}

function staleSignatures(oldData: Record<string, unknown> | undefined, newData: Record<string, unknown> | undefined): StaleSignature[] {
  if (!oldData || !newData) return [];
  const valid = new Set(signatureStatuses(oldData).filter((s) => s.state === 'valid').map((s) => s.name));
  if (valid.size === 0) return [];
  const signatures = Array.isArray(newData['signatures']) ? (newData['signatures'] as unknown[]) : [];
  return signatureStatuses(newData)
    .filter((s) => s.state === 'stale' && valid.has(s.name))
    .map((s) => {
      const item = signatures[s.index] as Record<string, unknown> | undefined;
      const title = typeof item?.['title'] === 'string' ? item['title'] : undefined;
      const role = typeof item?.['role'] === 'string' ? item['role'] : undefined;
      return { name: s.name, ...(title !== undefined ? { title } : {}), ...(role !== undefined ? { role } : {}) };
    });
}

function hasTag(c: Change, tag: ChangeTag): boolean {
  return c.tags.includes(tag);
}

function summarise(files: readonly FileDiff[]): DiffSummary {
  const changes = files.flatMap((f) => f.changes);
  const introduced = files.flatMap((f) => f.findings.introduced);
  return {
    files: files.length,
    changes: changes.length,
    loweredTargets: changes.filter((c) => hasTag(c, 'target-lowered')).length,
    ownershipMoves: changes.filter((c) => hasTag(c, 'ownership-moved')).length,
    signaturesStale: files.reduce((n, f) => n + f.signaturesStale.length, 0),
    findingsIntroduced: introduced.length,
    findingsFixed: files.reduce((n, f) => n + f.findings.fixed.length, 0),
    errorsIntroduced: introduced.filter((f) => f.severity === 'error').length,
  };
}

/** The `--fail-on` kinds that occur in a summary. */
export function failedKinds(summary: DiffSummary, failOn: readonly FailKind[]): FailKind[] {
  const counts: Record<FailKind, number> = {
    'lowered-target': summary.loweredTargets,
    'ownership-moved': summary.ownershipMoves,
    'signatures-stale': summary.signaturesStale,
    'new-errors': summary.errorsIntroduced,
  };
  return failOn.filter((k) => counts[k] > 0);
}

/**
 * Compares the pairs: each side's files are linted together (so cross-charter findings count),
 * with the engine options given (configuration, `asOf`).
 */
export async function diffCharters(pairs: readonly FilePair[], options: EngineOptions, failOn: readonly FailKind[] = []): Promise<DiffReport> {
  const engine: EngineOptions = { ...options, keepData: true, concurrency: 'off' };
  const olds = pairs.flatMap((p) => (p.old ? [p.old] : []));
  const news = pairs.flatMap((p) => (p.new ? [p.new] : []));
  const [before, after] = await Promise.all([
    olds.length > 0 ? lintInputs(olds.map((s) => ({ file: s.file, text: s.text, explicit: true })), engine) : undefined,
    news.length > 0 ? lintInputs(news.map((s) => ({ file: s.file, text: s.text, explicit: true })), engine) : undefined,
  ]);
  const byFile = (files: readonly LintedFile[] | undefined) => new Map((files ?? []).map((f) => [f.file, f]));
  const oldLinted = byFile(before?.files);
  const newLinted = byFile(after?.files);
  const files: FileDiff[] = pairs.map((p) => {
    const o = p.old ? oldLinted.get(p.old.file) : undefined;
    const n = p.new ? newLinted.get(p.new.file) : undefined;
    const both = o?.data !== undefined && n?.data !== undefined;
    return {
      status: p.status,
      old: p.old?.file ?? null,
      new: p.new?.file ?? null,
      changes: both ? semanticChanges(o.data, n.data) : [],
      signaturesStale: both ? staleSignatures(o.data, n.data) : [],
      findings: { introduced: newFindings(n, o), fixed: newFindings(o, n) },
    };
  });
  const summary = summarise(files);
  return { version: 1, files, summary, failed: failedKinds(summary, failOn) };
}
