import { BUMP_LEVELS } from './choices.js';
import { assertEditable, readEditable, writeEdits } from '../edit/file.js';
import { ordered, REVISION_KEYS } from '../edit/key-order.js';
import { CharterError } from '../errors.js';
import { isRecord, text } from '../model/read.js';
import { metaOf, staleChange, staleReport } from './edit-run.js';
import type { Io } from '../terminal/io.js';

/** Options of `charter bump`, after parsing and normalising. */
export interface BumpCommandOptions {
  file: string;
  level: BumpLevel;
  summary: string;
  author?: string;
  date: string;
}

export type BumpLevel = (typeof BUMP_LEVELS)[number];

/**
 * The next version: `3.2` → major `4.0`, minor `3.3`, patch `3.2.1`. A version has one to three
 * numbers; it keeps its number of parts, gaining the ones the level needs. Undefined when the
 * version is not of that form.
 */
export function bumpVersion(version: string, level: BumpLevel): string | undefined {
  if (!/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){0,2}$/.test(version)) return undefined;
  const parts = version.split('.').map(Number);
  const at = level === 'major' ? 0 : level === 'minor' ? 1 : 2;
  while (parts.length <= at) parts.push(0);
  parts[at] = parts[at]! + 1;
  for (let i = at + 1; i < parts.length; i++) parts[i] = 0;
  return parts.join('.');
}

/** Bumps the version and records the revision; returns the exit code. */
export async function runBump(options: BumpCommandOptions, io: Io): Promise<number> {
  const charter = readEditable(options.file);
  assertEditable(charter, 'bump');
  const data = charter.loaded.data;
  if (!isRecord(data['meta'])) throw new CharterError(`${options.file}: the charter has no meta mapping; add one (charter lint ${options.file})`);
  const meta = metaOf(data);
  const raw = meta['version'];
  // An unquoted 3.0 is read as the number 3: bump what the file says, not what YAML made of it.
  const node = charter.loaded.doc?.getIn(['meta', 'version'], true) as { range?: [number, number, number] } | undefined;
  const current = typeof raw === 'number' && node?.range ? charter.loaded.text.slice(node.range[0], node.range[1]) : text(raw);
  if (current === undefined) throw new CharterError(`${options.file}: meta.version is missing; set it (e.g. version: "1.0") and run again`);
  const next = bumpVersion(current, options.level);
  if (next === undefined) {
    throw new CharterError(`${options.file}: meta.version '${current}' is not a version charter can bump (one to three numbers, like 3.0 or 3.0.1); set it by hand`);
  }
  const owner = isRecord(meta['owner']) ? text(meta['owner']['name']) : undefined;
  const author = options.author ?? owner;
  const written = writeEdits(charter, [
    { op: 'set', path: ['meta', 'version'], value: next },
    {
      op: 'append',
      path: ['meta', 'revision_history'],
      value: ordered({ version: next, date: options.date, author, summary: options.summary }, REVISION_KEYS),
    },
  ]);
  let out = `${options.file}: version ${current} → ${next} (${options.level}); added to meta.revision_history: "${options.summary}"\n`;
  const change = staleChange(charter.loaded.text, written, options.file, options.date);
  out += staleReport(change, options.file) || (change.signatures === 0 ? 'no signature becomes stale: the charter has no signatures yet\n' : 'no signature becomes stale\n');
  io.stdout(out);
  return 0;
}
