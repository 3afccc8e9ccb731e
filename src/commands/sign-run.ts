import { SIGNER_ROLES } from './choices.js';
import { charterDigest } from '../digest.js';
import { lintOne } from '../engine/run.js';
import { assertEditable, readEditable, writeEdits } from '../edit/file.js';
import { ordered, SIGNATURE_KEYS } from '../edit/key-order.js';
import type { Edit } from '../edit/yaml-edit.js';
import { CharterError } from '../errors.js';
import { formatters } from '../formatters/index.js';
import { isRecord, list, text } from '../model/read.js';
import { signatureStatuses, type SignatureState } from '../signatures.js';
import { findByName, metaOf, staleFindings } from './edit-run.js';
import { useColor, type Io } from '../terminal/io.js';

/** Options of `charter sign`, after parsing and normalising. */
export type SignCommandOptions =
  | { mode: 'verify'; files: string[] }
  | {
      mode: 'sign';
      file: string;
      name: string;
      title: string;
      department?: string;
      role?: (typeof SIGNER_ROLES)[number];
      date: string;
      allowFindings: boolean;
    };

/** Signs or verifies a charter; returns the exit code. */
export async function runSign(options: SignCommandOptions, io: Io): Promise<number> {
  return options.mode === 'verify' ? verifyAll(options.files, io) : sign(options, io);
}

async function sign(options: Extract<SignCommandOptions, { mode: 'sign' }>, io: Io): Promise<number> {
  const charter = readEditable(options.file);
  assertEditable(charter, 'sign');
  const { loaded } = charter;
  const file = options.file;
  // The same lint as `charter lint`: what the configuration or a charter-disable comment silences
  // does not block the signature.
  const linted = await lintOne({ file, text: loaded.text }, { asOf: options.date });
  const errors = linted.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 && !options.allowFindings) {
    io.stdout(formatters['stylish']!([{ file, findings: errors }], { asOf: options.date, color: useColor(io) }));
    throw new CharterError(
      `${file}: not signed: lint reports ${errors.length === 1 ? '1 error' : `${errors.length} errors`} (above); fix ${errors.length === 1 ? 'it' : 'them'}, or sign anyway with --allow-findings`,
      1,
    );
  }
  const data = loaded.data;
  const version = text(metaOf(data)['version']);
  if (version === undefined) {
    throw new CharterError(`${file}: meta.version is missing; set it (e.g. version: "1.0") before signing`);
  }
  const digest = charterDigest(data);
  const wanted: Record<string, unknown> = {
    name: options.name,
    title: options.title,
    department: options.department,
    role: options.role,
    date: options.date,
    version,
    digest,
  };
  const index = findByName(data['signatures'], options.name);
  const edits: Edit[] = [];
  let previous: Record<string, unknown> | undefined;
  if (index >= 0) {
    previous = list(data['signatures'])[index] as Record<string, unknown>;
    // Only the fields that differ change, so the entry keeps its comments and its name's spelling.
    for (const key of SIGNATURE_KEYS) {
      const value = wanted[key];
      if (value === undefined || key === 'name') continue;
      if (previous[key] !== value) edits.push({ op: 'set', path: ['signatures', index, key], value });
    }
  } else {
    edits.push({ op: 'append', path: ['signatures'], value: ordered(wanted, SIGNATURE_KEYS) });
  }
  const written = edits.length > 0 ? writeEdits(charter, edits) : loaded.text;
  const what = previous ? `replaced the signature of ${text(previous['name']) ?? options.name}` : `signed as ${options.name}`;
  let out = `${file}: ${what} (${options.title}) on ${options.date}, version ${version}, ${digest.slice(0, 19)}…\n`;
  if (edits.length === 0) out = `${file}: ${options.name} already signed version ${version} with this content on ${options.date}; nothing to change\n`;
  io.stdout(out);
  // A signature dated before the latest revision is stale at once: say so now rather than at the next lint.
  const own = staleFindings(written, file, options.date).filter((f) => f.path[1] === (index >= 0 ? index : list(data['signatures']).length));
  for (const f of own) io.stderr(`charter: warning: ${file}:${f.range.start.line}:${f.range.start.column}: ${f.message}\n`);
  return 0;
}

