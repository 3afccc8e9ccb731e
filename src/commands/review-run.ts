import { assertEditable, readEditable, writeEdits } from '../edit/file.js';
import { ordered, REVISION_KEYS } from '../edit/key-order.js';
import type { Edit } from '../edit/yaml-edit.js';
import { CharterError } from '../errors.js';
import { isRecord, text } from '../model/read.js';
import { addMonths } from '../dates.js';
import { listing, metaOf, staleChange, staleReport } from './edit-run.js';
import type { Io } from '../terminal/io.js';

/** Options of `charter review`, after parsing and normalising. */
export interface ReviewCommandOptions {
  file: string;
  date: string;
  reviewers: string[];
  summary?: string;
}

/** Months between reviews per `governance.review.cadence`. */
export const CADENCE_MONTHS: Readonly<Record<string, number>> = { annual: 12, semiannual: 6, quarterly: 3 };

/** Records a review; returns the exit code. */
export async function runReview(options: ReviewCommandOptions, io: Io): Promise<number> {
  const charter = readEditable(options.file);
  assertEditable(charter, 'review');
  const data = charter.loaded.data;
  const meta = metaOf(data);
  if (!isRecord(data['meta'])) throw new CharterError(`${options.file}: the charter has no meta mapping; add one (charter lint ${options.file})`);
  const governance = isRecord(data['governance']) ? data['governance'] : {};
  const review = isRecord(governance['review']) ? governance['review'] : {};
  const cadence = text(review['cadence']);
  let months = 12;
  let note = '';
  if (cadence === undefined) note = ' (no governance.review.cadence: annual assumed)';
  else if (CADENCE_MONTHS[cadence] !== undefined) months = CADENCE_MONTHS[cadence]!;
  else {
    throw new CharterError(
      `${options.file}: governance.review.cadence is '${cadence}'; use annual, semiannual or quarterly (charter lint ${options.file})`,
    );
  }
  const next = addMonths(options.date, months);
  const edits: Edit[] = [
    { op: 'set', path: ['meta', 'last_reviewed'], value: options.date },
    { op: 'set', path: ['meta', 'next_review'], value: next },
  ];
  if (options.summary !== undefined) {
    const version = text(meta['version']);
    if (version === undefined) throw new CharterError(`${options.file}: meta.version is missing; set it before recording a revision`);
    const author = options.reviewers.length > 0 ? listing(options.reviewers) : undefined;
    edits.push({
      op: 'append',
      path: ['meta', 'revision_history'],
      value: ordered({ version, date: options.date, author, summary: options.summary }, REVISION_KEYS),
    });
  }
  const written = writeEdits(charter, edits);
  let out = `${options.file}: reviewed on ${options.date}; next review ${next} (${cadence ?? 'annual'}, ${months} months)${note}\n`;
  if (options.summary !== undefined) out += `added to meta.revision_history: "${options.summary}"\n`;
  const change = staleChange(charter.loaded.text, written, options.file, options.date);
  // The review dates are part of the signed content: a review is re-affirmed by signing again.
  if (change.now.length > 0) out += 'signatures cover the review dates and the revisions, so a review is re-affirmed by signing again\n';
  out += staleReport(change, options.file);
  io.stdout(out);
  return 0;
}
