/**
 * Baselines for gradual adoption (`charter lint --baseline FILE`): the findings a team has
 * accepted for now, so that a run reports only the new ones. Findings are matched by rule, file
 * and fingerprint (fingerprint.ts: the finding's place named by item keys, and its message without
 * the run's date),
 * never by line number: edits above a finding do not resurface it. The file is JSON, sorted, one
 * entry per finding, so that it diffs well; `--update-baseline` rewrites it (atomically) with the
 * findings of the run, which drops those that no longer occur.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { CharterError } from './errors.js';
import { findingFingerprint } from './fingerprint.js';
import { writeFileAtomic } from './fs-atomic.js';
import type { FileResult, Finding } from './model/types.js';

/** One accepted finding. `message` is for people reading the file; it is not matched. */
export interface BaselineEntry {
  rule: string;
  file: string;
  fingerprint: string;
  message: string;
}

/** The baseline file (version 1). */
export interface BaselineFile {
  version: 1;
  findings: BaselineEntry[];
}

/** A linted file as the baseline needs it: its findings and its data (for the fingerprints). */
export interface BaselineInput {
  file: string;
  findings: readonly Finding[];
  data?: unknown;
}

/** The file's path as the baseline stores it: relative to the baseline's folder, with `/`. */
function baselinePath(file: string, baselineFile: string): string {
  return relative(dirname(resolve(baselineFile)), resolve(file)).split(sep).join('/');
}

function entryKey(e: Pick<BaselineEntry, 'rule' | 'file' | 'fingerprint'>): string {
  return `${e.file}\u0000${e.rule}\u0000${e.fingerprint}`;
}

function compare(a: BaselineEntry, b: BaselineEntry): number {
  const x = entryKey(a);
  const y = entryKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The entries of a run's findings (linted as of `asOf`, the run's date), sorted. */
export function baselineEntries(files: readonly BaselineInput[], baselineFile: string, asOf: string): BaselineEntry[] {
  return files
    .flatMap((f) =>
      f.findings.map((x) => ({ rule: x.ruleId, file: baselinePath(f.file, baselineFile), fingerprint: findingFingerprint(x, f.data, asOf), message: x.message })),
    )
    .sort(compare);
}

/** Reads a baseline; a missing file reads as empty when `allowMissing`, else is an error (exit 2). */
export function readBaseline(path: string, allowMissing = false): BaselineEntry[] {
  if (!existsSync(path)) {
    if (allowMissing) return [];
    throw new CharterError(`${path}: no such baseline; create it with 'charter lint --baseline ${path} --update-baseline'`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new CharterError(`${path}: not a baseline (${err instanceof Error ? err.message : String(err)}); write it again with --update-baseline`);
  }
  const p = parsed as Partial<BaselineFile> | null;
  const ok =
    p !== null && typeof p === 'object' && p.version === 1 && Array.isArray(p.findings) &&
    p.findings.every((e) => e !== null && typeof e === 'object' && typeof e.rule === 'string' && typeof e.file === 'string' && typeof e.fingerprint === 'string');
  if (!ok) throw new CharterError(`${path}: not a charter baseline (expected {"version": 1, "findings": [...]}); write it again with --update-baseline`);
  return p.findings!;
}

/** How many entries `next` has that `previous` has not, and the other way round (as multisets). */
export function baselineChanges(previous: readonly BaselineEntry[], next: readonly BaselineEntry[]): { added: number; removed: number } {
  const count = new Map<string, number>();
  for (const e of previous) count.set(entryKey(e), (count.get(entryKey(e)) ?? 0) + 1);
  let added = 0;
  for (const e of next) {
    const n = count.get(entryKey(e)) ?? 0;
    if (n > 0) count.set(entryKey(e), n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of count.values()) removed += n;
  return { added, removed };
}

/** Writes the baseline atomically: sorted entries, two-space JSON, one final newline. */
export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  const file: BaselineFile = { version: 1, findings: [...entries].sort(compare) };
  writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n', { overwrite: true });
}

/**
 * The findings of each file (linted as of `asOf`) that the baseline does not hold, as
 * `{ file, findings }`, and how many it accepted. A baseline entry absorbs one finding (two
 * identical findings need two entries).
 */
export function withoutBaselined(files: readonly BaselineInput[], baseline: readonly BaselineEntry[], baselineFile: string, asOf: string): { results: FileResult[]; accepted: number } {
  const left = new Map<string, number>();
  for (const e of baseline) left.set(entryKey(e), (left.get(entryKey(e)) ?? 0) + 1);
  let accepted = 0;
  const results = files.map((f) => {
    const file = baselinePath(f.file, baselineFile);
    const findings = f.findings.filter((x) => {
      const k = entryKey({ rule: x.ruleId, file, fingerprint: findingFingerprint(x, f.data, asOf) });
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      accepted++;
      return false;
    });
    return { file: f.file, findings };
  });
  return { results, accepted };
}