const LABEL: Record<SignatureState, string> = {
  valid: 'valid',
  stale: 'stale',
  'other-version': 'other version',
  'no-digest': 'no digest',
  'bad-digest': 'bad digest',
};

/**
 * Checks the signatures of each file, in the order given; with several files, a last line sums
 * them up. Exit 1 when any signature (or any charter's lack of one) is not valid. A file that
 * cannot be read or is no charter is reported on stderr and the others are still checked; the
 * run then exits 2, as a usage or I/O error does.
 */
function verifyAll(files: readonly string[], io: Io): number {
  if (files.length === 1) return verify(files[0]!, io).code;
  let code = 0;
  let valid = 0;
  let total = 0;
  let unsigned = 0;
  let unchecked = 0;
  for (const file of files) {
    let r: { code: number; valid: number; total: number };
    try {
      r = verify(file, io);
    } catch (err) {
      if (!(err instanceof CharterError)) throw err;
      io.stderr(`charter: ${err.message}\n`);
      unchecked++;
      continue;
    }
    code = Math.max(code, r.code);
    valid += r.valid;
    total += r.total;
    if (r.total === 0) unsigned++;
  }
  const checked = files.length - unchecked;
  const notes: string[] = [];
  if (unsigned > 0) notes.push(`${unsigned} ${unsigned === 1 ? 'charter has' : 'charters have'} no signature`);
  if (unchecked > 0) notes.push(`${unchecked} ${unchecked === 1 ? 'file' : 'files'} not checked (see above)`);
  const tail = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  io.stdout(`${checked} ${checked === 1 ? 'charter' : 'charters'}: ${valid} of ${total} signature${total === 1 ? '' : 's'} valid${tail}\n`);
  return unchecked > 0 ? 2 : code;
}

function verify(file: string, io: Io): { code: number; valid: number; total: number } {
  const charter = readEditable(file);
  assertEditable(charter, 'sign --verify');
  const data = charter.loaded.data;
  const version = text(metaOf(data)['version']) ?? '(none)';
  const digest = charterDigest(data);
  const statuses = signatureStatuses(data);
  const lines = [`${file}: version ${version}, content ${digest}`];
  if (!isRecord(data) || statuses.length === 0) {
    lines.push('  no signatures: nothing is signed yet (add one with charter sign)');
    io.stdout(lines.join('\n') + '\n');
    return { code: 1, valid: 0, total: 0 };
  }
  const nameW = Math.max(...statuses.map((s) => s.name.length));
  for (const s of statuses) {
    const mark = s.state === 'valid' ? '✔' : '✖';
    let why: string;
    switch (s.state) {
      case 'valid':
        why = `signed ${s.date ?? '(no date)'} for version ${s.version ?? version}; the content is unchanged`;
        break;
      case 'stale':
        why = `the content changed since it was signed${s.date ? ` on ${s.date}` : ''}; sign again`;
        break;
      case 'other-version':
        why = `signed for version ${s.version}, the charter is version ${version}; sign again`;
        break;
      case 'no-digest':
        why = 'has no digest, so the signed content cannot be checked; sign again with charter sign';
        break;
      case 'bad-digest':
        why = 'its digest is not of the form sha256:<64 hex digits>; sign again';
        break;
    }
    lines.push(`  ${mark} ${LABEL[s.state].padEnd(13)} ${s.name.padEnd(nameW)}  ${why}`);
  }
  const valid = statuses.filter((s) => s.state === 'valid').length;
  lines.push(`${valid} of ${statuses.length} signature${statuses.length === 1 ? '' : 's'} valid`);
  io.stdout(lines.join('\n') + '\n');
  return { code: valid === statuses.length ? 0 : 1, valid, total: statuses.length };
}
