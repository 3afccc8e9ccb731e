import { Command } from 'commander';
import { optionalText, parseDateOption } from './edit-options.js';
import { CharterError } from '../errors.js';
import type { ReviewCommandOptions } from './review-run.js';

/** Turns commander's raw values into {@link ReviewCommandOptions}. */
export function normalizeReviewOptions(file: string, raw: Record<string, unknown>): ReviewCommandOptions {
  const reviewers = ((raw['reviewer'] as string[] | undefined) ?? []).map((r) => optionalText(r, '--reviewer')!);
  const summary = optionalText(raw['summary'], '--summary');
  if (reviewers.length > 0 && summary === undefined) {
    throw new CharterError('--reviewer is recorded as the author of a revision_history entry: give --summary "…" too');
  }
  return { file, date: parseDateOption(raw['date']), reviewers, summary };
}

/** `charter review`: declares the options; the work is loaded only when the command runs. */
export function reviewCommand(setExitCode: (code: number) => void): Command {
  return new Command('review')
    .description('record a review: set meta.last_reviewed and meta.next_review (from governance.review.cadence)')
    .argument('<file>', 'the charter')
    .option('--date <date>', 'date of the review, YYYY-MM-DD (default: today, UTC)')
    .option('--reviewer <name>', 'who reviewed (repeatable); the author of the revision_history entry', (v: string, prev: string[] = []) => [...prev, v])
    .option('--summary <text>', 'also append an entry to meta.revision_history with this summary')
    .option('--debug', 'print stack traces of unexpected errors')
    .addHelpText(
      'after',
      `
next_review = the review date + 12 months (cadence annual, also when no cadence is set),
6 months (semiannual) or 3 months (quarterly); a day that the month lacks is clamped
(2026-08-31 + 6 months = 2027-02-28). With --summary, an entry {version, date, author, summary}
is appended to meta.revision_history.
The review dates are part of what a signature covers (its digest), so a review makes the
signatures stale on purpose: the signers re-affirm the reviewed charter by signing again
('charter sign'). The command names the signatures it makes stale.
The file is edited in place: comments, key order, quoting and blank lines are kept.

Examples:
  $ charter review csm.yaml                                   record today's review (the signers sign again)
  $ charter review csm.yaml --date 2026-11-23 --reviewer "Maya Okafor" --summary "Annual review: targets confirmed."

Exit codes: 0 recorded · 2 usage, YAML or I/O error (the file is left untouched)`,
    )
    .action(async (file: string, raw: Record<string, unknown>) => {
      const options = normalizeReviewOptions(file, raw);
      const { runReview } = await import('./review-run.js');
      const { processIo } = await import('../terminal/io.js');
      setExitCode(await runReview(options, processIo()));
    });
}
