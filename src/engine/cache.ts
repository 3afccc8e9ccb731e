/*
 * What a caller that lints the same files over and over (the language server, at each keystroke)
 * keeps between runs of the one sequence (engine/run.ts), so that a run re-does only what changed:
 * - step 2's result for each file (its findings, data, cross-charter view and suppression
 *   comments), reused while the file's text is the same;
 * - the placed cross-charter findings of each file, reused while its text and the findings the
 *   cross rules gave it are the same (placing them needs the full `yaml` parse of the file).
 * The cross-charter rules themselves and the suppressions still run on every run, over these
 * results, so a run with a cache gives exactly what a run without one gives.
 *
 * Everything is forgotten when the settings of a run differ from the last one's (another
 * configuration object, reference date, rule set...), and a file not in a run is dropped.
 */
import type { FileOutcome } from './file.js';
import type { Finding } from '../model/types.js';

/** What step 2 depends on besides a file's text: compared by identity and value. */
export interface CacheSettings {
  config: object;
  rules: object;
  asOf: string;
  inline: boolean;
  keepData: boolean;
  reader: string;
}

interface FileEntry {
  text: string;
  outcome: FileOutcome;
  /** The cross-charter findings placed in this text, and the pending findings they came from (as JSON). */
  cross?: { pending: string; placed: Finding[] };
}

export class LintCache {
  private settings: CacheSettings | undefined;
  private readonly files = new Map<string, FileEntry>();

  /** Starts a run: forgets everything when its settings differ from the last run's. */
  begin(settings: CacheSettings): CacheRun {
    const s = this.settings;
    const same =
      s !== undefined &&
      s.config === settings.config &&
      s.rules === settings.rules &&
      s.asOf === settings.asOf &&
      s.inline === settings.inline &&
      s.keepData === settings.keepData &&
      s.reader === settings.reader;
    if (!same) this.files.clear();
    this.settings = settings;
    return new CacheRun(this.files);
  }
}

/** One run's use of a {@link LintCache} (runs may interleave: each knows the files it linted). */
export class CacheRun {
  private readonly seen = new Set<string>();

  constructor(private readonly files: Map<string, FileEntry>) {}

  /** Step 2's result for `file` with this text, as a fresh copy the run may change; undefined when not known. */
  outcome(file: string, text: string): FileOutcome | undefined {
    this.seen.add(file);
    const hit = this.files.get(file);
    if (hit === undefined || hit.text !== text) return undefined;
    return copy(hit.outcome);
  }

  /** Keeps step 2's result for `file` with this text. */
  keep(file: string, text: string, outcome: FileOutcome): void {
    this.seen.add(file);
    this.files.set(file, { text, outcome: copy(outcome) });
  }

  /** The cross-charter findings placed in `file` when the cross rules gave it `pending` (JSON) last time. */
  placedCross(file: string, text: string, pending: string): Finding[] | undefined {
    const hit = this.files.get(file);
    return hit !== undefined && hit.text === text && hit.cross?.pending === pending ? hit.cross.placed : undefined;
  }

  keepCross(file: string, text: string, pending: string, placed: Finding[]): void {
    const hit = this.files.get(file);
    if (hit !== undefined && hit.text === text) hit.cross = { pending, placed };
  }

  /** Ends the run: drops the files it did not lint (closed, deleted, or now in another group). */
  end(): void {
    for (const file of this.files.keys()) if (!this.seen.has(file)) this.files.delete(file);
  }
}

/** A copy whose entry the run can change (its findings are replaced, never changed in place). */
function copy(outcome: FileOutcome): FileOutcome {
  if (!('result' in outcome)) return outcome;
  return { result: { ...outcome.result, entry: { ...outcome.result.entry } } };
}
