import { DECISIONS } from './choices.js';
import { assertEditable, readEditable, writeEdits } from '../edit/file.js';
import { APPROVAL_KEYS, ordered } from '../edit/key-order.js';
import type { Edit } from '../edit/yaml-edit.js';
import { list, text } from '../model/read.js';
import { findByName } from './edit-run.js';
import type { Io } from '../terminal/io.js';

/** Options of `charter approve`, after parsing and normalising. */
export interface ApproveCommandOptions {
  file: string;
  name: string;
  decision: (typeof DECISIONS)[number];
  title?: string;
  department?: string;
  date: string;
}

/** Records an approval decision (adds an entry, or updates that person's entry); returns the exit code. */
export async function runApprove(options: ApproveCommandOptions, io: Io): Promise<number> {
  const charter = readEditable(options.file);
  assertEditable(charter, 'approve');
  const data = charter.loaded.data;
  const wanted: Record<string, unknown> = {
    name: options.name,
    title: options.title,
    department: options.department,
    decision: options.decision,
    date: options.date,
  };
  const index = findByName(data['approvals'], options.name);
  const edits: Edit[] = [];
  let before: string | undefined;
  let name = options.name;
  if (index >= 0) {
    const previous = list(data['approvals'])[index] as Record<string, unknown>;
    name = text(previous['name']) ?? name;
    before = `${text(previous['decision']) ?? 'no decision'}${text(previous['date']) ? ` on ${text(previous['date'])}` : ''}`;
    for (const key of APPROVAL_KEYS) {
      const value = wanted[key];
      if (value !== undefined && key !== 'name' && previous[key] !== value) edits.push({ op: 'set', path: ['approvals', index, key], value });
    }
  } else {
    edits.push({ op: 'append', path: ['approvals'], value: ordered(wanted, APPROVAL_KEYS) });
  }
  if (edits.length > 0) writeEdits(charter, edits);
  const was = before === undefined ? '' : ` (was: ${before})`;
  io.stdout(`${options.file}: recorded ${name}: ${options.decision} on ${options.date}${was}\n`);
  return 0;
}
